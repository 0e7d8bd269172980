using System.ComponentModel.DataAnnotations;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>Settings of the report obligations (configuration section <c>Reports:Obligations</c>, docs/operations.md); validated at start.</summary>
internal sealed class ObligationsOptions
{
    public const string Section = "Reports:Obligations";

    /// <summary>
    /// Days from the last day of a report period to the day the report is due (included). Applied when an obligation is
    /// generated; obligations already generated keep their due day.
    /// </summary>
    // TT 01/2023/TT-BTP Điều 3 (am. TT 19/2025/TT-BTP) [R]: figures to 14/12, report due 21/12 → 7 days; TT 01/2020/TT-VPCP deadlines [U].
    [Range(0, 90, ErrorMessage = "Reports:Obligations:DueDaysAfterPeriodEnd must be between 0 and 90.")]
    public int DueDaysAfterPeriodEnd { get; set; } = 7;

    /// <summary>The folder of the signed report files the agencies attach; relative to the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Reports:Obligations:FilePath must name a folder.")]
    public string FilePath { get; set; } = "data/report-obligations";

    /// <summary>The largest signed report file accepted (20 MB).</summary>
    [Range(1L, 1024L * 1024 * 1024, ErrorMessage = "Reports:Obligations:FileMaxBytes must be between 1 and 1073741824 (1 GB).")]
    public long FileMaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How many days before the due day the agency's leader and control officers are reminded of a report not yet sent (ADR-060 addendum).</summary>
    [Range(0, 60, ErrorMessage = "Reports:Obligations:RemindDaysBefore must be between 0 and 60.")]
    public int RemindDaysBefore { get; set; } = 3;

    /// <summary>How often the job <c>reports.obligations</c> generates the ended periods' obligations and sends the reminders (once per interval across all nodes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Reports:Obligations:JobInterval must be between 1 minute and 1 day.")]
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromHours(1);
}
