using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.RateDossier;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers.TrackDossier;

/// <summary>
/// Tra cứu hồ sơ without signing in. The code alone (printed on the receipt, behind its QR code) shows the status and the
/// appointment; with the last 4 digits of the applicant's phone or identity number it also shows where the dossier is,
/// each step and the applicant's initials. An unknown code and wrong digits read the same. The account that submitted the
/// dossier online is sent to its full page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RatingKioskLimit.TrackingPolicy)]
internal sealed class IndexModel(AppDbContext db, DossierTimeRules time) : PageModel
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

        var text = code.Value.ToString();
        var row = await db.Dossiers.AsNoTracking().Include(d => d.Agency).Where(d => d.Code == text).SingleOrDefaultAsync(cancellationToken);
        if (verify && (row is null || LastFour?.Trim() is not { } digits || !row.Applicant.EndsWith(digits)))
        {
            // The same answer for an unknown code and for wrong digits: the page must not confirm which codes exist.
            WrongDigits = true;
            return;
        }

        if (row is null)
        {
            NotFoundCode = true;
            return;
        }

        Verified = verify;
        OwnDossierId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && row.OwnerId == userId ? row.Id : null;
        // The steps show where the dossier is and since when (NĐ 224/2026 Điều 15: agency, receipt, processing and return times), not who handled it.
        var steps = !Verified ? [] : await db.DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == row.Id && t.Kind == DossierTaskKind.Step)
            .OrderBy(t => t.Sequence)
            .Select(t => new TrackedStep(t.Name, t.HolderName, t.ReceivedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        var status = await time.StatusAsync(row, cancellationToken);
        Result = new TrackedDossier(
            row.Code!, row.ProcedureName, row.Agency!.Name, row.Applicant.Initials(), row.Status, row.ReceivedAt, row.DueAt, row.OriginalDueAt, row.FinishedAt, row.ReturnedAt,
            row.Apologies.Count > 0 ? row.PromisedAt : null, status?.Legal, steps);
    }
}

/// <summary>What the public tracking page shows of a dossier.</summary>
internal sealed record TrackedDossier(
    string Code, string ProcedureName, string AgencyName, string ApplicantInitials, DossierStatus Status, DateTime? ReceivedAt, DateTime? DueAt, DateTime? OriginalDueAt,
    DateTime? FinishedAt, DateTime? ReturnedAt, DateTime? ApologyAppointment, LegalTimeResult? LegalTime, IReadOnlyList<TrackedStep> Steps);

/// <summary>A step of processing as the public sees it: what, where, when.</summary>
internal sealed record TrackedStep(string Name, string Holder, DateTime ReceivedAt, DateTime? CompletedAt);
