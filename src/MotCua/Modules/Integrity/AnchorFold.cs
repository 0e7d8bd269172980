using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>
/// What an anchor records of the histories as they stood at its cut-off (ADR-027): how many dossiers and events, the
/// fold of each dossier's last seal (<see cref="ChainFold"/>), and the admin audit chain's count and last seal.
/// </summary>
internal sealed record AnchorFold(DateTime CutOff, int DossierCount, long EventCount, string DossierRoot, long AuditCount, string AuditHead)
{
    /// <summary>
    /// Folds the dossier events and audit entries recorded before <paramref name="cutOff"/>. Their times are sealed, so
    /// the same fold is recomputed later from the database as long as nothing recorded before the cut-off was removed,
    /// added or rewritten; events recorded later do not change it.
    /// </summary>
    public static async Task<AnchorFold> ComputeAsync(AppDbContext db, DossierHistories histories, DateTime cutOff, CancellationToken cancellationToken)
    {
        using var fold = new ChainFold();
        Guid? dossier = null;
        var count = 0;
        var last = "";
        await foreach (var e in histories.SealsBefore(cutOff).WithCancellation(cancellationToken))
        {
            if (e.DossierId != dossier)
            {
                if (dossier is { } previous)
                {
                    fold.Add(previous, count, last);
                }

                dossier = e.DossierId;
                count = 0;
            }

            count++;
            last = e.Hash;
        }

        if (dossier is { } end)
        {
            fold.Add(end, count, last);
        }

        var (auditCount, auditHead) = await AuditLogChain.FoldBeforeAsync(db, cutOff, cancellationToken);
        return new AnchorFold(cutOff, fold.Count, fold.Events, fold.Root, auditCount, auditHead);
    }
}
