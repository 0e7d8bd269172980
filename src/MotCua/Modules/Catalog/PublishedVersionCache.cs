using System.Collections.Concurrent;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// This node's published procedure versions, kept in memory under the catalogue stamp they were read after (ADR-018).
/// A published version never changes, but which version of a code is in force does (publication, amendment,
/// abolition), and so may an agency's name: every such save renews the stamp (ADR-008), so a lookup reads the stamp —
/// at most once per <see cref="Recheck"/> — and uses the versions filed under it, or starts an empty set when it has
/// moved. A catalogue save on this node drops the set at once (<see cref="Data.CatalogStampInterceptor"/>); other nodes
/// see it within <see cref="Recheck"/>. Which version is in force also changes at local midnight without any save
/// (an upcoming version takes effect, ADR-031): a set is filed under the stamp and the local date, and one read on a
/// later date is dropped.
/// </summary>
internal sealed class PublishedVersionCache(TimeProvider clock)
{
    private readonly StampedSlot<Versions> _slot = new(clock, stamp => new Versions(stamp, VietnamTime.Today(clock)));

    /// <summary>How long a stamp read is trusted (<see cref="StampedSet.Recheck"/>).</summary>
    public static TimeSpan Recheck => StampedSet.Recheck;

    /// <summary>Returns the versions filed under the current catalogue stamp and today's local date.</summary>
    public async Task<Versions> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var versions = await _slot.CurrentAsync(ct => CatalogStamp.ReadAsync(db, ct), cancellationToken);
        if (versions.Date == VietnamTime.Today(clock))
        {
            return versions;
        }

        _slot.Forget();
        return await _slot.CurrentAsync(ct => CatalogStamp.ReadAsync(db, ct), cancellationToken);
    }

    /// <summary>Drops the set: the catalogue is being changed on this node.</summary>
    public void Forget() => _slot.Forget();

    /// <summary>The versions read while the catalogue stamp had one value. Only found versions are kept, so unknown codes cannot fill it.</summary>
    internal sealed class Versions(Guid stamp, DateOnly date) : StampedSet(stamp)
    {
        /// <summary>The local date the <see cref="PublishedProcedure.InForce"/> flags were computed for.</summary>
        public DateOnly Date { get; } = date;

        private readonly ConcurrentDictionary<string, PublishedProcedure> _inForceByCode = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Guid, PublishedProcedure> _byId = new();

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
