using Microsoft.AspNetCore.Mvc;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The procedures (TTHC) behind a catalogue-based chỉ số 766 (1.1, 1.2, 1.3, 3.1, 3.2, 3.4, 3.5; ADR-062): the tử số or the whole mẫu số,
/// each with why it counts — the very rows the figure counts. Same readers and scope rules as the 766 page.
/// </summary>
internal sealed class ProceduresModel(Live766Scopes scopes, Live766 live, CatalogIndicators catalog) : Live766ListPageModel
{
    public ItemSide Side { get; private set; }

    /// <summary>1.1's procedures whose decisions lack the act's effective date, left out of the figure (ADR-062 addendum).</summary>
    public bool LeftOut { get; private set; }

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<ProcedureItem766> Rows { get; private set; } = [];

    /// <summary>The whole list's length: the figure.</summary>
    public int Total { get; private set; }

    public int FirstNumber { get; private set; } = 1;

    public Common.Web.PageLinks? Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        var pageValid = CatalogIndicatorsEndpoints.Page.Read(PageText, out var pageNumber) == Common.Web.ParameterReading.Valid;
        if (!request.IsValid || !pageValid)
        {
            Problems = [.. request.Problems.Select(p => p.Message), .. pageValid ? Array.Empty<string>() : [Common.Localization.ResourceText.Get<Live766Text>("Error_Page")]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (CatalogIndicatorsEndpoints.ReadSide(SideText, Indicator) is not { } side || live.SetFor(request.Period!)?.Find(Indicator) is not { } definition
            || !CatalogIndicators.ProcedureLists.Contains(Indicator))
        {
            return NotFound();
        }

        Show(definition, request);
        (Side, LeftOut) = (side.Side, side.LeftOut);
        var all = await CatalogIndicatorsEndpoints.ListAsync(live, catalog, request.Scope!, request.Period!, Indicator, Side, LeftOut, cancellationToken);
        var (rows, number, count) = Common.Data.Paging.Slice(all, pageNumber ?? 1, CatalogIndicatorsEndpoints.PageSize);
        (Rows, Total, FirstNumber) = (rows, all.Count, ((number - 1) * CatalogIndicatorsEndpoints.PageSize) + 1);
        Pages = new Common.Web.PageLinks(number, count, p => Link(Indicator, Query, Side, LeftOut, page: p), Common.Localization.ResourceText.Get<Live766Text>("Pager"));
        return Page();
    }

    /// <summary>The list of one side of a catalogue-based chỉ số under the 766 page's query (1.1's left-out list with <paramref name="leftOut"/>).</summary>
    public static string Link(string indicator, Live766Query query, ItemSide side, bool leftOut = false, string suffix = "", int page = 1) =>
        CatalogIndicatorsEndpoints.Link("/metrics/766/", "/thu-tuc", indicator, query, side, leftOut, suffix, page);

    /// <summary>The list's name: "Thuộc tử số", "Thuộc mẫu số" or 1.1's "Không tính".</summary>
    public static string SideLabel(ItemSide side, bool leftOut) =>
        Common.Localization.ResourceText.Get<Live766Text>(leftOut ? "Procedures_LeftOut" : side == ItemSide.Numerator ? "Procedures_Numerator" : "Procedures_Denominator");

    public string BackLink => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent() + "#chi-so-" + Indicator;
}
