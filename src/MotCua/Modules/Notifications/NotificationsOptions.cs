using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace MotCua.Modules.Notifications;

/// <summary>The <c>Notifications</c> configuration section (docs/operations.md), validated at start.</summary>
internal sealed class NotificationsOptions : IValidatableObject
{
    public const string Section = "Notifications";

    public EmailOptions Email { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Email, new ValidationContext(Email), results, validateAllProperties: true);
        Validator.TryValidateObject(Sms, new ValidationContext(Sms), results, validateAllProperties: true);
        Validator.TryValidateObject(Delivery, new ValidationContext(Delivery), results, validateAllProperties: true);
        if (!MailAddress.TryCreate(Email.FromAddress, out _))
        {
            results.Add(new ValidationResult($"Notifications:Email:FromAddress '{Email.FromAddress}' is not an e-mail address."));
        }

        if (Email.Sender == EmailSenderKind.Smtp && string.IsNullOrWhiteSpace(Email.SmtpHost))
        {
            results.Add(new ValidationResult("Notifications:Email:SmtpHost is required when Notifications:Email:Sender is Smtp."));
        }

        // A lease shorter than a whole batch of slow sends would let a second node take messages still being sent.
        var worstBatch = TimeSpan.FromSeconds(Email.SmtpTimeoutSeconds) * Delivery.BatchSize;
        if (Delivery.LeaseDuration <= worstBatch)
        {
            results.Add(new ValidationResult(
                $"Notifications:Delivery:LeaseDuration ({Delivery.LeaseDuration}) must exceed BatchSize × Email:SmtpTimeoutSeconds ({worstBatch})."));
        }

        if (Delivery.MaxRetryDelay < Delivery.FirstRetryDelay)
        {
            results.Add(new ValidationResult("Notifications:Delivery:MaxRetryDelay must not be shorter than FirstRetryDelay."));
        }

        return results;
    }
}

/// <summary>Which e-mail sender this deployment uses.</summary>
internal enum EmailSenderKind
{
    /// <summary>Development and tests: .eml files in <see cref="EmailOptions.PickupFolder"/>, nothing leaves the machine.</summary>
    PickupFolder,

    /// <summary>Production: an SMTP relay.</summary>
    Smtp,
}

/// <summary>Which SMS sender this deployment uses.</summary>
internal enum SmsSenderKind
{
    /// <summary>Development and tests: the message is written to the log with the number masked.</summary>
    Logging,

    /// <summary>The deployment registers its own <see cref="ISmsSender"/> for its gateway.</summary>
    Gateway,
}

internal sealed class EmailOptions
{
    public EmailSenderKind Sender { get; set; } = EmailSenderKind.PickupFolder;

    [Required]
    public string FromAddress { get; set; } = "khong-tra-loi@motcua.local";

    [MaxLength(200)]
    public string? FromName { get; set; }

    /// <summary>Folder of .eml files for <see cref="EmailSenderKind.PickupFolder"/>; relative paths start at the working directory.</summary>
    [Required]
    public string PickupFolder { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUserName { get; set; }

    /// <summary>Supplied by the environment or a secret store, never in appsettings.json.</summary>
    public string? SmtpPassword { get; set; }

    [Range(1, 300)]
    public int SmtpTimeoutSeconds { get; set; } = 20;
}

internal sealed class SmsOptions
{
    public SmsSenderKind Sender { get; set; } = SmsSenderKind.Logging;
}

internal sealed class DeliveryOptions
{
    /// <summary>The delivery job's slot length: how often pending messages are picked up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many messages one claim takes; a run keeps claiming batches until nothing is due.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 10;

    /// <summary>How long a claim keeps other nodes away from the claimed messages.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with every further failure (plus up to 20 % jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);
}
