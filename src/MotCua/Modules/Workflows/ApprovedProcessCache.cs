using System.Collections.Concurrent;
using MotCua.Common.Data;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows;

/// <summary>
/// This node's approved internal processes in memory (ADR-018). An approved version never changes (a change is a new
/// version), so versions by id are kept for good; which version is in force for a procedure version changes with every
/// approval, so those lists are filed under the <see cref="ProcessStamp"/> they were read after and dropped when it moves.
/// The stamp is read at most once per <see cref="Recheck"/>; an approval on this node drops the lists at once
/// (<see cref="ProcessStampInterceptor"/>), other nodes see it within <see cref="Recheck"/>.
/// </summary>
internal sealed class ApprovedProcessCache(TimeProvider clock)
{
    /// <summary>How long a stamp read is trusted: a busy intake reads it once a second instead of once per dossier.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Guid, InternalProcess> _versions = new();
    private volatile InForceLists? _inForce;

    public InternalProcess? Version(Guid processId) => _versions.GetValueOrDefault(processId);

    /// <summary>Keeps an approved or superseded version (never a draft: a draft may still change).</summary>
    public void Remember(InternalProcess process) => _versions.TryAdd(process.Id, process);

    /// <summary>Returns the in-force lists filed under the current stamp, reading it when the last read is older than <see cref="Recheck"/>.</summary>
    public async Task<InForceLists> InForceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_inForce is { } recent && now - recent.CheckedAt < Recheck)
        {
            return recent;
        }

        var stamp = await ProcessStamp.ReadAsync(db, cancellationToken);
        if (_inForce is { } current && current.Stamp == stamp)
        {
            current.CheckedAt = now;
            return current;
        }

        // Lists read after this stamp are at least as new as it; a request that read an older stamp at the same moment may
        // swap its own set back in, which only costs the next request a reload.
        var fresh = new InForceLists(stamp) { CheckedAt = now };
        _inForce = fresh;
        return fresh;
    }

    /// <summary>Drops the lists: a process is being approved on this node.</summary>
    public void Forget() => _inForce = null;

    /// <summary>The processes in force per procedure version, as read while the stamp had one value.</summary>
    internal sealed class InForceLists(Guid stamp)
    {
        private readonly ConcurrentDictionary<Guid, IReadOnlyList<InternalProcess>> _byProcedureVersion = new();

        private long _checkedAtTicks;

        public Guid Stamp { get; } = stamp;

        /// <summary>When the stamp was last read and found equal to <see cref="Stamp"/>.</summary>
        public DateTimeOffset CheckedAt
        {
            get => new(Interlocked.Read(ref _checkedAtTicks), TimeSpan.Zero);
            set => Interlocked.Exchange(ref _checkedAtTicks, value.UtcTicks);
        }

        public IReadOnlyList<InternalProcess>? Find(Guid procedureVersionId) => _byProcedureVersion.GetValueOrDefault(procedureVersionId);

        public void Add(Guid procedureVersionId, IReadOnlyList<InternalProcess> processes) => _byProcedureVersion[procedureVersionId] = processes;
    }
}
