using System.Collections.Concurrent;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// This node's published procedure versions, kept in memory under the catalogue stamp they were read after (ADR-018).
/// A published version never changes, but which version of a code is in force does (publication, amendment,
/// abolition), and so may an agency's name: every such save renews the stamp (ADR-008), so a lookup reads the stamp
/// and uses the versions filed under it, or starts an empty set when it has moved.
/// </summary>
internal sealed class PublishedVersionCache
{
    private volatile Versions? _current;

    /// <summary>Reads the stamp and returns the versions filed under it (empty when the stamp has moved).</summary>
    public async Task<Versions> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
            return current;
        }

        // Data read after this stamp is at least as new as it; a request that read an older stamp at the same moment may
        // swap its own set back in, which only costs the next request a reload.
        var fresh = new Versions(stamp);
        _current = fresh;
        return fresh;
    }

    /// <summary>The versions read while the catalogue stamp had one value. Only found versions are kept, so unknown codes cannot fill it.</summary>
    internal sealed class Versions(Guid stamp)
    {
        private readonly ConcurrentDictionary<string, PublishedProcedure> _inForceByCode = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Guid, PublishedProcedure> _byId = new();

        public Guid Stamp { get; } = stamp;

        public PublishedProcedure? InForce(string code) => _inForceByCode.GetValueOrDefault(code);

        public PublishedProcedure? Version(Guid versionId) => _byId.GetValueOrDefault(versionId);

        public void Add(PublishedProcedure version)
        {
            _byId[version.VersionId] = version;
            if (version.InForce)
            {
                _inForceByCode[version.Code] = version;
            }
        }
    }
}
