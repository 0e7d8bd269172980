using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// One entry of a dossier's append-only history: who did what, when, from where, and the status before and after.
/// Each entry's <see cref="Hash"/> covers its content and the previous entry's hash, so a changed, removed or inserted
/// entry breaks the chain (<see cref="HistoryChain"/>).
/// </summary>
internal sealed class DossierEvent
{
    /// <summary>The "previous hash" of a dossier's first event.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private DossierEvent()
    {
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>1 for the first event of the dossier, then +1.</summary>
    public int Sequence { get; private set; }

    /// <summary>UTC, whole microseconds (what PostgreSQL keeps), so the hash reads back the same on every provider.</summary>
    public DateTime At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public string? Ip { get; private set; }

    public string Action { get; private set; } = "";

    public DossierStatus? FromStatus { get; private set; }

    public DossierStatus ToStatus { get; private set; }

    public string? Comment { get; private set; }

    public string PreviousHash { get; private set; } = GenesisHash;

    public string Hash { get; private set; } = "";

    public static DossierEvent Create(
        Guid dossierId, int sequence, DateTime at, Actor actor, string action, DossierStatus? from, DossierStatus to, string? comment, string previousHash)
    {
        var e = new DossierEvent
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            Sequence = sequence,
            At = new DateTime(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Ip = actor.Ip,
            Action = action,
            FromStatus = from,
            ToStatus = to,
            Comment = comment,
            PreviousHash = previousHash,
        };
        e.Hash = e.ComputeHash();
        return e;
    }

    /// <summary>SHA-256 (hex) of the entry's fields, in a fixed order and format, and the previous hash.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            DossierId.ToString("N"),
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.Ticks.ToString(CultureInfo.InvariantCulture),
            ActorId?.ToString("N") ?? "",
            ActorName,
            Ip ?? "",
            Action,
            FromStatus is { } f ? ((int)f).ToString(CultureInfo.InvariantCulture) : "",
            ((int)ToStatus).ToString(CultureInfo.InvariantCulture),
            Comment ?? "",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

internal sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> builder)
    {
        builder.ToTable("DossierEvents");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.DossierId, e.Sequence }).IsUnique();
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Ip).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.FromStatus).HasConversion<int?>();
        builder.Property(e => e.ToStatus).HasConversion<int>();
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Checks a dossier's history chain: every hash recomputes, every entry points at the one before, none is missing.</summary>
internal static class HistoryChain
{
    /// <summary>The first broken entry's sequence number, or null when the chain holds.</summary>
    public static int? FirstBroken(IReadOnlyList<DossierEvent> events, string lastHash, int count)
    {
        var previous = DossierEvent.GenesisHash;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Sequence != i + 1 || e.PreviousHash != previous || e.ComputeHash() != e.Hash)
            {
                return i + 1;
            }

            previous = e.Hash;
        }

        return events.Count != count || previous != lastHash ? events.Count + 1 : null;
    }
}
