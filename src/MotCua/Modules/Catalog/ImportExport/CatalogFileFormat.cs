namespace MotCua.Modules.Catalog.ImportExport;

/// <summary>The file formats the catalogue is exported in and imported from (ADR-007).</summary>
internal enum CatalogFileFormat
{
    Json,
    Xlsx,
}
