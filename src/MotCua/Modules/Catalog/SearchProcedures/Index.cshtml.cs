using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>The public catalogue: search and browse the procedures in force.</summary>
[AllowAnonymous]
internal sealed class IndexModel(AppDbContext db, PublishedCatalogCache catalog) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "agency")]
    public string? Agency { get; set; }

    [FromQuery(Name = "level")]
    public string? Level { get; set; }

    [FromQuery(Name = "online")]
    public string? Online { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public ProcedurePage Results { get; private set; } = new([], 0, 1, ProcedureQuery.DefaultPageSize);

    public IReadOnlyList<FilterOption> Fields { get; private set; } = [];

    public IReadOnlyList<FilterOption> Agencies { get; private set; } = [];

    public IReadOnlyList<FilterOption> Levels { get; private set; } = [];

    public bool HasFilters => Q is not null || Field is not null || Agency is not null || Level is not null || Online is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (query, _) = ProcedureQuery.Parse(Q, Field, Agency, Level, Online, PageNumber, null);
        if (query is null)
        {
            return BadRequest();
        }

        var published = await catalog.GetAsync(db, cancellationToken);
        Results = published.Search(query);
        Fields = published.Fields;
        Agencies = published.Agencies;
        Levels = published.Levels;
        return Page();
    }

    /// <summary>The URL of another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["field"] = Field,
            ["agency"] = Agency,
            ["level"] = Level,
            ["online"] = Online,
            ["page"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/procedures" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
    }

    /// <summary>The page numbers the pager shows: first, last and two either side of the current one (0 = a gap).</summary>
    public IReadOnlyList<int> PagerPages()
    {
        var count = Results.PageCount;
        var current = Results.Page;
        var shown = Enumerable.Range(1, count).Where(p => p == 1 || p == count || Math.Abs(p - current) <= 2).ToList();
        var withGaps = new List<int>();
        foreach (var p in shown)
        {
            if (withGaps.Count > 0 && p - withGaps[^1] > 1)
            {
                withGaps.Add(0);
            }

            withGaps.Add(p);
        }

        return withGaps;
    }
}
