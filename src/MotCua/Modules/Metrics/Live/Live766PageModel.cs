using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live;

/// <summary>The query string the 766 pages share (<see cref="Live766Query"/>), bound as text so a bad value gets a message.</summary>
internal abstract class Live766PageModel : PageModel
{
    [FromQuery(Name = "scope")]
    public string? Scope { get; set; }

    [FromQuery(Name = "agency")]
    public string? Agency { get; set; }

    [FromQuery(Name = "level")]
    public string? Level { get; set; }

    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "procedure")]
    public string? Procedure { get; set; }

    [FromQuery(Name = "ky")]
    public string? Ky { get; set; }

    [FromQuery(Name = "tu")]
    public string? Tu { get; set; }

    [FromQuery(Name = "den")]
    public string? Den { get; set; }

    /// <summary>The query as typed.</summary>
    protected Live766Query Typed => new(Scope, Agency, Field, Procedure, Ky, Tu, Den, Level);
}

/// <summary>
/// A list behind a 766 figure (dossiers, procedures, PAKN): the chỉ số, scope and period it stands behind, the problems of
/// a bad query, and the query written back for links. Same readers as the 766 page.
/// </summary>
[Authorize(Roles = $"{Roles.ProvinceOfficer},{Roles.SystemAdmin},{Roles.ControlOfficer},{Roles.AgencyLeader}")]
internal abstract class Live766ListPageModel : Live766PageModel
{
    [FromRoute(Name = "indicator")]
    public string Indicator { get; set; } = "";

    /// <summary><c>tu-so</c> (the tử số) or <c>mau-so</c> (the whole mẫu số), as typed.</summary>
    [FromQuery(Name = "side")]
    public string? SideText { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IndicatorDefinition? Definition { get; private set; }

    public Scope766? ScopeShown { get; private set; }

    public Periods.ReportPeriod? Period { get; private set; }

    public IReadOnlyList<string> Problems { get; protected set; } = [];

    public Live766Query? Query { get; private set; }

    /// <summary>Shows the list of <paramref name="definition"/> for a valid <paramref name="request"/>.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Definition), nameof(Query))]
    protected void Show(IndicatorDefinition definition, Live766Request request) =>
        (Definition, ScopeShown, Period, Query) = (definition, request.Scope, request.Period, Live766Query.Of(request.Scope!, request.Period!));
}
