using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>Which dossiers to verify: all, one code, one agency, and/or those submitted in a range of local days.</summary>
internal sealed record IntegrityScope(string? Code = null, Guid? AgencyId = null, DateOnly? From = null, DateOnly? To = null)
{
    public static readonly IntegrityScope All = new();

    /// <summary>True when no filter narrows the scope: every dossier is checked.</summary>
    public bool IsAll => string.IsNullOrWhiteSpace(Code) && AgencyId is null && From is null && To is null;

    /// <summary>The dossiers in scope, as the dossiers module's API takes them.</summary>
    public DossierRange Dossiers => new(Code, AgencyId, From, To);
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
internal sealed class IntegrityCheck(AppDbContext db, DossierHistories histories, AuditKeyRing keys, IOptions<AuditChainOptions> options, TimeProvider clock)
{
    /// <summary>The most broken dossiers a report lists; the count checked goes on.</summary>
    public const int MaxFindings = 500;

    public async Task<IntegrityReport> VerifyAsync(IntegrityScope scope, CancellationToken cancellationToken)
    {
        var findings = new List<DossierFinding>();
        var batchSize = options.Value.VerifyBatchSize;
        var checkedCount = 0;
        while (await histories.CheckAsync(scope.Dossiers, checkedCount, batchSize, cancellationToken) is { Count: > 0 } batch)
        {
            findings.AddRange(batch.Where(c => c.Finding is not null).Take(MaxFindings - findings.Count)
                .Select(c => new DossierFinding(c.DossierId, c.Code, c.Finding!)));
            checkedCount += batch.Count;
        }

        var folder = options.Value.AnchorExportFolder;
        // Recomputing a fold reads every event before the cut-off: a full verification does it, a range compares the files only.
        var files = string.IsNullOrWhiteSpace(folder) ? null : await ExportedAnchors.VerifyAsync(db, histories, keys, folder, scope.IsAll, cancellationToken);
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
}
