using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Notifications.Data;

/// <summary>One notification in the outbox: what to send, and how its delivery is going (ADR-011).</summary>
internal sealed class OutboxMessage
{
    public const int RecipientLength = 320;
    public const int SubjectLength = 300;
    public const int KindLength = 50;
    public const int KeyLength = 200;
    public const int ReferenceLength = 50;
    public const int LockedByLength = 100;
    public const int ErrorLength = 1000;

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    public NotificationChannel Channel { get; private set; }

    public string Recipient { get; private set; } = "";

    public string? Subject { get; private set; }

    public string Body { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? DeduplicationKey { get; private set; }

    public string? Reference { get; private set; }

    public OutboxStatus Status { get; private set; }

    /// <summary>How many times sending was tried.</summary>
    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the message may next be tried; the delivery job picks pending messages due by now.</summary>
    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The lease: while in the future, the node that claimed the message is sending it and others leave it alone.</summary>
    public DateTime? LockedUntil { get; private set; }

    /// <summary>The claim token of the lease holder (node name and a per-claim id).</summary>
    public string? LockedBy { get; private set; }

    /// <summary>The last failure, shortened, with addresses and long digit runs masked.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage Create(OutgoingMessage message, DateTime now)
    {
        Require(message.Recipient, RecipientLength, nameof(message.Recipient));
        Require(message.Body, int.MaxValue, nameof(message.Body));
        Limit(message.Subject, SubjectLength, nameof(message.Subject));
        Limit(message.DeduplicationKey, KeyLength, nameof(message.DeduplicationKey));
        Limit(message.Reference, ReferenceLength, nameof(message.Reference));
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Channel = message.Channel,
            Recipient = message.Recipient.Trim(),
            Subject = message.Subject,
            Body = message.Body,
            Kind = message.Kind.ToString(),
            DeduplicationKey = message.DeduplicationKey,
            Reference = message.Reference,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>An administrator's "retry now": one more attempt as soon as a delivery run comes by.</summary>
    public void RetryNow(DateTime now)
    {
        if (Status == OutboxStatus.Sent)
        {
            return;
        }

        Status = OutboxStatus.Pending;
        NextAttemptAt = now;
        LockedUntil = null;
    }

    private static void Require(string? value, int length, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }

        Limit(value, length, name);
    }

    private static void Limit(string? value, int length, string name)
    {
        if (value is not null && value.Length > length)
        {
            throw new ArgumentException($"{name} has more than {length} characters.", name);
        }
    }
}

/// <summary>Where a message is in its delivery.</summary>
internal enum OutboxStatus
{
    /// <summary>Waiting for its next attempt (or being sent under a lease).</summary>
    Pending,

    /// <summary>Handed to the mail server or SMS gateway.</summary>
    Sent,

    /// <summary>Given up after the last allowed attempt or a permanent error; an administrator may retry it.</summary>
    Failed,
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMessage.RecipientLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength);
        builder.Property(m => m.Kind).HasMaxLength(OutboxMessage.KindLength);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(OutboxMessage.KeyLength);
        builder.Property(m => m.Reference).HasMaxLength(OutboxMessage.ReferenceLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.LockedBy).HasMaxLength(OutboxMessage.LockedByLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.LockedBy);
        builder.HasIndex(m => m.CreatedAt);
    }
}
