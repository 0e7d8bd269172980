using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Validation;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Integrity;

/// <summary>
/// A day's anchor (ADR-027): the ends of every dossier history and of the admin audit chain folded into one hash, sealed
/// and linked to the previous anchor. A copy leaves the database (e-mail to the system administrators, a file), so a
/// later rewrite of the database can be compared with what was recorded outside it.
/// </summary>
internal sealed class AuditAnchor
{
    /// <summary>
    /// The format new anchors are written in. 1: the dossier rows' counts and last seals as the job read them (cannot be
    /// recomputed later). 2: the histories as they stood at <see cref="CutOff"/>, so a verification recomputes the fold.
    /// </summary>
    public const int CurrentFormat = 2;

    /// <summary>The exported files' names (<see cref="FileName"/>).</summary>
    public const string FilePattern = "anchor-*.txt";

    private const string Title = "MotCua audit anchor ";

    private AuditAnchor()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The local (UTC+7) day the anchor stands for.</summary>
    public DateOnly Day { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>See <see cref="CurrentFormat"/>.</summary>
    public int Format { get; private set; }

    /// <summary>From format 2: the anchor folds the dossier events and audit entries recorded before this instant (UTC).</summary>
    public DateTime? CutOff { get; private set; }

    public int DossierCount { get; private set; }

    /// <summary>The events of all dossiers together.</summary>
    public long EventCount { get; private set; }

    /// <summary>SHA-256 fold, in dossier id order, of each dossier's id, event count and last seal (<see cref="ChainFold"/>).</summary>
    public string DossierRoot { get; private set; } = "";

    public long AuditCount { get; private set; }

    public string AuditHead { get; private set; } = "";

    public string PreviousHash { get; private set; } = AuditChainHead.GenesisHash;

    public string KeyId { get; private set; } = "";

    /// <summary>HMAC-SHA256 (hex) of everything above.</summary>
    public string Hash { get; private set; } = "";

    public static AuditAnchor Create(DateOnly day, DateTime createdAt, AnchorFold fold, string previousHash, AuditKeyRing keys)
    {
        var anchor = new AuditAnchor
        {
            Id = Guid.CreateVersion7(),
            Day = day,
            CreatedAt = createdAt,
            Format = CurrentFormat,
            CutOff = fold.CutOff,
            DossierCount = fold.DossierCount,
            EventCount = fold.EventCount,
            DossierRoot = fold.DossierRoot,
            AuditCount = fold.AuditCount,
            AuditHead = fold.AuditHead,
            PreviousHash = previousHash,
            KeyId = keys.CurrentId,
        };
        anchor.Hash = anchor.ComputeHash(keys.Current);
        return anchor;
    }

    /// <summary>HMAC-SHA256 (hex) under a tag that names the format; format 1 is hashed exactly as it was written.</summary>
    public string ComputeHash(byte[] key)
    {
        using var c = new Canonical(string.Create(CultureInfo.InvariantCulture, $"audit-anchor/{Format}"));
        c.Add(Day);
        c.Add(CreatedAt);
        if (Format >= 2)
        {
            c.Add(CutOff);
        }

        c.Add(DossierCount);
        c.Add(EventCount);
        c.Add(DossierRoot);
        c.Add(AuditCount);
        c.Add(AuditHead);
        c.Add(PreviousHash);
        c.Add(KeyId);
        return c.Hmac(key);
    }

    /// <summary>The name of the file the anchor is exported as.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"anchor-{Day:yyyy-MM-dd}.txt");

    /// <summary>The fold this anchor records (from format 2, what a verification recomputes at <see cref="CutOff"/>).</summary>
    public AnchorFold Fold => new(CutOff ?? CreatedAt, DossierCount, EventCount, DossierRoot, AuditCount, AuditHead);

    /// <summary>The text that leaves the database: enough to compare a later state with, and the seal.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Title}{Day:yyyy-MM-dd}");
        if (Format >= 2)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"format: {Format}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"created-at: {Instant(CreatedAt)}");
        if (CutOff is { } cutOff)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"cut-off: {Instant(cutOff)}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"dossiers: {DossierCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"dossier-events: {EventCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"dossier-root: {DossierRoot}");
        text.AppendLine(CultureInfo.InvariantCulture, $"audit-entries: {AuditCount}");
        text.AppendLine(CultureInfo.InvariantCulture, $"audit-head: {AuditHead}");
        text.AppendLine(CultureInfo.InvariantCulture, $"previous-anchor: {PreviousHash}");
        text.AppendLine(CultureInfo.InvariantCulture, $"key-id: {KeyId}");
        text.AppendLine(CultureInfo.InvariantCulture, $"hmac-sha256: {Hash}");
        return text.ToString();
    }

    /// <summary>Reads an exported anchor (<see cref="ToText"/>, any format); null when the text is not one.</summary>
    public static AuditAnchor? Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || !lines[0].StartsWith(Title, StringComparison.Ordinal)
            || !TypedValues.TryIsoDate(lines[0][Title.Length..], out var day))
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !fields.TryAdd(line[..colon], line[(colon + 1)..].Trim()))
            {
                return null;
            }
        }

        var format = fields.TryGetValue("format", out var f) ? Number(f) : 1;
        var anchor = new AuditAnchor
        {
            Day = day,
            Format = format is >= 1 and <= CurrentFormat ? (int)format : 0,
            CreatedAt = ParseInstant(fields.GetValueOrDefault("created-at")) ?? default,
            CutOff = ParseInstant(fields.GetValueOrDefault("cut-off")),
            DossierCount = Number(fields.GetValueOrDefault("dossiers")) is { } dossiers and <= int.MaxValue ? (int)dossiers : -1,
            EventCount = Number(fields.GetValueOrDefault("dossier-events")) ?? -1,
            DossierRoot = fields.GetValueOrDefault("dossier-root") ?? "",
            AuditCount = Number(fields.GetValueOrDefault("audit-entries")) ?? -1,
            AuditHead = fields.GetValueOrDefault("audit-head") ?? "",
            PreviousHash = fields.GetValueOrDefault("previous-anchor") ?? "",
            KeyId = fields.GetValueOrDefault("key-id") ?? "",
            Hash = fields.GetValueOrDefault("hmac-sha256") ?? "",
        };
        var complete = anchor.Format > 0 && anchor.CreatedAt != default && (anchor.Format == 1 || anchor.CutOff is not null)
            && anchor.DossierCount >= 0 && anchor.EventCount >= 0 && anchor.AuditCount >= 0 && anchor.Hash.Length > 0;
        return complete && anchor.ToText().ReplaceLineEndings("\n") == string.Join('\n', lines) + "\n" ? anchor : null;
    }

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture);

    private static DateTime? ParseInstant(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : null;

    private static long? Number(string? value) => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

internal sealed class AuditAnchorConfiguration : IEntityTypeConfiguration<AuditAnchor>
{
    public void Configure(EntityTypeBuilder<AuditAnchor> builder)
    {
        builder.ToTable("AuditAnchors");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.Day).IsUnique();
        builder.Property(a => a.DossierRoot).HasMaxLength(64);
        builder.Property(a => a.AuditHead).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.KeyId).HasMaxLength(AuditKeyRing.MaxIdLength);
        builder.Property(a => a.Hash).HasMaxLength(64);
    }
}
