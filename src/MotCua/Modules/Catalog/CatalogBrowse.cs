using MotCua.Common.Data;
using MotCua.Modules.Catalog.SearchProcedures;

namespace MotCua.Modules.Catalog;

/// <summary>A value the public catalogue (<c>/procedures</c>) can be browsed by: its query value and the name shown.</summary>
internal sealed record BrowseOption(string Code, string Name);

/// <summary>What the public catalogue can be browsed by, with the query parameter of each list (<c>field</c>, <c>agency</c>, <c>level</c>).</summary>
internal sealed record CatalogBrowseOptions(IReadOnlyList<BrowseOption> Fields, IReadOnlyList<BrowseOption> Agencies, IReadOnlyList<BrowseOption> Levels);

/// <summary>The catalogue's API for the portal's home page: the fields, agencies and levels of the published catalogue, from its in-memory copy.</summary>
internal sealed class CatalogBrowse(AppDbContext db, PublishedCatalogCache catalog)
{
    public async Task<CatalogBrowseOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        var published = await catalog.GetAsync(db, cancellationToken);
        static IReadOnlyList<BrowseOption> Of(IEnumerable<FilterOption> options) => [.. options.Select(o => new BrowseOption(o.Code, o.Name))];
        return new CatalogBrowseOptions(Of(published.Fields), Of(published.Agencies), Of(published.Levels));
    }
}
