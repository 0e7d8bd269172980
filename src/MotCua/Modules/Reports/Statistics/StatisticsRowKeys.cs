using MotCua.Modules.Catalog;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>The field (lĩnh vực) and online service level of a procedure version, as the statistics rows read them.</summary>
internal sealed record VersionField(string FieldCode, string FieldName, OnlineServiceLevel OnlineLevel);

/// <summary>
/// The one place the statistics join the facts' procedure versions to the catalogue (the field of a row, the online level
/// that splits the detailed layout's online columns). It reads the catalogue's published versions (cached per node), so a
/// table of many dossiers asks once per distinct version; a facts table of procedure versions can replace it here alone.
/// </summary>
internal sealed class StatisticsRowKeys(PublishedProcedures procedures)
{
    /// <summary>The row key of the versions the catalogue no longer knows (never blank: a blank row key means the total row).</summary>
    public const string UnknownField = "-";

    /// <summary>The field and online level of each version; a version the catalogue no longer knows gets the field "unknown".</summary>
    public async Task<IReadOnlyDictionary<Guid, VersionField>> OfVersionsAsync(IEnumerable<Guid> versionIds, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<Guid, VersionField>();
        foreach (var id in versionIds.Distinct())
        {
            var version = await procedures.GetVersionAsync(id, cancellationToken);
            fields[id] = version is null
                ? new VersionField(UnknownField, ResourceText(), OnlineServiceLevel.None)
                : new VersionField(version.FieldCode, version.FieldName, version.OnlineLevel);
        }

        return fields;
    }

    private static string ResourceText() => Common.Localization.ResourceText.Get<ReportsText>("Row_UnknownField");
}
