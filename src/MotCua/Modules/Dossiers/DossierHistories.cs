using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers;

/// <summary>Which dossiers: all, one code, one agency, and/or those submitted in a range of local days.</summary>
internal sealed record DossierRange(string? Code, Guid? AgencyId, DateOnly? From, DateOnly? To);

/// <summary>A dossier's history checked: the first problem of its chain, or null when it holds.</summary>
internal sealed record HistoryCheck(Guid DossierId, string? Code, ChainFinding? Finding);

/// <summary>One entry of a dossier's history as a fold over the histories needs it: the dossier and the entry's seal.</summary>
internal sealed record HistorySeal(Guid DossierId, string Hash);

/// <summary>
/// The Dossiers module's API for the tamper evidence of the dossier histories (ADR-027, ADR-039): the keyed chains
/// checked in batches, the seals recorded before an instant for the daily anchor, and the one-time seal of histories
/// written before the keyed chain.
/// </summary>
internal sealed class DossierHistories(AppDbContext db, AuditKeyRing keys, DossierLifecycle lifecycle, TimeProvider clock)
{
    /// <summary>Checks the chains of one batch of the dossiers in <paramref name="range"/>, in id order.</summary>
    public async Task<IReadOnlyList<HistoryCheck>> CheckAsync(DossierRange range, int skip, int take, CancellationToken cancellationToken)
    {
        var batch = await Filter(db.Dossiers.AsNoTracking(), range).OrderBy(d => d.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var events = await EventsOfAsync(batch, cancellationToken);
        return [.. batch.Select(d => new HistoryCheck(d.Id, d.Code, HistoryChain.Check(d, [.. events[d.Id].OrderBy(e => e.Sequence)], keys)))];
    }

    /// <summary>
    /// The seals of the entries recorded before <paramref name="cutOff"/>, by dossier id then sequence. Entry times are
    /// sealed, so the same seals are read later as long as nothing recorded before the cut-off was removed, added or rewritten.
    /// </summary>
    public IAsyncEnumerable<HistorySeal> SealsBefore(DateTime cutOff) =>
        db.DossierEvents.AsNoTracking().Where(e => e.At < cutOff).OrderBy(e => e.DossierId).ThenBy(e => e.Sequence)
            .Select(e => new HistorySeal(e.DossierId, e.Hash)).AsAsyncEnumerable();

    /// <summary>True while some dossier's history ends in an entry written before the keyed chain.</summary>
    public Task<bool> AnyUnsealedAsync(CancellationToken cancellationToken) => Unsealed().AnyAsync(cancellationToken);

    /// <summary>
    /// Appends a keyed "Reseal" entry to one batch of the histories that end unkeyed and verify by the old rule, and saves;
    /// a history that does not verify is left for the verification to report (skip those next time).
    /// </summary>
    public async Task<(int Resealed, int Broken)> SealLegacyBatchAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var dossiers = await Unsealed().OrderBy(d => d.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var events = await EventsOfAsync(dossiers, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var broken = 0;
        foreach (var dossier in dossiers)
        {
            if (HistoryChain.Check(dossier, [.. events[dossier.Id].OrderBy(e => e.Sequence)], keys)?.Problem != ChainProblem.Unsealed)
            {
                broken++;
                continue;
            }

            dossier.SealLegacyHistory(keys.CurrentId, now);
            lifecycle.Stage(dossier);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (dossiers.Count - broken, broken);
    }

    private async Task<ILookup<Guid, DossierEvent>> EventsOfAsync(List<Dossier> dossiers, CancellationToken cancellationToken)
    {
        var ids = dossiers.Select(d => d.Id).ToList();
        return (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId)).ToListAsync(cancellationToken)).ToLookup(e => e.DossierId);
    }

    /// <summary>The dossiers whose history ends in an unkeyed event.</summary>
    private IQueryable<Dossier> Unsealed() =>
        db.Dossiers.Where(d => db.DossierEvents.Any(e => e.DossierId == d.Id && e.Sequence == d.EventCount && e.KeyId == null));

    private static IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers, DossierRange range)
    {
        if (!string.IsNullOrWhiteSpace(range.Code))
        {
            var code = range.Code.Trim().ToUpperInvariant();
            dossiers = dossiers.Where(d => d.Code == code);
        }

        if (range.AgencyId is { } agency)
        {
            dossiers = dossiers.Where(d => d.AgencyId == agency);
        }

        return DossierSearch.SubmittedBetween(dossiers, range.From, range.To);
    }
}
