using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>The public catalogue: search and browse the procedures in force.</summary>
[AllowAnonymous]
internal sealed class IndexModel(AppDbContext db) : PageModel
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

    public IReadOnlyList<(string Code, string Name)> Fields { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Levels { get; private set; } = [];

    public bool HasFilters => Q is not null || Field is not null || Agency is not null || Level is not null || Online is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (query, _) = ProcedureQuery.Parse(Q, Field, Agency, Level, Online, PageNumber, null);
        if (query is null)
        {
            return BadRequest();
        }

        Results = await ProcedureSearch.RunAsync(db, query, cancellationToken);
        await LoadFiltersAsync(cancellationToken);
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

    private async Task LoadFiltersAsync(CancellationToken cancellationToken)
    {
        var published = db.ProcedureVersions.Where(v => v.Status == VersionStatus.Published);
        Fields = (await db.ProcedureFields.AsNoTracking()
                .Where(f => published.Any(v => v.FieldId == f.Id))
                .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
                .Select(f => new { f.Code, f.Name }).ToListAsync(cancellationToken))
            .Select(f => (f.Code, f.Name)).ToList();
        Agencies = (await db.Agencies.AsNoTracking()
                .Where(a => db.ProcedureVersionAgencies.Any(l => l.AgencyId == a.Id && published.Any(v => v.Id == l.VersionId)))
                .OrderBy(a => a.Code)
                .Select(a => new { a.Code, Name = a.ShortName ?? a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Code, a.Name)).ToList();
        Levels = (await db.AdministrativeLevels.AsNoTracking()
                .Where(l => db.ProcedureVersionLevels.Any(x => x.LevelId == l.Id && published.Any(v => v.Id == x.VersionId)))
                .OrderBy(l => l.SortOrder)
                .Select(l => new { l.Code, l.Name }).ToListAsync(cancellationToken))
            .Select(l => (l.Code, l.Name)).ToList();
    }
}
