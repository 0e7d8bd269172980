using System.ComponentModel.DataAnnotations;

namespace MotCua.Modules.Organization.Account;

/// <summary>Settings of sign-in and self-service accounts (section <c>Accounts</c>, docs/operations.md).</summary>
internal sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Sign-in, registration, code and reset forms one client address may send in ten minutes.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Accounts:FormPostsPer10Minutes must be between 1 and 1000000.")]
    public int FormPostsPer10Minutes { get; set; } = 60;

    /// <summary>Verification codes sent to one e-mail address or phone number in an hour; more are silently not sent.</summary>
    [Range(1, 100, ErrorMessage = "Accounts:CodesPerContactPerHour must be between 1 and 100.")]
    public int CodesPerContactPerHour { get; set; } = 5;

    /// <summary>How long a verification code is valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Accounts:CodeLifetime must be between 1 minute and 1 day.")]
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong entries of a code before it stops working.</summary>
    [Range(1, 20, ErrorMessage = "Accounts:CodeAttempts must be between 1 and 20.")]
    public int CodeAttempts { get; set; } = 5;
}
