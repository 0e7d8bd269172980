using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics;

namespace MotCua.Modules.Portal.Home;

/// <summary>
/// The portal's home page: search, browse the catalogue by field, agency and level, the most-used procedures, the
/// province's live figures (aggregates from the metrics facts, no personal data; ADR-055) and the ways in.
/// </summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicFigures figures, CatalogBrowse browse, PublishedProcedures procedures) : PageModel
{
    public ProvinceFigures Figures { get; private set; } = null!;

    public CatalogBrowseOptions Browse { get; private set; } = null!;

    /// <summary>The most-used procedures in force, with their names; one no longer in force is left out.</summary>
    public IReadOnlyList<(string Code, string Name, int Dossiers)> TopProcedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Figures = await figures.ProvinceAsync(cancellationToken);
        Browse = await browse.OptionsAsync(cancellationToken);
        var top = new List<(string, string, int)>();
        foreach (var use in Figures.TopProcedures)
        {
            if (await procedures.FindInForceAsync(use.Code, cancellationToken) is { } procedure)
            {
                top.Add((use.Code, procedure.Name, use.Dossiers));
            }
        }

        TopProcedures = top;
    }
}
