using Microsoft.Extensions.Options;
using MotCua.Common.Files;
using MotCua.Modules.Feedback.Book;
using MotCua.Modules.Feedback.Codes;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Feedback.Inbox;
using MotCua.Modules.Feedback.PublishedAnswers;
using MotCua.Modules.Feedback.SendPetition;

namespace MotCua.Modules.Feedback;

/// <summary>
/// Feedback on administrative regulations (phản ánh, kiến nghị — PAKN, NĐ 20/2008/NĐ-CP; ADR-046): intake from every
/// channel with its code, the national flow with its deadlines, publication of answers, and the proposals to review a
/// procedure that a well-founded PAKN leads to.
/// </summary>
internal static class FeedbackModule
{
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddFileStore(FeedbackAttachmentOptions.StoreKey, sp => sp.GetRequiredService<IOptions<FeedbackOptions>>().Value.Attachments.Path);
        builder.Services.AddScoped<PetitionCodeAllocator>();
        builder.Services.AddScoped<PetitionClocks>();
        builder.Services.AddScoped<SenderMessages>();
        builder.Services.AddScoped<PetitionIntake>();
        builder.Services.AddScoped<PetitionWork>();
        builder.Services.AddScoped<PetitionStatistics>();
        builder.Services.AddFeedbackStaff();
        builder.Services.AddFeedbackBook();
        builder.Services.AddFeedbackPublic();
        builder.Services.AddFeedbackPortal();
        builder.Services.AddScoped<PublicPetitions>();
        builder.Services.AddScoped<AgencyPetitions>();
        builder.Services.AddScoped<PetitionsDue>();
        return builder;
    }

    public static WebApplication MapFeedback(this WebApplication app)
    {
        app.MapFeedbackStaff();
        app.MapFeedbackBook();
        return app;
    }
}
