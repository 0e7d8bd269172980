using System.Collections.Concurrent;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// This node's published procedure versions, kept in memory under the catalogue stamp they were read after (ADR-018).
/// A published version never changes, but which version of a code is in force does (publication, amendment,
/// abolition), and so may an agency's name: every such save renews the stamp (ADR-008), so a lookup reads the stamp —
/// at most once per <see cref="Recheck"/> — and uses the versions filed under it, or starts an empty set when it has
/// moved. A catalogue save on this node drops the set at once (<see cref="Data.CatalogStampInterceptor"/>); other nodes
/// see it within <see cref="Recheck"/>.
/// </summary>
internal sealed class PublishedVersionCache(TimeProvider clock)
{
    /// <summary>How long a stamp read is trusted: a busy intake reads it once a second instead of once per dossier.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private volatile Versions? _current;

    /// <summary>Returns the versions filed under the current stamp, reading it when the last read is older than <see cref="Recheck"/>.</summary>
    public async Task<Versions> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } recent && now - recent.CheckedAt < Recheck)
        {
            return recent;
        }

        var stamp = await CatalogStamp.ReadAsync(db, cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
            current.CheckedAt = now;
            return current;
        }

        // Data read after this stamp is at least as new as it; a request that read an older stamp at the same moment may
        // swap its own set back in, which only costs the next request a reload.
        var fresh = new Versions(stamp) { CheckedAt = now };
        _current = fresh;
        return fresh;
    }

    /// <summary>Drops the set: the catalogue is being changed on this node.</summary>
    public void Forget() => _current = null;

    /// <summary>The versions read while the catalogue stamp had one value. Only found versions are kept, so unknown codes cannot fill it.</summary>
    internal sealed class Versions(Guid stamp)
    {
        private readonly ConcurrentDictionary<string, PublishedProcedure> _inForceByCode = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Guid, PublishedProcedure> _byId = new();

        private long _checkedAtTicks;

        public Guid Stamp { get; } = stamp;

        /// <summary>When the stamp was last read and found equal to <see cref="Stamp"/>.</summary>
        public DateTimeOffset CheckedAt
        {
            get => new(Interlocked.Read(ref _checkedAtTicks), TimeSpan.Zero);
            set => Interlocked.Exchange(ref _checkedAtTicks, value.UtcTicks);
        }

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
