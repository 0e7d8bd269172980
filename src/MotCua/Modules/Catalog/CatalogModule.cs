namespace MotCua.Modules.Catalog;

internal static class CatalogModule
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder) => builder.AddCatalogAdministration();

    public static WebApplication MapCatalog(this WebApplication app) => app.MapCatalogAdministration();
}
