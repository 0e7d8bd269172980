using System.ComponentModel.DataAnnotations;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback;

/// <summary>Settings of the Feedback module (configuration section <c>Feedback</c>, docs/operations.md); validated at start.</summary>
internal sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>
    /// The agency (mã cơ quan) that receives PAKN sent through the portal and other sources without an agency of their
    /// own: the province's receiver (NĐ 20/2008 Điều 8). Empty: the first province-level agency.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9._-]{0,50}$", ErrorMessage = "Feedback:IntakeAgencyCode must be an agency code.")]
    public string? IntakeAgencyCode { get; set; }

    /// <summary>Submissions one client address may make through the portal without an account in 10 minutes.</summary>
    [Range(1, 100_000, ErrorMessage = "Feedback:SubmissionsPer10Minutes must be between 1 and 100000.")]
    public int SubmissionsPer10Minutes { get; set; } = 5;

    /// <summary>Tracking lookups with the check digits (/tra-cuu-pakn, posted) one client address may make in 10 minutes.</summary>
    [Range(1, 100_000, ErrorMessage = "Feedback:TrackingChecksPer10Minutes must be between 1 and 100000.")]
    public int TrackingChecksPer10Minutes { get; set; } = 60;

    /// <summary>Working days after the answer within which the sender may reopen it once ([U]; ADR-046 §3).</summary>
    [Range(1, 365, ErrorMessage = "Feedback:ReopenWindowDays must be between 1 and 365.")]
    public int ReopenWindowDays { get; set; } = 10;

    /// <summary>How often the job <c>feedback.remind</c> looks for deadlines due soon or overdue (once per interval across all nodes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Feedback:ReminderInterval must be between 1 minute and 1 day.")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    public FeedbackIntakeOptions Intake { get; set; } = new();

    public FeedbackAttachmentOptions Attachments { get; set; } = new();

    public FeedbackDeadlineOptions Deadlines { get; set; } = new();

    public Open311Options Open311 { get; set; } = new();
}

/// <summary>What a submission must contain (section <c>Feedback:Intake</c>).</summary>
internal sealed class FeedbackIntakeOptions
{
    /// <summary>The longest content accepted, in characters.</summary>
    [Range(100, 100_000, ErrorMessage = "Feedback:Intake:MaxContentLength must be between 100 and 100000.")]
    public int MaxContentLength { get; set; } = 8000;

    /// <summary>
    /// False (default): at least one of phone, e-mail or address, as the national portal asks. True: name, address and
    /// phone together, the reading of NĐ 20/2008 Điều 7 (the regimes differ; ADR-046 §1).
    /// </summary>
    public bool RequireFullContact { get; set; }
}

/// <summary>Files attached to a PAKN (section <c>Feedback:Attachments</c>).</summary>
internal sealed class FeedbackAttachmentOptions
{
    /// <summary>The key of the module's file store (<see cref="Common.Files.FileStores"/>).</summary>
    public const string StoreKey = "Feedback";

    /// <summary>The folder that holds the files; a relative path starts at the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Feedback:Attachments:Path must name a folder.")]
    public string Path { get; set; } = "data/feedback";

    [Range(0, 20, ErrorMessage = "Feedback:Attachments:MaxCount must be between 0 and 20.")]
    public int MaxCount { get; set; } = 5;

    [Range(1d, 100d * 1024 * 1024, ErrorMessage = "Feedback:Attachments:MaxBytes must be between 1 and 104857600 (100 MB).")]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public double MaxMegabytes => MaxBytes / (1024d * 1024);
}

/// <summary>
/// Time limits in working days on the calendar of the agency holding the PAKN (section <c>Feedback:Deadlines</c>); the
/// defaults are the national portal's, read through the 766 formula of indicator 5.2 [V2] (ADR-046 §4).
/// </summary>
internal sealed class FeedbackDeadlineOptions
{
    /// <summary>Refuse within 2 working days of the start (Cổng DVCQG, 766 5.2).</summary>
    [Range(1, 60, ErrorMessage = "Feedback:Deadlines:RefuseWithinDays must be between 1 and 60.")]
    public int RefuseWithinDays { get; set; } = 2;

    /// <summary>The first request to clarify within 5 working days of the start (Cổng DVCQG, 766 5.2).</summary>
    [Range(1, 60, ErrorMessage = "Feedback:Deadlines:FirstClarificationWithinDays must be between 1 and 60.")]
    public int FirstClarificationWithinDays { get; set; } = 5;

    /// <summary>Processed (answer approved) within 15 working days of the start (Cổng DVCQG, 766 5.2; some provinces set 10).</summary>
    [Range(1, 120, ErrorMessage = "Feedback:Deadlines:ProcessWithinDays must be between 1 and 120.")]
    public int ProcessWithinDays { get; set; } = 15;

    /// <summary>Published within 2 working days of the approval (Cổng DVCQG, 766 5.2).</summary>
    [Range(1, 60, ErrorMessage = "Feedback:Deadlines:PublishWithinDays must be between 1 and 60.")]
    public int PublishWithinDays { get; set; } = 2;

    /// <summary>Forwarded to the competent body within 5 working days (NĐ 20/2008 Điều 9).</summary>
    [Range(1, 60, ErrorMessage = "Feedback:Deadlines:TransferOutWithinDays must be between 1 and 60.")]
    public int TransferOutWithinDays { get; set; } = 5;

    /// <summary>What the sender's reply to a clarification request does to the processing time ([U]; default: starts it again).</summary>
    public ClarificationClock ClarificationClock { get; set; } = ClarificationClock.Restart;

    /// <summary>Reminders go to the holder this many working days before the due day (and every run after it).</summary>
    [Range(0, 30, ErrorMessage = "Feedback:Deadlines:RemindBeforeDays must be between 0 and 30.")]
    public int RemindBeforeDays { get; set; } = 1;

    /// <summary>The early / on-time boundary (ADR-028), as for dossiers.</summary>
    public OnTimeGranularity OnTimeGranularity { get; set; } = OnTimeGranularity.DeadlineUnit;
}

/// <summary>What the sender's reply to a request to clarify does to the processing deadline.</summary>
internal enum ClarificationClock
{
    /// <summary>A new processing round of the full length starts at the reply.</summary>
    Restart,

    /// <summary>The working time left when the request was made runs on from the reply.</summary>
    Pause,
}

/// <summary>The Open311 GeoReport v2 endpoint (section <c>Feedback:Open311</c>).</summary>
internal sealed class Open311Options
{
    /// <summary>The <c>contact</c> of the discovery document.</summary>
    [MaxLength(300, ErrorMessage = "Feedback:Open311:Contact must be at most 300 characters.")]
    public string Contact { get; set; } = "";

    /// <summary>The one <c>jurisdiction_id</c> accepted; empty: any value is refused, none is needed.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{0,100}$", ErrorMessage = "Feedback:Open311:JurisdictionId must be letters, digits, '.', '_' or '-'.")]
    public string JurisdictionId { get; set; } = "";

    /// <summary>The most requests one GET returns.</summary>
    [Range(1, 10_000, ErrorMessage = "Feedback:Open311:MaxRequests must be between 1 and 10000.")]
    public int MaxRequests { get; set; } = 1000;
}
