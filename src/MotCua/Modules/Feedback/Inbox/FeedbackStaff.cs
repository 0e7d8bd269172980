using MotCua.Common.Jobs;
using MotCua.Common.Web;
using MotCua.Modules.Feedback.SendReminders;
using MotCua.Modules.Feedback.ViewPetition;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>The staff side of Feedback: inbox, PAKN page with its actions and files, desk transcription, reminders (issue 12 §2, §4).</summary>
internal static class FeedbackStaff
{
    public static IServiceCollection AddFeedbackStaff(this IServiceCollection services)
    {
        services.AddScoped<PetitionInbox>();
        services.AddMenu<FeedbackMenu>();
        services.AddScoped<PetitionReminders>();
        services.AddScheduledJob<PetitionRemindersJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackStaff(this IEndpointRouteBuilder app) => app.MapPetitionAttachments();
}
