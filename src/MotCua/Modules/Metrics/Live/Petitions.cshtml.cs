using Microsoft.AspNetCore.Mvc;
using MotCua.Common.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Feedback;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// The PAKN behind chỉ số 5.1's counts (ADR-062 addendum): the very PAKN the figure counts (<see cref="Live766.PetitionsAsync"/>
/// — first received in the period by the scope's agencies, received, held or timed there), of one category or all, 50 per
/// page in order of reception; so each count is its list's length, for an agency as for the province. 5.2 and 5.3 list
/// the same PAKN as <see cref="PetitionCounts"/> counts them (mẫu số) or counts them on time / not unsatisfied at the
/// period end (tử số), by its own rules. Same readers and scope rules as the 766 page.
/// </summary>
internal sealed class PetitionsModel(Live766Scopes scopes, Live766 live) : Live766ListPageModel
{
    public const int PageSize = 50;

    /// <summary>The chỉ số whose figures are counts of PAKN.</summary>
    public static readonly IReadOnlySet<string> Indicators = new HashSet<string>(StringComparer.Ordinal) { "5.1", "5.2", "5.3" };

    /// <summary>5.2 and 5.3: the tử số or the mẫu số listed.</summary>
    public ItemSide? Side { get; private set; }

    [FromQuery(Name = "category")]
    public string? CategoryText { get; set; }

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

        if (!Indicators.Contains(Indicator))
        {
            return NotFound();
        }

        var pageValid = CatalogIndicatorsEndpoints.Page.Read(PageText, out var pageNumber) == ParameterReading.Valid;
        var category = ReadCategory(CategoryText);
        var side = Indicator == "5.1" ? ItemSide.Denominator : Live766Endpoints.ReadSide(SideText);
        if (!request.IsValid || !pageValid || category is null || side is null)
        {
            Problems = [.. request.Problems.Select(p => p.Message), .. pageValid ? Array.Empty<string>() : [Text("Error_Page")],
                .. category is null ? [Text("Error_Category")] : Array.Empty<string>(), .. side is null ? [Text("Error_Side")] : Array.Empty<string>()];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (live.SetFor(request.Period!)?.Find(Indicator) is not { } definition)
        {
            return NotFound();
        }

        Show(definition, request);
        Category = category.Value.Category;
        Side = Indicator == "5.1" ? null : side;
        var all = (await live.PetitionsAsync(request.Scope!, request.Period!, cancellationToken)).Where(p => Category is not { } c || p.Category == c);
        if (Side is { } listed)
        {
            var at = live.JudgedAt(request.Period!);
            all = all.Where(PetitionCounts.IsCounted);
            if (listed == ItemSide.Numerator)
            {
                all = Indicator == "5.2" ? all.Where(p => PetitionCounts.IsOnTimeAt(p, at)) : all.Where(p => PetitionCounts.IsNotUnsatisfiedAt(p, at));
            }
        }

        var list = all.ToList();
        var (rows, number, count) = Common.Data.Paging.Slice(list, pageNumber ?? 1, PageSize);
        (Rows, Total, FirstNumber) = (rows, list.Count, ((number - 1) * PageSize) + 1);
        Pages = new PageLinks(number, count, p => Link(Indicator, Query, Side, Category, p), Text("Pager"));
        return Page();
    }

    /// <summary>The PAKN of 5.1 under the 766 page's query, of one category (null: all).</summary>
    public static string Link(Live766Query query, PetitionCategory? category, int page = 1) => Link("5.1", query, null, category, page);

    /// <summary>The PAKN behind 5.1 (no side) or one side of 5.2 or 5.3, under the 766 page's query.</summary>
    public static string Link(string indicator, Live766Query query, ItemSide? side, PetitionCategory? category = null, int page = 1) =>
        "/metrics/766/" + indicator + "/pakn" + QueryString.Create(query.Parameters()
            .Concat(side is { } s ? [new KeyValuePair<string, string?>("side", Live766Endpoints.SideName(s))] : [])
            .Concat(category is { } c ? [new KeyValuePair<string, string?>("category", c.ToString())] : [])
            .Concat(page > 1 ? [new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [])).ToUriComponent();

    public string BackLink => "/metrics/766" + QueryString.Create(Query!.Parameters()).ToUriComponent() + (Indicator == "5.1" ? "#chi-so-5.1-phan-loai" : "#chi-so-" + Indicator);

    /// <summary>The page's title: 5.1's, or 5.2's and 5.3's.</summary>
    public string Title => Indicator == "5.1" ? Text("Petitions51_Title") : Text("Petitions_Title", Indicator);

    /// <summary>What is listed: 5.1's category (or all), or 5.2's and 5.3's side.</summary>
    public string Listed => Side is { } s ? ProceduresModel.SideLabel(s, leftOut: false)
        : Category is { } c ? FeedbackNames.Category(c) : Text("Petitions51_All");

    /// <summary>A category by its name (Delay, Unfit, …), none for all; null when unknown.</summary>
    private static (PetitionCategory? Category, bool Valid)? ReadCategory(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, true)
        : Common.Validation.TypedValues.Named<PetitionCategory>(text) is { } category ? (category, true)
        : null;

    private static string Text(string name, params object[] arguments) => ResourceText.Get<Live766Text>(name, arguments);
}
