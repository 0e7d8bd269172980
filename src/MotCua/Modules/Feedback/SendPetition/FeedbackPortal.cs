using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Common.Web;
using MotCua.Modules.Feedback.MyPetitions;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.SendPetition;

/// <summary>
/// The citizen's side of the Feedback module (ADR-046 §2, pages): sending a PAKN (/gui-pakn), tracking it (/tra-cuu-pakn)
/// and the account's own list (/pakn-cua-toi), with the per-client limits of the pages strangers can use.
/// </summary>
internal static class FeedbackPortal
{
    /// <summary>Tracking lookups with the check digits (<see cref="FeedbackOptions.TrackingChecksPer10Minutes"/>).</summary>
    public const string TrackingPolicy = "feedback-tracking";

    public static IServiceCollection AddFeedbackPortal(this IServiceCollection services)
    {
        services.AddSingleton<GuestSubmissionLimit>();
        services.AddPerClientLimit(TrackingPolicy, sp => sp.GetRequiredService<IOptions<FeedbackOptions>>().Value.TrackingChecksPer10Minutes, postsOnly: true);
        services.AddMenu<FeedbackPortalMenu>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Feedback/MyPetitions", Policies.Citizen));
        return services;
    }
}
