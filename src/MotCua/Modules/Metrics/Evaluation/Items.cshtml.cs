using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>
/// The dossiers behind an indicator's figure on the evaluation (ADR-058): of a unit, or of one officer's steps as far as
/// the reader may see that officer (<see cref="EvaluationAccess"/>), each with its point, 50 per page.
/// </summary>
[Authorize(Roles = $"{Roles.CounterOfficer},{Roles.Specialist},{Roles.UnitLeader},{Roles.AgencyLeader},{Roles.ControlOfficer},{Roles.ProvinceOfficer},{Roles.SystemAdmin}")]
internal sealed class ItemsModel(Live766Scopes scopes, EvaluationResults results, IAgencyScope access) : Live766PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "chi-so")]
    public string? ChiSo { get; set; }

    [FromQuery(Name = "can-bo")]
    public string? CanBo { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public EvaluationIndicator? Indicator { get; private set; }

    public string? Heading { get; private set; }

    public IReadOnlyList<EvaluationItem> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public PageLinks? Pages { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string BackLink { get; private set; } = EvaluationRegistration.Root;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        Indicator = int.TryParse(ChiSo?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && Enum.IsDefined((EvaluationIndicator)number) && EvaluationAggregation.PerDossier.Contains((EvaluationIndicator)number)
            ? (EvaluationIndicator)number : null;
        if (Indicator is null)
        {
            problems.Add(T("Error_Indicator"));
        }

        Guid? officer = null;
        if (!string.IsNullOrWhiteSpace(CanBo))
        {
            if (Guid.TryParse(CanBo.Trim(), out var id))
            {
                officer = id;
            }
            else
            {
                problems.Add(T("Error_Officer"));
            }
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(PageText) && (!int.TryParse(PageText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            problems.Add(T("Error_Page"));
        }

        var request = await scopes.ReadAsync(new Live766Query(Live766Query.AgencyScope, Agency, null, null, Ky, Tu, Den), cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        problems.AddRange(request.Problems.Select(p => p.Message));
        Problems = problems;
        if (problems.Count > 0 || !request.IsValid)
        {
            return Page();
        }

        var filter = EvaluationAccess.OfficersFor(User, access);
        if (officer is { } asked && (!filter.Any || (filter.OfficerId is { } me && asked != me)))
        {
            return Forbid();
        }

        var period = request.Period!;
        var agency = request.Scope!.AgencyId!.Value;
        var rows = await results.ItemsAsync(period, agency, officer, filter, Indicator!.Value, cancellationToken);
        Total = rows.Count;
        var pageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        pageNumber = Math.Min(pageNumber, pageCount);
        Rows = [.. rows.Skip((pageNumber - 1) * PageSize).Take(PageSize)];
        var label = IndexModel.IndicatorName(Indicator!.Value);
        Heading = T("Items_Title", (int)Indicator!.Value, label);
        var who = officer is null ? T("Items_Unit", request.Scope.AgencyName ?? "") : T("Items_Officer", (Total > 0 ? await results.OfficerNameAsync(officer.Value, cancellationToken) : null) ?? officer.Value.ToString());
        Heading += " — " + who + " — " + period.Label;
        var query = Typed.Parameters().Where(p => p.Key is "agency" or "ky" or "tu" or "den").ToList();
        BackLink = EvaluationRegistration.Root + QueryString.Create(query).ToUriComponent();
        var here = query.Append(new("chi-so", ChiSo!.Trim())).Concat(officer is { } o ? [new("can-bo", o.ToString())] : []).ToList();
        Pages = new PageLinks(pageNumber, pageCount, p => "/metrics/danh-gia/ho-so" + QueryString.Create(here.Append(new("page", p.ToString(CultureInfo.InvariantCulture)))).ToUriComponent(), T("Items_Pages"));
        return Page();
    }

    private static string T(string name, params object[] arguments) => ResourceText.Get<EvaluationText>(name, arguments);
}
