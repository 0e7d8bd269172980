using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback.DemoData;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>The public side of Feedback and its closed loop: the published answers, Catalog's port and the demo PAKN.</summary>
internal static class FeedbackPublicSetup
{
    public static IServiceCollection AddFeedbackPublic(this IServiceCollection services)
    {
        services.AddScoped<PublishedAnswerReader>();
        services.AddScoped<IProcedurePetitions, ProcedurePetitions>();
        services.AddScoped<IDemoSeeder, FeedbackSeeder>();
        return services;
    }
}
