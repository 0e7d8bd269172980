namespace MotCua.Modules.Catalog;

/// <summary>Marker for the catalogue administration's UI strings (CatalogAdminText.resx, .en.resx).</summary>
internal sealed class CatalogAdminText;
