using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Modules.Catalog.SearchProcedures;
using MotCua.Modules.Catalog.ViewProcedure;
using MotCua.Common.Web;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The procedure catalogue (danh mục thủ tục hành chính): data, public search and detail pages, public API, and the
/// control officers' administration (editing, publication lifecycle, posting list, import/export).
/// </summary>
internal static class CatalogModule
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IDemoSeeder, CatalogSeeder>();
        builder.Services.AddScoped<IDemoSeeder, OneStopSeeder>();
        builder.Services.AddScoped<CatalogFormat>();
        builder.Services.AddScoped<PublishedProcedures>();
        builder.Services.AddMenu<CatalogMenu>();
        builder.Services.AddSingleton<PublishedCatalogCache>();
        builder.Services.AddScoped<CatalogBrowse>();
        builder.Services.AddSingleton<PublishedVersionCache>();
        builder.Services.AddSingleton<IInterceptor, CatalogStampInterceptor>();
        builder.Services.AddScoped<OneStopList.OneStopListing>();
        return builder.AddCatalogAdministration();
    }

    public static WebApplication MapCatalog(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/procedures").WithTags("Catalog").AllowAnonymous();
        api.MapSearchProcedures();
        api.MapGetProcedure();
        return app.MapCatalogAdministration();
    }
}
