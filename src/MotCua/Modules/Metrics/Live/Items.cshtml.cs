using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The dossiers behind a figure of a dossier-based chỉ số (ADR-054): the tử số or the whole mẫu số, 50 per page newest
/// reception first, from page to page by key, each with why it counts; the same list as .xlsx. Same readers and scope rules
/// as the 766 page.
/// </summary>
internal sealed class ItemsModel(Live766Scopes scopes, Live766 live, Live766Items items) : Live766ListPageModel
{
    [FromQuery(Name = "after")]
    public string? AfterText { get; set; }

    [FromQuery(Name = "before")]
    public string? BeforeText { get; set; }

    public ItemSide Side { get; private set; }

    public Live766ItemsPage? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        var (cursor, cursorProblems) = Live766Endpoints.ReadCursor(PageText, AfterText, BeforeText);
        if (!request.IsValid || cursor is null)
        {
            Problems = [.. request.Problems.Select(p => p.Message), .. cursorProblems.Values.SelectMany(m => m)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Live766Endpoints.ReadSide(SideText) is not { } side || live.SetFor(request.Period!)?.Find(Indicator) is not { } definition || !Live766Items.CanDrill(Indicator, side))
        {
            return NotFound();
        }

        Show(definition, request);
        Side = side;
        Result = await items.PageAsync(request.Scope!, request.Period!, Indicator, side, cursor, cancellationToken);
        return Page();
    }

    /// <summary>2.2's tử số is a total time, not a set of dossiers: its list has no "in the tử số" column.</summary>
    public bool ShowsNumeratorColumn => Indicator != "2.2";

    public string Link(ItemSide side, string suffix = "") => Live766Endpoints.ItemsLink("/metrics/766/", Indicator, Query!, side, suffix);

    /// <summary>The pager: the pages before and after this one, by key (ADR-048).</summary>
    public Common.Web.StepLinks Pager(string label) => new(
        Result!.PageNumber,
        Result.HasPrevious && Result.FirstId is { } first ? Live766Endpoints.StepLink(Link(Side), "before", first, Result.PageNumber - 1) : null,
        Result.HasNext && Result.LastId is { } last ? Live766Endpoints.StepLink(Link(Side), "after", last, Result.PageNumber + 1) : null,
        label);

    public string BackLink => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent() + "#chi-so-" + Indicator;
}
