using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Scoring766;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The PAKN behind chỉ số 5.1's counts (ADR-062 addendum): the very PAKN the figure counts (<see cref="Live766.PetitionsAsync"/>
/// — first received in the period by the scope's agencies, received, held or timed there), of one category or all, 50 per
/// page in order of reception; so each count is its list's length, for an agency as for the province. Same readers and
/// scope rules as the 766 page.
/// </summary>
internal sealed class PetitionsModel(Live766Scopes scopes, Live766 live) : Live766ListPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "category")]
    public string? CategoryText { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    /// <summary>The category listed, or null for every PAKN of 5.1.</summary>
    public PetitionCategory? Category { get; private set; }

    public IReadOnlyList<PetitionFact> Rows { get; private set; } = [];

    /// <summary>The whole list's length: the count it stands behind.</summary>
    public int Total { get; private set; }

    public int FirstNumber { get; private set; } = 1;

    public PageLinks? Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await scopes.ReadAsync(Typed, cancellationToken);
        if (request.Forbidden)
        {
            return Forbid();
        }

        var pageValid = CatalogIndicatorsEndpoints.Page.Read(PageText, out var pageNumber) == ParameterReading.Valid;
        var category = ReadCategory(CategoryText);
        if (!request.IsValid || !pageValid || category is null)
        {
            Problems = [.. request.Problems.Select(p => p.Message), .. pageValid ? Array.Empty<string>() : [Text("Error_Page")], .. category is null ? [Text("Error_Category")] : Array.Empty<string>()];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (live.SetFor(request.Period!)?.Find("5.1") is not { } definition)
        {
            return NotFound();
        }

        Show(definition, request);
        Category = category.Value.Category;
        var all = (await live.PetitionsAsync(request.Scope!, request.Period!, cancellationToken)).Where(p => Category is not { } c || p.Category == c).ToList();
        var (rows, number, count) = Common.Data.Paging.Slice(all, pageNumber ?? 1, PageSize);
        (Rows, Total, FirstNumber) = (rows, all.Count, ((number - 1) * PageSize) + 1);
        Pages = new PageLinks(number, count, p => Link(Query, Category, p), Text("Pager"));
        return Page();
    }

    /// <summary>The PAKN of 5.1 under the 766 page's query, of one category (null: all).</summary>
    public static string Link(Live766Query query, PetitionCategory? category, int page = 1) =>
        "/metrics/766/5.1/pakn" + QueryString.Create(query.Parameters()
            .Concat(category is { } c ? [new KeyValuePair<string, string?>("category", c.ToString())] : [])
            .Concat(page > 1 ? [new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [])).ToUriComponent();

    public string BackLink => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent() + "#chi-so-5.1-phan-loai";

    /// <summary>A category by its name (Delay, Unfit, …), none for all; null when unknown.</summary>
    private static (PetitionCategory? Category, bool Valid)? ReadCategory(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, true)
        : Common.Validation.TypedValues.Named<PetitionCategory>(text) is { } category ? (category, true)
        : null;

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
