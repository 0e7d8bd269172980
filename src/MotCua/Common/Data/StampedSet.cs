namespace MotCua.Common.Data;

/// <summary>Data a node keeps in memory as read while a one-row stamp had one value (ADR-008, ADR-018).</summary>
internal abstract class StampedSet(Guid stamp)
{
    /// <summary>How long a stamp read is trusted: a busy intake reads it once a second instead of once per dossier.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private long _checkedAtTicks;

    public Guid Stamp { get; } = stamp;

    /// <summary>When the stamp was last read and found equal to <see cref="Stamp"/>.</summary>
    public DateTimeOffset CheckedAt
    {
        get => new(Interlocked.Read(ref _checkedAtTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _checkedAtTicks, value.UtcTicks);
    }
}

/// <summary>
/// The current <typeparamref name="TSet"/> of a node: the stamp is read at most once per <see cref="StampedSet.Recheck"/>, the set kept
/// while it has not moved and started empty when it has. A save on this node that renews the stamp calls
/// <see cref="Forget"/>, so the change is never late where it was made; other nodes see it within <see cref="StampedSet.Recheck"/>.
/// </summary>
internal sealed class StampedSlot<TSet>(TimeProvider clock, Func<Guid, TSet> create)
    where TSet : StampedSet
{
    private volatile TSet? _current;

    /// <summary>The set filed under the current stamp, read with <paramref name="readStamp"/> when the last read is older than <see cref="StampedSet.Recheck"/>.</summary>
    public async Task<TSet> CurrentAsync(Func<CancellationToken, Task<Guid>> readStamp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } recent && now - recent.CheckedAt < StampedSet.Recheck)
        {
            return recent;
        }

        var stamp = await readStamp(cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
            current.CheckedAt = now;
            return current;
        }

        // Data read after this stamp is at least as new as it; a request that read an older stamp at the same moment may
        // swap its own set back in, which only costs the next request a reload.
        var fresh = create(stamp);
        fresh.CheckedAt = now;
        _current = fresh;
        return fresh;
    }

    /// <summary>Drops the set: the data behind the stamp is being changed on this node.</summary>
    public void Forget() => _current = null;
}
