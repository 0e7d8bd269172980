using System.Collections.Concurrent;
using MotCua.Common.Data;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Modules.Workflows;

/// <summary>
/// This node's approved internal processes in memory (ADR-018). An approved version never changes (a change is a new
/// version), so versions by id are kept for good; which version is in force for a procedure version changes with every
/// approval, so those lists are filed under the <see cref="ProcessStamp"/> they were read after and dropped when it moves.
/// </summary>
internal sealed class ApprovedProcessCache
{
    private readonly ConcurrentDictionary<Guid, InternalProcess> _versions = new();
    private volatile InForceLists? _inForce;

    public InternalProcess? Version(Guid processId) => _versions.GetValueOrDefault(processId);

    /// <summary>Keeps an approved or superseded version (never a draft: a draft may still change).</summary>
    public void Remember(InternalProcess process) => _versions.TryAdd(process.Id, process);

    /// <summary>Reads the stamp and returns the in-force lists filed under it (empty when the stamp has moved).</summary>
    public async Task<InForceLists> InForceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await ProcessStamp.ReadAsync(db, cancellationToken);
        if (_inForce is { } current && current.Stamp == stamp)
        {
            return current;
        }

        // Lists read after this stamp are at least as new as it; a request that read an older stamp at the same moment may
        // swap its own set back in, which only costs the next request a reload.
        var fresh = new InForceLists(stamp);
        _inForce = fresh;
        return fresh;
    }

    /// <summary>The processes in force per procedure version, as read while the stamp had one value.</summary>
    internal sealed class InForceLists(Guid stamp)
    {
        private readonly ConcurrentDictionary<Guid, IReadOnlyList<InternalProcess>> _byProcedureVersion = new();

        public Guid Stamp { get; } = stamp;

        public IReadOnlyList<InternalProcess>? Find(Guid procedureVersionId) => _byProcedureVersion.GetValueOrDefault(procedureVersionId);

        public void Add(Guid procedureVersionId, IReadOnlyList<InternalProcess> processes) => _byProcedureVersion[procedureVersionId] = processes;
    }
}
