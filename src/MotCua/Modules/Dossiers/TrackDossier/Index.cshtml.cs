using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

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
            .Select(d => new { d.Code, d.ProcedureName, d.Status, d.ReceivedAt, d.DueAt, d.OriginalDueAt, Agency = d.Agency!.Name, d.Applicant })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            NotFoundCode = true;
            return;
        }

        Result = new TrackedDossier(row.Code!, row.ProcedureName, row.Agency, row.Applicant.Initials(), row.Status, row.ReceivedAt, row.DueAt, row.OriginalDueAt);
    }
}

/// <summary>What the public tracking page shows of a dossier.</summary>
internal sealed record TrackedDossier(
    string Code, string ProcedureName, string AgencyName, string ApplicantInitials, DossierStatus Status, DateTime? ReceivedAt, DateTime? DueAt, DateTime? OriginalDueAt);
