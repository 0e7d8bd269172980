using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Bộ chỉ số 766 live (ADR-054): a scope and a kỳ báo cáo, the six groups and every chỉ số with tử số, mẫu số, tỷ lệ, điểm and
/// the formula; the figures of the dossier-based chỉ số link to the dossiers behind them, entered ones to their evidence.
/// ProvinceOfficer and SystemAdmin choose the province or any agency; ControlOfficer and AgencyLeader see their agency.
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin},{Roles.ControlOfficer},{Roles.AgencyLeader}")]
internal sealed class IndexModel(Live766Scopes scopes, Live766 live, AppDbContext db, IAgencyScope access) : Live766PageModel
{
    public Live766Result? Result { get; private set; }

    public Live766Query? Query { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool Before766 { get; private set; }

    public bool CanChooseAgency => scopes.CanChooseAgency;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Fields { get; private set; } = [];

    /// <summary>The administrative levels (cấp tỉnh, cấp huyện, cấp xã) a province-wide reader may choose.</summary>
    public IReadOnlyList<(string Code, string Name)> Levels { get; private set; } = [];

    /// <summary>True when the reader may enter the entered chỉ số of the shown agency.</summary>
    public bool CanEnter { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        Fields = await new CatalogStatistics(db).FieldsAsync(cancellationToken);
        if (scopes.CanChooseAgency)
        {
            Agencies = (await OrganizationDirectory.Of(db).Agencies.OrderByDescending(a => a.IsActive).ThenBy(a => a.Name)
                .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Name)).ToList();
            Levels = (await OrganizationDirectory.Of(db).Levels.Where(l => OrganizationDirectory.Of(db).Agencies.Any(a => a.LevelId == l.Id)).OrderBy(l => l.SortOrder).ThenBy(l => l.Code)
                .Select(l => new { l.Code, l.Name }).ToListAsync(cancellationToken)).Select(l => (l.Code, l.Name)).ToList();
        }

        Problems = request.Problems.Select(p => p.Message).ToList();
        if (request.IsValid)
        {
            Query = Live766Query.Of(request.Scope!, request.Period!);
            Result = await live.ComputeAsync(request.Scope!, request.Period!, cancellationToken);
            Before766 = Result is null;
            CanEnter = request.Scope!.AgencyId is { } agency && !request.Scope.IsNarrowed && EnteredValues.CanEnter(User, access, agency);
        }

        return Page();
    }

    public string ItemsLink(string indicator, ItemSide side) => Live766Endpoints.ItemsLink("/metrics/766/", indicator, Query!, side);

    /// <summary>The procedures behind a catalogue-based figure (ADR-062), or null for the other chỉ số.</summary>
    public string? ProceduresLink(LiveIndicator indicator, ItemSide side) =>
        CatalogIndicators.ProcedureLists.Contains(indicator.Definition.Id) && !indicator.Score.IsMissing ? ProceduresModel.Link(indicator.Definition.Id, Query!, side) : null;

    /// <summary>5.1: the PAKN of one category the figure counts, under the page's scope and period (ADR-062 addendum).</summary>
    public string PetitionsLink(Feedback.PetitionCategory? category) => PetitionsModel.Link(Query!, category);

    /// <summary>5.2 and 5.3: the PAKN of one side of the figure (ADR-062 addendum), or null for the other chỉ số.</summary>
    public string? PetitionsLink(LiveIndicator indicator, ItemSide side) =>
        indicator.Definition.Id is "5.2" or "5.3" && indicator.Source == Source766.Petitions && !indicator.Score.IsMissing
            ? PetitionsModel.Link(indicator.Definition.Id, Query!, side) : null;

    public string EnterLink(string indicator) =>
        "/metrics/766/nhap" + QueryString.Create(Query!.Parameters().Where(p => p.Key is "agency" or "ky" or "tu" or "den").Append(new("indicator", indicator))).ToUriComponent();
}
