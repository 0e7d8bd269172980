using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Integrity;

/// <summary>Kiểm tra toàn vẹn: a system administrator verifies the keyed chains of any range of dossiers (ADR-027).</summary>
[Authorize(Policy = Policies.ManageOrganization)]
internal sealed class IndexModel(AppDbContext db, IntegrityCheck check, IStringLocalizer<IntegrityText> text) : PageModel
{
    public const int AnchorsShown = 10;

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "coQuan")]
    public Guid? AgencyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "kiemTra")]
    public bool Run { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<AuditAnchor> Anchors { get; private set; } = [];

    public IntegrityReport? Report { get; private set; }

    /// <summary>The latest run that found a problem and that no full run holding since has ended.</summary>
    public IntegrityRun? Alert { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = [.. (await OrganizationDirectory.Of(db).Agencies.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Name))];
        Anchors = await db.AuditAnchors.AsNoTracking().OrderByDescending(a => a.Day).Take(AnchorsShown).ToListAsync(cancellationToken);
        if (From is { } from && To is { } to && from > to)
        {
            new RuleFailure(nameof(To), text["Integrity_InvalidRange"]).AddTo(ModelState);
        }

        if (Run && ModelState.IsValid)
        {
            Report = await check.RunAsync(new IntegrityScope(Code, AgencyId, From, To), IntegrityRunSource.Page, User.Identity?.Name ?? "", cancellationToken);
        }

        Alert = await IntegrityRun.OpenAlertAsync(db, cancellationToken);
    }

    /// <summary>The filters of a stored run, with the agency's name.</summary>
    public string DescribeScope(IntegrityScope scope) =>
        ReportText.Scope(text, scope, Agencies.FirstOrDefault(a => a.Id == scope.AgencyId).Name);
}
