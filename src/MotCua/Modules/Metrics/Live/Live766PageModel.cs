using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
