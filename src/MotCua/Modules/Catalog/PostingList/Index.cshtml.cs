using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Catalog.PostingList;

/// <summary>A procedure as the counter's list shows it.</summary>
internal sealed record PostedProcedure(
    string Code, string Name, int Amount, DeadlineUnit Unit, string? TimeDescription, IReadOnlyList<ProcedureFee> Fees,
    OnlineServiceLevel OnlineLevel, IReadOnlyList<LegalBasis> LegalBases);

/// <summary>The procedures of one field, in code order.</summary>
internal sealed record PostedField(string Name, IReadOnlyList<PostedProcedure> Procedures);

/// <summary>
/// Danh sách TTHC niêm yết of one agency: the published procedures it decides or performs, grouped by field, printable on A4.
/// </summary>
// NĐ 63/2010 Điều 16–17, TT 01/2018 Điều 3: the list is publicly posted at the office that receives the dossiers.
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? AgencyCode { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public Agency? Agency { get; private set; }

    public IReadOnlyList<PostedField> Fields { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int Count => Fields.Sum(f => f.Procedures.Count);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        Agencies = await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(AgencyCode))
        {
            return Page();
        }

        Agency = await OrganizationDirectory.Of(db).Agencies.SingleOrDefaultAsync(a => a.Code == AgencyCode.Trim(), cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        var agencyId = Agency.Id;
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(VersionInForce.On(Today))
            .Where(v => v.Agencies.Any(a => a.AgencyId == agencyId && a.Role != AgencyRole.Coordinating))
            .Select(v => new
            {
                v.Procedure!.Code,
                v.Name,
                FieldName = v.Field!.Name,
                FieldOrder = v.Field.SortOrder,
                v.ProcessingTimeAmount,
                v.ProcessingTimeUnit,
                v.ProcessingTimeDescription,
                v.Fees,
                v.OnlineLevel,
                v.LegalBases,
            })
            .ToListAsync(cancellationToken);
        Fields = versions
            .GroupBy(v => (v.FieldOrder, v.FieldName))
            .OrderBy(g => g.Key.FieldOrder).ThenBy(g => g.Key.FieldName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi"), false))
            .Select(g => new PostedField(g.Key.FieldName, g.OrderBy(v => v.Code, StringComparer.Ordinal)
                .Select(v => new PostedProcedure(v.Code, v.Name, v.ProcessingTimeAmount, v.ProcessingTimeUnit, v.ProcessingTimeDescription, v.Fees, v.OnlineLevel, v.LegalBases))
                .ToList()))
            .ToList();
        return Page();
    }
}
