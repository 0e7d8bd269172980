using Microsoft.Extensions.Options;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>How the legal due date moves after a supplement requested during processing is completed.</summary>
internal enum SupplementClockMode
{
    /// <summary>The full processing time counts again from the completed dossier (NĐ 61/2018 Điều 19 khoản 4: thời hạn tính lại từ đầu).</summary>
    Restart,

    /// <summary>The due date moves by the working time spent waiting (the DVCQG statistic's pause).</summary>
    Pause,
}

/// <summary>
/// The configurable time rules of the dossier lifecycle (configuration section <c>Dossiers:Time</c>). Every default is
/// the Regime A text (NĐ 61/2018); Regime B (NĐ 118/2025) has no published figure for them, so a province sets its own.
/// See docs/glossary.md ("Dossiers: time rules") and ADR-013.
/// </summary>
internal sealed record DossierTimePolicy
{
    /// <summary>The configuration section the policy is bound from.</summary>
    public const string SectionName = "Dossiers:Time";

    /// <summary>The defaults (every value documented on its property).</summary>
    public static DossierTimePolicy Default { get; } = new();

    /// <summary>
    /// A supplement may be requested during processing only within this many working days of receipt
    /// (default 3: NĐ 61/2018 Điều 19 khoản 4 "trong thời hạn không quá 03 ngày làm việc kể từ ngày tiếp nhận").
    /// </summary>
    public int SupplementWindowWorkingDays { get; init; } = 3;

    /// <summary>
    /// How many supplement requests a dossier may receive during processing (default 1: NĐ 61/2018 Điều 15 and 17,
    /// "hướng dẫn bổ sung một lần đầy đủ, chính xác"; the DVCQG statistic counts a second request as late).
    /// </summary>
    public int MaxSupplementRequests { get; init; } = 1;

    /// <summary>
    /// How the legal due date shown to the applicant moves after a completed supplement (default
    /// <see cref="SupplementClockMode.Restart"/>: NĐ 61/2018 Điều 19 khoản 4). The national on-time statistic always
    /// pauses, whatever this says (<see cref="OnTimeStatistic"/>).
    /// </summary>
    public SupplementClockMode SupplementClock { get; init; } = SupplementClockMode.Restart;

    /// <summary>
    /// An extension (xin lỗi, hẹn lại ngày trả) must be asked for at least this many working days before the due date
    /// (default 1: NĐ 61/2018 Điều 19 khoản 9 "chậm nhất 01 ngày trước ngày hết hạn").
    /// </summary>
    public int ExtensionNoticeWorkingDays { get; init; } = 1;

    /// <summary>How many times the return date may be rescheduled (default 1: NĐ 61/2018 Điều 19 khoản 9 "không quá một lần").</summary>
    public int MaxExtensions { get; init; } = 1;

    /// <summary>
    /// At what granularity a dossier or a step counts as đúng hạn rather than trước hạn (default
    /// <see cref="OnTimeGranularity.DeadlineUnit"/>: TT 01/2018/TT-VPCP Điều 13 compares with "thời gian cho phép", read in
    /// the unit that time is counted in; ADR-028).
    /// </summary>
    public OnTimeGranularity OnTimeGranularity { get; init; } = OnTimeGranularity.DeadlineUnit;

    /// <summary>A dossier is "sắp đến hạn" when at most this much working time is left (default 8 hours = one working day; no legal source).</summary>
    public int DueSoonWorkingHours { get; init; } = 8;

    /// <summary>
    /// The channels whose dossiers, received after the procedure's cut-off (15:00 by default), count from the next working
    /// day (default: the counter and the post, i.e. paper). NĐ 61/2018 Điều 18 khoản 2–3 only makes such a paper dossier
    /// be forwarded the next working day; the later start of the time limit comes from specialised law or the province's
    /// one-stop regulation, hence a setting (ADR-032). Online dossiers start when accepted. Null means the default: the
    /// configuration binder appends to an array that has a value, so the default lives in <see cref="PaperChannels"/>.
    /// </summary>
    public SubmissionChannel[]? CutOffChannels { get; init; }

    /// <summary>The default <see cref="CutOffChannels"/>: the counter and the post.</summary>
    public static IReadOnlyList<SubmissionChannel> PaperChannels { get; } = [SubmissionChannel.Direct, SubmissionChannel.Postal];

    /// <summary>The rule the receipt quotes when the cut-off moved the start (ADR-032); set it to the province's decision.</summary>
    public string CutOffSource { get; init; } = DefaultCutOffSource;

    /// <summary>The default <see cref="CutOffSource"/>.</summary>
    public const string DefaultCutOffSource = "Quy chế tổ chức và hoạt động của Bộ phận Một cửa của tỉnh";

    /// <summary>Whether the cut-off moves the start of the time limit for a dossier received through <paramref name="channel"/>.</summary>
    public bool CutOffApplies(SubmissionChannel channel) => (CutOffChannels ?? PaperChannels).Contains(channel);

    /// <summary>The configuration errors, in English for the operator; empty when the policy is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Range(errors, nameof(SupplementWindowWorkingDays), SupplementWindowWorkingDays, 0, 60);
        Range(errors, nameof(MaxSupplementRequests), MaxSupplementRequests, 1, 10);
        Range(errors, nameof(ExtensionNoticeWorkingDays), ExtensionNoticeWorkingDays, 0, 30);
        Range(errors, nameof(MaxExtensions), MaxExtensions, 0, 10);
        Range(errors, nameof(DueSoonWorkingHours), DueSoonWorkingHours, 0, 1000);
        if (CutOffChannels is { } channels && (channels.Length == 0 || channels.Any(c => !Enum.IsDefined(c)) || channels.Distinct().Count() != channels.Length))
        {
            errors.Add($"{SectionName}:{nameof(CutOffChannels)} must list distinct channels among Direct, Online and Postal.");
        }

        if (string.IsNullOrWhiteSpace(CutOffSource) || CutOffSource.Length > 300)
        {
            errors.Add($"{SectionName}:{nameof(CutOffSource)} must name the rule the receipt quotes (1 to 300 characters).");
        }

        if (!Enum.IsDefined(SupplementClock))
        {
            errors.Add($"{SectionName}:{nameof(SupplementClock)} must be Restart or Pause.");
        }

        if (!Enum.IsDefined(OnTimeGranularity))
        {
            errors.Add($"{SectionName}:{nameof(OnTimeGranularity)} must be DeadlineUnit, WorkingDay or Instant.");
        }

        return errors;
    }

    private static void Range(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{SectionName}:{name} must be between {min} and {max} (was {value}).");
        }
    }
}

/// <summary>Refuses to start with time rules outside their legal ranges, naming each bad setting.</summary>
internal sealed class DossierTimePolicyValidation : IValidateOptions<DossierTimePolicy>
{
    public ValidateOptionsResult Validate(string? name, DossierTimePolicy options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
