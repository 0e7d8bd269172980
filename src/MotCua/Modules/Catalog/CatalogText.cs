namespace MotCua.Modules.Catalog;

/// <summary>Marker for the catalogue's public UI strings (<c>CatalogText.resx</c>, <c>CatalogText.en.resx</c>).</summary>
internal sealed class CatalogText;
