using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Citizens.Data;

/// <summary>What a verification code proves.</summary>
internal enum VerificationPurpose
{
    /// <summary>The person registering owns the e-mail address or phone number.</summary>
    Registration = 1,

    /// <summary>The owner of a confirmed contact sets a new password.</summary>
    PasswordReset = 2,

    /// <summary>A signed-in citizen adds or changes their e-mail address or phone number.</summary>
    ContactChange = 3,

    /// <summary>A citizen joins an organisation a member invited them to.</summary>
    OrganisationInvitation = 4,
}

/// <summary>
/// A six-digit code sent through the outbox to an e-mail address or phone number. Only a hash is stored; every entry
/// counts against <see cref="Attempts"/> before it is compared, so parallel guessing gets no more tries (ADR-021).
/// </summary>
internal sealed class VerificationCode
{
    public const int PayloadMaxLength = 1000;

    public Guid Id { get; private set; }

    public VerificationPurpose Purpose { get; private set; }

    /// <summary>The canonical e-mail address or mobile number the code was sent to.</summary>
    public string Contact { get; private set; } = "";

    public string CodeHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>Entries made so far, right or wrong.</summary>
    public int Attempts { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>The account (reset, contact change) or the organisation (invitation) the code is about; null when there is none.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>What the code completes, e.g. the pending registration's name and password hash.</summary>
    public string? Payload { get; private set; }

    public static (VerificationCode Row, string Code) Create(
        VerificationPurpose purpose, string contact, Guid? subjectId, string? payload, DateTime now, TimeSpan lifetime)
    {
        var row = new VerificationCode
        {
            Id = Guid.CreateVersion7(),
            Purpose = purpose,
            Contact = contact,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            SubjectId = subjectId,
            Payload = payload,
        };
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        row.CodeHash = row.Hash(code);
        return (row, code);
    }

    public bool IsLive(DateTime now, int maxAttempts) => UsedAt is null && now < ExpiresAt && Attempts < maxAttempts;

    public bool Matches(string code) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash), Encoding.ASCII.GetBytes(Hash(code.Trim())));

    public void MarkUsed(DateTime now) => UsedAt = now;

    private string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id.ToString("N") + ":" + code)));
}

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> builder)
    {
        builder.ToTable("VerificationCodes");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Purpose).HasConversion<int>();
        builder.Property(c => c.Contact).HasMaxLength(254);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.Payload).HasMaxLength(VerificationCode.PayloadMaxLength);
        // Codes sent to one contact in the last hour are counted before another is sent.
        builder.HasIndex(c => new { c.Contact, c.CreatedAt });
        builder.HasIndex(c => c.ExpiresAt);
    }
}
