using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The procedures (TTHC) behind a catalogue-based chỉ số 766 (1.1, 1.3, 3.4, 3.5; ADR-062): the tử số or the whole mẫu số,
/// each with why it counts — the very rows the figure counts. Same readers and scope rules as the 766 page.
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin},{Roles.ControlOfficer},{Roles.AgencyLeader}")]
internal sealed class ProceduresModel(Live766Scopes scopes, Live766 live, CatalogIndicators catalog) : Live766PageModel
{
    [FromRoute(Name = "indicator")]
    public string Indicator { get; set; } = "";

    [FromQuery(Name = "side")]
    public string? SideText { get; set; }

    public IndicatorDefinition? Definition { get; private set; }

    public Scope766? ScopeShown { get; private set; }

    public Periods.ReportPeriod? Period { get; private set; }

    public ItemSide Side { get; private set; }

    public IReadOnlyList<ProcedureItem766> Rows { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public Live766Query? Query { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        if (!request.IsValid)
        {
            Problems = request.Problems.Select(p => p.Message).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Live766Endpoints.ReadSide(SideText) is not { } side || live.SetFor(request.Period!)?.Find(Indicator) is not { } definition
            || !CatalogIndicators.ProcedureLists.Contains(Indicator))
        {
            return NotFound();
        }

        (Definition, ScopeShown, Period, Side, Query) = (definition, request.Scope, request.Period, side, Live766Query.Of(request.Scope!, request.Period!));
        var at = live.JudgedAt(request.Period!);
        var received = (await live.RowsAsync(request.Scope!, cancellationToken)).Where(PeriodMembership.Received(request.Period!.StartUtc, at));
        var all = (await catalog.ItemsAsync(request.Scope!, request.Period!, received, cancellationToken))[Indicator];
        Rows = side == ItemSide.Numerator ? [.. all.Where(r => r.InNumerator)] : all;
        return Page();
    }

    /// <summary>The list of one side of a catalogue-based chỉ số under the 766 page's query.</summary>
    public static string Link(string indicator, Live766Query query, ItemSide side) =>
        "/metrics/766/" + Uri.EscapeDataString(indicator) + "/thu-tuc"
        + QueryString.Create(query.Parameters().Append(new("side", Live766Endpoints.SideName(side)))).ToUriComponent();

    public string BackLink => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent() + "#chi-so-" + Indicator;
}
