using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// One entry of a dossier's append-only history: who did what, when, from where, and the status before and after.
/// Each entry is sealed (ADR-027) with an HMAC over its content, the hash of the dossier's state after it
/// (<see cref="DossierSnapshot"/>) and the previous entry's seal, with a key kept outside the database
/// (<see cref="AuditKeyRing"/>); <see cref="HistoryChain"/> verifies it.
/// </summary>
internal sealed class DossierEvent
{
    /// <summary>The "previous hash" of a dossier's first event.</summary>
    public const string GenesisHash = AuditChainHead.GenesisHash;

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

    /// <summary>Stored and hashed by its name (the strings recorded before the enum), so older seals still verify.</summary>
    public DossierAction Action { get; private set; }

    public DossierStatus? FromStatus { get; private set; }

    public DossierStatus ToStatus { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>SHA-256 (hex) of the dossier's legally relevant fields right after this event (<see cref="DossierSnapshot"/>).</summary>
    public string? StateHash { get; private set; }

    /// <summary>
    /// The version of what the seal and the state hash cover (<see cref="DossierSnapshot.CurrentFormat"/>): a later change
    /// to the covered fields adds a version, and each event keeps being verified by the version it was sealed with.
    /// </summary>
    public int Format { get; private set; }

    /// <summary>The key the event was sealed with; null for an event written before the keyed chain (hashed by <see cref="ComputeLegacyHash"/>).</summary>
    public string? KeyId { get; private set; }

    public string PreviousHash { get; private set; } = GenesisHash;

    /// <summary>The seal: HMAC-SHA256 (hex) by <see cref="ComputeHash"/>, or the unkeyed SHA-256 of an event older than the keyed chain.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>False until the save seals it (<see cref="Dossier.SealNewEvents"/>).</summary>
    public bool IsSealed => Hash.Length > 0;

    /// <summary>
    /// True once the lifecycle handlers have been told of this new event (<see cref="Lifecycle.DossierLifecycle"/>); the
    /// save refuses a new event without it (<see cref="Lifecycle.DossierLifecycleGuard"/>). Not stored.
    /// </summary>
    public bool IsFollowed { get; private set; }

    public static DossierEvent Create(
        Guid dossierId, int sequence, DateTime at, Actor actor, DossierAction action, DossierStatus? from, DossierStatus to, string? comment, string stateHash) => new()
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
            StateHash = stateHash,
            Format = DossierSnapshot.CurrentFormat,
        };

    /// <summary>Marks the event as passed to the lifecycle handlers.</summary>
    public void MarkFollowed() => IsFollowed = true;

    /// <summary>Links the event to the one before it and seals it with the current key.</summary>
    public void Seal(string previousHash, AuditKeyRing keys)
    {
        PreviousHash = previousHash;
        KeyId = keys.CurrentId;
        Hash = ComputeHash(keys.Current);
    }

    /// <summary>
    /// HMAC-SHA256 (hex) of the entry's fields, the state hash, the key id and the previous seal, under a tag that names
    /// the format: an event whose format was changed no longer verifies.
    /// </summary>
    public string ComputeHash(byte[] key)
    {
        using var c = new Canonical(string.Create(CultureInfo.InvariantCulture, $"dossier-event/{Format}"));
        c.Add(DossierId);
        c.Add(Sequence);
        c.Add(At);
        c.Add(ActorId);
        c.Add(ActorName);
        c.Add(Ip);
        c.Add(Action.ToString());
        c.Add((int?)FromStatus);
        c.Add((int)ToStatus);
        c.Add(Comment);
        c.Add(StateHash);
        c.Add(KeyId);
        c.Add(PreviousHash);
        return c.Hmac(key);
    }

    /// <summary>The unkeyed SHA-256 of events written before ADR-027: anyone can recompute it, so it proves only order.</summary>
    public string ComputeLegacyHash()
    {
        var canonical = string.Join('\u001f',
            DossierId.ToString("N"),
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.Ticks.ToString(CultureInfo.InvariantCulture),
            ActorId?.ToString("N") ?? "",
            ActorName,
            Ip ?? "",
            Action.ToString(),
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
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(60);
        builder.Property(e => e.FromStatus).HasConversion<int?>();
        builder.Property(e => e.ToStatus).HasConversion<int>();
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.StateHash).HasMaxLength(64);
        builder.Property(e => e.KeyId).HasMaxLength(AuditKeyRing.MaxIdLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.Ignore(e => e.IsSealed);
        builder.Ignore(e => e.IsFollowed);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Checks a dossier's history chain (ADR-027): every seal recomputes with the key it names, every entry points at the one
/// before, none is missing, the dossier's count and last seal match the end, and the dossier row is the state the last
/// entry sealed, hashed by the format that entry names. Entries older than the keyed chain (no key id) are checked by the old unkeyed rule, and only as a
/// prefix that a keyed entry closes.
/// </summary>
internal static class HistoryChain
{
    /// <summary>The first problem, or null when the chain holds.</summary>
    public static ChainFinding? Check(Dossier dossier, IReadOnlyList<DossierEvent> events, AuditKeyRing keys)
    {
        var previous = DossierEvent.GenesisHash;
        var keyed = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var sequence = i + 1;
            if (e.Sequence != sequence || e.PreviousHash != previous)
            {
                return new ChainFinding(sequence, ChainProblem.EntryMissing);
            }

            if (e.KeyId is not null && e.Format is < 1 or > DossierSnapshot.CurrentFormat)
            {
                return new ChainFinding(sequence, ChainProblem.UnknownFormat, e.Format.ToString(CultureInfo.InvariantCulture));
            }

            if (e.KeyId is null)
            {
                if (keyed || e.ComputeLegacyHash() != e.Hash)
                {
                    return new ChainFinding(sequence, ChainProblem.EntryChanged);
                }
            }
            else if (keys.Find(e.KeyId) is not { } key)
            {
                return new ChainFinding(sequence, ChainProblem.UnknownKey, e.KeyId);
            }
            else if (e.ComputeHash(key) != e.Hash)
            {
                return new ChainFinding(sequence, ChainProblem.EntryChanged);
            }
            else
            {
                keyed = true;
            }

            previous = e.Hash;
        }

        var end = events.Count + 1;
        if (events.Count != dossier.EventCount || previous != dossier.LastEventHash)
        {
            return new ChainFinding(end, ChainProblem.HeadChanged);
        }

        if (events.Count > 0 && events[^1].KeyId is null)
        {
            return new ChainFinding(end, ChainProblem.Unsealed);
        }

        return events.Count > 0 && events[^1].StateHash != DossierSnapshot.Hash(dossier, events[^1].Format) ? new ChainFinding(end, ChainProblem.StateChanged) : null;
    }
}
