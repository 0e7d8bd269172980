using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>Walks the admin audit chain in order, entry by entry, and then checks its head (ADR-027).</summary>
internal sealed class AuditChainWalk(AuditKeyRing keys)
{
    private long _next = 1;
    private string _previous = AuditChainHead.GenesisHash;

    /// <summary>Checks the next entry; the first finding ends the walk.</summary>
    public ChainFinding? Next(AuditEntry entry)
    {
        if (entry.Sequence != _next || entry.PreviousHash != _previous)
        {
            return new ChainFinding(_next, ChainProblem.EntryMissing);
        }

        if (entry.KeyId is null || entry.Hash is null)
        {
            return new ChainFinding(_next, ChainProblem.Unsealed);
        }

        if (keys.Find(entry.KeyId) is not { } key)
        {
            return new ChainFinding(_next, ChainProblem.UnknownKey, entry.KeyId);
        }

        if (entry.ComputeHash(key) != entry.Hash)
        {
            return new ChainFinding(_next, ChainProblem.EntryChanged);
        }

        _previous = entry.Hash;
        _next++;
        return null;
    }

    /// <summary>Checks that the head is sealed and points at the last entry walked.</summary>
    public ChainFinding? End(AuditChainHead? head)
    {
        if (head is null)
        {
            return _next == 1 ? null : new ChainFinding(_next, ChainProblem.HeadChanged);
        }

        if (keys.Find(head.KeyId) is null)
        {
            return new ChainFinding(_next, ChainProblem.UnknownKey, head.KeyId);
        }

        return head.IsIntact(keys) && head.Count == _next - 1 && head.LastHash == _previous
            ? null
            : new ChainFinding(_next, ChainProblem.HeadChanged);
    }
}

/// <summary>Verifies the stored admin audit chain and, once, seals the entries written before it existed.</summary>
internal static class AuditLogChain
{
    private const int BatchSize = 1000;

    /// <summary>The first problem of the whole chain, read in batches; null when it holds.</summary>
    public static async Task<ChainFinding?> VerifyAsync(AppDbContext db, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        if (await db.AuditEntries.AnyAsync(e => e.Sequence == null, cancellationToken))
        {
            return new ChainFinding(0, ChainProblem.Unsealed);
        }

        var walk = new AuditChainWalk(keys);
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (walk.Next(entry) is { } finding)
                {
                    return finding;
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }

            after = batch[^1].Sequence!.Value;
        }

        return walk.End(await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>
    /// The head, started on the first run after the upgrade by sealing the entries written before (oldest first). Null
    /// when there is no head but sealed entries exist: the head was removed, which verification reports; nothing is sealed anew.
    /// </summary>
    public static async Task<AuditChainHead?> StartAsync(AppDbContext db, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        if (await db.AuditChainHeads.SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        if (await db.AuditEntries.AnyAsync(e => e.Sequence != null, cancellationToken))
        {
            return null;
        }

        var head = AuditChainHead.Start(keys);
        db.AuditChainHeads.Add(head);
        await db.SaveChangesAsync(cancellationToken);
        while (await db.AuditEntries.Where(e => e.Sequence == null).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            foreach (var entry in batch)
            {
                entry.Seal(head, keys);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return head;
    }

    /// <summary>
    /// How many chained entries were recorded before <paramref name="cutOff"/> and the last one's seal (the genesis seal
    /// when none): what a daily anchor records of the admin audit chain.
    /// </summary>
    public static async Task<(long Count, string Head)> FoldBeforeAsync(AppDbContext db, DateTime cutOff, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null && e.AtUtc < cutOff);
        var count = await entries.LongCountAsync(cancellationToken);
        var head = await entries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken);
        return (count, head ?? AuditChainHead.GenesisHash);
    }

    /// <summary>Whether the dossier histories still wait for their one-time keyed seal: the head is intact and not marked yet.</summary>
    public static async Task<bool> HistoriesAwaitSealAsync(AppDbContext db, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return head is { HistoriesSealed: false } && head.IsIntact(keys);
    }

    /// <summary>Marks for good that the dossier histories were sealed, so rows rewritten later without the key never are.</summary>
    public static async Task MarkHistoriesSealedAsync(AppDbContext db, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.SingleAsync(cancellationToken);
        head.MarkHistoriesSealed(keys);
        await db.SaveChangesAsync(cancellationToken);
    }
}
