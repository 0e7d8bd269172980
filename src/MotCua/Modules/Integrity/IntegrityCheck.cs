using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Integrity;

/// <summary>Which dossiers to verify: all, one code, one agency, and/or those submitted in a range of local days.</summary>
internal sealed record IntegrityScope(string? Code = null, Guid? AgencyId = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly IntegrityScope All = new();

    /// <summary>True when no filter narrows the scope: every dossier is checked.</summary>
    public bool IsAll => string.IsNullOrWhiteSpace(Code) && AgencyId is null && From is null && To is null;
}

/// <summary>A dossier whose history does not hold.</summary>
internal sealed record DossierFinding(Guid DossierId, string? Code, ChainFinding Finding);

/// <summary>
/// What a verification found: the dossiers checked and broken, the admin audit chain, the anchors, and the comparison with
/// the exported anchor files (null when no export folder is configured).
/// </summary>
internal sealed record IntegrityReport(int DossiersChecked, IReadOnlyList<DossierFinding> Dossiers, ChainFinding? AuditLog, ChainFinding? Anchors, AnchorFileReport? AnchorFiles)
{
    public bool Holds => Dossiers.Count == 0 && AuditLog is null && Anchors is null && (AnchorFiles is null || AnchorFiles.Findings.Count == 0);
}

/// <summary>
/// Verifies the keyed chains (ADR-027) of the dossiers in a scope, in batches, the admin audit chain and the anchors, and
/// compares them with the anchor files kept outside the database.
/// </summary>
internal sealed class IntegrityCheck(AppDbContext db, AuditKeyRing keys, IOptions<AuditChainOptions> options, TimeProvider clock)
{
    /// <summary>The most broken dossiers a report lists; the count checked goes on.</summary>
    public const int MaxFindings = 500;

    public async Task<IntegrityReport> VerifyAsync(IntegrityScope scope, CancellationToken cancellationToken)
    {
        var findings = new List<DossierFinding>();
        var query = Filter(db.Dossiers.AsNoTracking(), scope).OrderBy(d => d.Id);
        var batchSize = options.Value.VerifyBatchSize;
        var checkedCount = 0;
        while (await query.Skip(checkedCount).Take(batchSize).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            var ids = batch.Select(d => d.Id).ToList();
            var events = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId)).ToListAsync(cancellationToken)).ToLookup(e => e.DossierId);
            foreach (var dossier in batch)
            {
                if (HistoryChain.Check(dossier, [.. events[dossier.Id].OrderBy(e => e.Sequence)], keys) is { } finding && findings.Count < MaxFindings)
                {
                    findings.Add(new DossierFinding(dossier.Id, dossier.Code, finding));
                }
            }

            checkedCount += batch.Count;
            db.ChangeTracker.Clear();
        }

        var folder = options.Value.AnchorExportFolder;
        // Recomputing a fold reads every event before the cut-off: a full verification does it, a range compares the files only.
        var files = string.IsNullOrWhiteSpace(folder) ? null : await ExportedAnchors.VerifyAsync(db, keys, folder, scope.IsAll, cancellationToken);
        return new IntegrityReport(checkedCount, findings, await AuditLogChain.VerifyAsync(db, keys, cancellationToken), await VerifyAnchorsAsync(cancellationToken), files);
    }

    /// <summary>Verifies and records the run (<see cref="IntegrityRun"/>), which the system administrators are alerted by.</summary>
    public async Task<IntegrityReport> RunAsync(IntegrityScope scope, IntegrityRunSource source, string runBy, CancellationToken cancellationToken)
    {
        var report = await VerifyAsync(scope, cancellationToken);
        db.IntegrityRuns.Add(IntegrityRun.Record(scope, report, source, runBy, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Each anchor's seal recomputes and links to the one before.</summary>
    private async Task<ChainFinding?> VerifyAnchorsAsync(CancellationToken cancellationToken)
    {
        var previous = AuditChainHead.GenesisHash;
        var position = 0;
        foreach (var anchor in await db.AuditAnchors.AsNoTracking().OrderBy(a => a.Day).ToListAsync(cancellationToken))
        {
            position++;
            if (keys.Find(anchor.KeyId) is not { } key)
            {
                return new ChainFinding(position, ChainProblem.UnknownKey, anchor.KeyId);
            }

            if (anchor.PreviousHash != previous)
            {
                return new ChainFinding(position, ChainProblem.EntryMissing);
            }

            if (anchor.ComputeHash(key) != anchor.Hash)
            {
                return new ChainFinding(position, ChainProblem.EntryChanged);
            }

            previous = anchor.Hash;
        }

        return null;
    }

    private static IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers, IntegrityScope scope)
    {
        if (!string.IsNullOrWhiteSpace(scope.Code))
        {
            var code = scope.Code.Trim().ToUpperInvariant();
            dossiers = dossiers.Where(d => d.Code == code);
        }

        if (scope.AgencyId is { } agency)
        {
            dossiers = dossiers.Where(d => d.AgencyId == agency);
        }

        if (scope.From is { } from)
        {
            var start = VietnamTime.StartOfLocalDayUtc(from);
            dossiers = dossiers.Where(d => d.SubmittedAt >= start);
        }

        if (scope.To is { } to)
        {
            var end = VietnamTime.StartOfLocalDayUtc(to.AddDays(1));
            dossiers = dossiers.Where(d => d.SubmittedAt < end);
        }

        return dossiers;
    }
}
