using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.TrackDossier;

/// <summary>
/// Tra cứu hồ sơ: anyone with a dossier code sees its status and appointment — the QR code on the receipt leads here.
/// No personal data beyond the applicant's initials (the code is printed on paper and can be guessed).
/// </summary>
[AllowAnonymous]
internal sealed class IndexModel(AppDbContext db) : PageModel
{
    [FromQuery(Name = "ma")]
    public string? Ma { get; set; }

    public TrackedDossier? Result { get; private set; }

    public bool Invalid { get; private set; }

    public bool NotFoundCode { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
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
        var row = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == text)
            .Select(d => new { d.Id, d.Code, d.ProcedureName, d.Status, d.ReceivedAt, d.DueAt, d.OriginalDueAt, d.FinishedAt, d.ReturnedAt, Agency = d.Agency!.Name, d.Applicant })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            NotFoundCode = true;
            return;
        }

        // The steps show where the dossier is and since when (NĐ 224/2026 Điều 15: agency, receipt, processing and return times), not who handled it.
        var steps = await db.DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == row.Id && t.Kind == DossierTaskKind.Step)
            .OrderBy(t => t.Sequence)
            .Select(t => new TrackedStep(t.Name, t.HolderName, t.ReceivedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        Result = new TrackedDossier(
            row.Code!, row.ProcedureName, row.Agency, row.Applicant.Initials(), row.Status, row.ReceivedAt, row.DueAt, row.OriginalDueAt, row.FinishedAt, row.ReturnedAt, steps);
    }
}

/// <summary>What the public tracking page shows of a dossier.</summary>
internal sealed record TrackedDossier(
    string Code, string ProcedureName, string AgencyName, string ApplicantInitials, DossierStatus Status, DateTime? ReceivedAt, DateTime? DueAt, DateTime? OriginalDueAt,
    DateTime? FinishedAt, DateTime? ReturnedAt, IReadOnlyList<TrackedStep> Steps);

/// <summary>A step of processing as the public sees it: what, where, when.</summary>
internal sealed record TrackedStep(string Name, string Holder, DateTime ReceivedAt, DateTime? CompletedAt);
