using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>What an anchor file kept outside the database shows about the database (ADR-027).</summary>
internal enum AnchorFileProblem
{
    /// <summary>The file is not an anchor, or its seal does not recompute with the key it names.</summary>
    Unreadable = 1,

    /// <summary>The database holds no anchor for the file's day: the row was deleted.</summary>
    RowMissing = 2,

    /// <summary>The database's anchor for the file's day differs from the file: the row was rewritten.</summary>
    RowDiffers = 3,

    /// <summary>The dossier histories recorded before the anchor's cut-off no longer fold to its value.</summary>
    DossiersDiffer = 4,

    /// <summary>The admin audit entries recorded before the anchor's cut-off no longer end as it recorded.</summary>
    AuditLogDiffers = 5,
}

internal sealed record AnchorFileFinding(string File, AnchorFileProblem Problem);

/// <summary>The comparison with the exported anchor files: how many were read, which one's fold was recomputed, what differs.</summary>
internal sealed record AnchorFileReport(int FilesRead, string? Recomputed, IReadOnlyList<AnchorFileFinding> Findings);

/// <summary>
/// Compares the database with the anchors written to <see cref="AuditChainOptions.AnchorExportFolder"/>: every file with
/// the database's anchor of its day, and the histories as they stood at the latest file's cut-off with the fold it
/// recorded. Events before an earlier cut-off are a part of those before the latest, so the latest file covers them.
/// </summary>
internal static class ExportedAnchors
{
    public static async Task<AnchorFileReport> VerifyAsync(AppDbContext db, DossierHistories histories, AuditKeyRing keys, string folder, bool recompute, CancellationToken cancellationToken)
    {
        var findings = new List<AnchorFileFinding>();
        var rows = await db.AuditAnchors.AsNoTracking().ToDictionaryAsync(a => a.Day, cancellationToken);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, AuditAnchor.FilePattern).Order(StringComparer.Ordinal).ToList() : [];
        (string File, AuditAnchor Anchor)? latest = null;
        foreach (var path in files)
        {
            var file = Path.GetFileName(path);
            if (await ReadAsync(path, keys, cancellationToken) is not { } anchor)
            {
                findings.Add(new AnchorFileFinding(file, AnchorFileProblem.Unreadable));
                continue;
            }

            if (!rows.TryGetValue(anchor.Day, out var row))
            {
                findings.Add(new AnchorFileFinding(file, AnchorFileProblem.RowMissing));
            }
            else if (row.ToText() != anchor.ToText())
            {
                findings.Add(new AnchorFileFinding(file, AnchorFileProblem.RowDiffers));
            }

            if (anchor.CutOff is not null && (latest is null || anchor.Day > latest.Value.Anchor.Day))
            {
                latest = (file, anchor);
            }
        }

        if (!recompute || latest is not { File: var latestFile, Anchor: var recorded })
        {
            return new AnchorFileReport(files.Count, null, findings);
        }

        var now = await AnchorFold.ComputeAsync(db, histories, recorded.CutOff!.Value, cancellationToken);
        var then = recorded.Fold;
        if (now.DossierCount != then.DossierCount || now.EventCount != then.EventCount || now.DossierRoot != then.DossierRoot)
        {
            findings.Add(new AnchorFileFinding(latestFile, AnchorFileProblem.DossiersDiffer));
        }

        if (now.AuditCount != then.AuditCount || now.AuditHead != then.AuditHead)
        {
            findings.Add(new AnchorFileFinding(latestFile, AnchorFileProblem.AuditLogDiffers));
        }

        return new AnchorFileReport(files.Count, latestFile, findings);
    }

    /// <summary>The anchor in the file when it reads as one and its seal recomputes with the key it names.</summary>
    private static async Task<AuditAnchor?> ReadAsync(string path, AuditKeyRing keys, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return AuditAnchor.Parse(text) is { } anchor && keys.Find(anchor.KeyId) is { } key && anchor.ComputeHash(key) == anchor.Hash ? anchor : null;
    }
}
