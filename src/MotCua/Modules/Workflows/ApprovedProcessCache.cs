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
    /// <summary>How long a stamp read is trusted (<see cref="StampedSet.Recheck"/>).</summary>
    public static TimeSpan Recheck => StampedSet.Recheck;

    private readonly ConcurrentDictionary<Guid, InternalProcess> _versions = new();
    private readonly StampedSlot<InForceLists> _inForce = new(clock, stamp => new InForceLists(stamp));

    public InternalProcess? Version(Guid processId) => _versions.GetValueOrDefault(processId);

    /// <summary>Keeps an approved or superseded version (never a draft: a draft may still change).</summary>
    public void Remember(InternalProcess process) => _versions.TryAdd(process.Id, process);

    /// <summary>Returns the in-force lists filed under the current process stamp.</summary>
    public Task<InForceLists> InForceAsync(AppDbContext db, CancellationToken cancellationToken) =>
        _inForce.CurrentAsync(ct => ProcessStamp.ReadAsync(db, ct), cancellationToken);

    /// <summary>Drops the lists: a process is being approved on this node.</summary>
    public void Forget() => _inForce.Forget();

    /// <summary>The processes in force per procedure version, as read while the stamp had one value.</summary>
    internal sealed class InForceLists(Guid stamp) : StampedSet(stamp)
    {
        private readonly ConcurrentDictionary<Guid, IReadOnlyList<InternalProcess>> _byProcedureVersion = new();

        public IReadOnlyList<InternalProcess>? Find(Guid procedureVersionId) => _byProcedureVersion.GetValueOrDefault(procedureVersionId);

        public void Add(Guid procedureVersionId, IReadOnlyList<InternalProcess> processes) => _byProcedureVersion[procedureVersionId] = processes;
    }
}
