using Microsoft.Extensions.Options;
using MotCua.Common.Web;

namespace MotCua.Modules.Dossiers.RateDossier;

/// <summary>The rating kiosk's request limit per client address (<see cref="DossiersOptions.RatingRequestsPer10Minutes"/>).</summary>
internal static class RatingKioskLimit
{
    public const string Policy = "rating-kiosk";

    public static IServiceCollection AddRatingKioskLimit(this IServiceCollection services) =>
        services.AddPerClientLimit(
            Policy, sp => sp.GetRequiredService<IOptions<DossiersOptions>>().Value.RatingRequestsPer10Minutes, postsOnly: false);
}
