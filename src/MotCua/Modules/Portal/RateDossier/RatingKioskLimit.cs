using Microsoft.Extensions.Options;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Portal.RateDossier;

/// <summary>The request limits per client address of the public pages that check the last 4 digits: the rating kiosk and tracking.</summary>
internal static class RatingKioskLimit
{
    public const string Policy = "rating-kiosk";

    /// <summary>The tracking page's lookups with the last 4 digits (<see cref="DossiersOptions.TrackingChecksPer10Minutes"/>).</summary>
    public const string TrackingPolicy = "tracking";

    public static IServiceCollection AddRatingKioskLimit(this IServiceCollection services) =>
        services
            .AddPerClientLimit(Policy, sp => sp.GetRequiredService<IOptions<DossiersOptions>>().Value.RatingRequestsPer10Minutes, postsOnly: false)
            .AddPerClientLimit(TrackingPolicy, sp => sp.GetRequiredService<IOptions<DossiersOptions>>().Value.TrackingChecksPer10Minutes, postsOnly: true);
}
