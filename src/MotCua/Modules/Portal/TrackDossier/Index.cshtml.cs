using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.RateDossier;

namespace MotCua.Modules.Portal.TrackDossier;

/// <summary>
/// Tra cứu hồ sơ without signing in. The code alone (printed on the receipt, behind its QR code) shows the status and the
/// appointment; with the last 4 digits of the applicant's phone or identity number it also shows where the dossier is,
/// each step and the applicant's initials. An unknown code and wrong digits read the same. The account that submitted the
/// dossier online is sent to its full page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RatingKioskLimit.TrackingPolicy)]
internal sealed class IndexModel(DossierTracking dossiers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Ma { get; set; }

    [BindProperty(Name = "so")]
    public string? LastFour { get; set; }

    public TrackedDossier? Result { get; private set; }

    /// <summary>True when the last 4 digits were given and matched: the steps are shown.</summary>
    public bool Verified { get; private set; }

    /// <summary>The signed-in citizen's own dossier: a link to its full page.</summary>
    public Guid? OwnDossierId { get; private set; }

    public bool Invalid { get; private set; }

    public bool NotFoundCode { get; private set; }

    public bool WrongDigits { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LookUpAsync(verify: false, cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken) => await LookUpAsync(verify: true, cancellationToken);

    private async Task LookUpAsync(bool verify, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Ma))
        {
            return;
        }

        if (!DossierCode.TryParse(Ma, out var code))
        {
            Invalid = true;
            return;
        }

        var lastFour = verify ? LastFour?.Trim() : null;
        // The same answer for an unknown code and for wrong digits: the page must not confirm which codes exist.
        Result = verify && lastFour is null ? null : await dossiers.TrackAsync(code.Value, lastFour, cancellationToken);
        if (Result is null)
        {
            WrongDigits = verify;
            NotFoundCode = !verify;
            return;
        }

        Verified = verify;
        OwnDossierId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && Result.OwnerId == userId ? Result.Id : null;
    }
}
