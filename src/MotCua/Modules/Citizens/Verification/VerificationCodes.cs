using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Account;

namespace MotCua.Modules.Citizens.Verification;

/// <summary>What to send to the contact a code is issued for.</summary>
internal enum CodeDelivery
{
    /// <summary>The code itself.</summary>
    Code,

    /// <summary>Not the code but a notice that the contact already has an account (someone tried to register it).</summary>
    AccountExistsNotice,

    /// <summary>Nothing: there is nobody to send to (e.g. a reset for an address no account has), yet the page looks the same.</summary>
    Nothing,
}

/// <summary>A code that can still be entered, with the contact it was sent to.</summary>
internal sealed record LiveCode(VerificationCode Row, ContactPoint Contact);

/// <summary>The outcome of entering a code.</summary>
internal enum CodeCheck
{
    Accepted,
    Wrong,

    /// <summary>Used, expired or out of attempts: a new code is needed.</summary>
    Spent,
}

/// <summary>
/// Issues six-digit codes through the notification outbox and checks them (ADR-021). Issuing always stores a row, even
/// when nothing is sent, so the next page is the same whether or not an account exists (no enumeration).
/// </summary>
internal sealed partial class VerificationCodes(
    AppDbContext db, NotificationOutbox outbox, TimeProvider clock, IOptions<AccountOptions> options, IOptions<HostingOptions> site, IStringLocalizer<CitizensText> text,
    ILogger<VerificationCodes> logger)
{
    /// <summary>Adds the code row and its message to the unit of work; the caller saves.</summary>
    public async Task<VerificationCode> IssueAsync(
        VerificationPurpose purpose, ContactPoint contact, Guid? subjectId, string? payload, CodeDelivery delivery, CancellationToken cancellationToken,
        TimeSpan? lifetime = null, string? invitedTo = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var validFor = lifetime ?? options.Value.CodeLifetime;
        var (row, code) = VerificationCode.Create(purpose, contact.Value, subjectId, payload, now, validFor);
        db.VerificationCodes.Add(row);
        if (delivery == CodeDelivery.Nothing)
        {
            return row;
        }

        var hourAgo = now.AddHours(-1);
        var sentThisHour = await db.VerificationCodes.CountAsync(c => c.Contact == contact.Value && c.CreatedAt > hourAgo, cancellationToken);
        if (sentThisHour >= options.Value.CodesPerContactPerHour)
        {
            LogTooManyCodes(contact.Masked());
            return row;
        }

        var minutes = (int)validFor.TotalMinutes;
        var (subject, body) = delivery == CodeDelivery.AccountExistsNotice
            ? (text["Code_ExistsSubject"].Value, text["Code_ExistsBody"].Value)
            : purpose switch
            {
                VerificationPurpose.Registration => (text["Code_RegisterSubject"].Value, text["Code_RegisterBody", code, minutes].Value),
                VerificationPurpose.PasswordReset => (text["Code_ResetSubject"].Value, text["Code_ResetBody", code, minutes].Value),
                VerificationPurpose.ContactChange => (text["Code_ContactSubject"].Value, text["Code_ContactBody", code, minutes].Value),
                _ => (text["Code_InviteSubject"].Value, text["Code_InviteBody", invitedTo ?? "", code, $"{site.Value.PublicBaseUrl.TrimEnd('/')}/tai-khoan/to-chuc/nhan-loi-moi/{row.Id}", validFor.Days].Value),
            };
        outbox.Enqueue(new OutgoingMessage(Channel(contact), contact.Value, subject, body, MessageKind.VerificationCode, Reference: purpose.ToString()));
        return row;
    }

    /// <summary>
    /// Checks <paramref name="code"/> against the live code <paramref name="id"/> for <paramref name="purpose"/>. The
    /// attempt is counted in the database before the comparison; an accepted code is marked used in the caller's unit of work.
    /// </summary>
    public async Task<(CodeCheck Result, VerificationCode? Row)> CheckAsync(Guid id, VerificationPurpose purpose, string? code, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.CodeAttempts;
        var counted = await db.VerificationCodes
            .Where(c => c.Id == id && c.Purpose == purpose && c.UsedAt == null && c.ExpiresAt > now && c.Attempts < max)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken);
        if (counted == 0)
        {
            return (CodeCheck.Spent, null);
        }

        var row = await db.VerificationCodes.SingleAsync(c => c.Id == id, cancellationToken);
        if (code is null || !row.Matches(code))
        {
            return (row.IsLive(now, max) ? CodeCheck.Wrong : CodeCheck.Spent, row);
        }

        row.MarkUsed(now);
        return (CodeCheck.Accepted, row);
    }

    /// <summary>The code and the contact it went to, for a page that asks for it, while it can still be used; null once spent.</summary>
    public async Task<LiveCode?> FindLiveAsync(Guid id, VerificationPurpose purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.CodeAttempts;
        var row = await db.VerificationCodes.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.Purpose == purpose && c.UsedAt == null && c.ExpiresAt > now && c.Attempts < max, cancellationToken);
        return row is not null && ContactPoint.TryParse(row.Contact, out var contact) ? new LiveCode(row, contact) : null;
    }

    private static NotificationChannel Channel(ContactPoint contact) =>
        contact.Kind == ContactKind.Email ? NotificationChannel.Email : NotificationChannel.Sms;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verification code not sent to {Contact}: hourly limit reached")]
    private partial void LogTooManyCodes(string contact);
}
