using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Catalog.ImportExport;

namespace MotCua.Modules.Catalog;

/// <summary>The control officers' side of the catalogue: editing, publication, the counter posting list, import and export.</summary>
internal static class CatalogAdministration
{
    public static WebApplicationBuilder AddCatalogAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogTransfer>();
        builder.Services.Configure<RazorPagesOptions>(options =>
            options.Conventions.AddPageRoute("/Catalog/ManageProcedures/Edit", "catalog/new"));
        return builder;
    }

    public static WebApplication MapCatalogAdministration(this WebApplication app)
    {
        app.MapCatalogTransfer();
        return app;
    }
}
