using System.Globalization;
using System.Text;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>A dossier's computed due date (ngày hẹn trả kết quả) with the Vietnamese explanation printed on the receipt.</summary>
/// <param name="ReceivedAt">The receipt instant (UTC).</param>
/// <param name="EffectiveStart">When the clock starts (UTC).</param>
/// <param name="Due">The due instant (UTC).</param>
/// <param name="Adjustment">Why the start moved from the receipt instant.</param>
/// <param name="Time">The procedure's processing time.</param>
/// <param name="SkippedDays">The days off (and worked rest days) from the receipt date to the due date.</param>
/// <param name="Explanation">How the due date was reached, in Vietnamese.</param>
internal sealed record DossierDueDate(
    DateTimeOffset ReceivedAt,
    DateTimeOffset EffectiveStart,
    DateTimeOffset Due,
    StartAdjustment Adjustment,
    ProcessingTime Time,
    IReadOnlyList<CalendarDay> SkippedDays,
    string Explanation);

/// <summary>Whether the procedure's cut-off moves the start for this dossier, and the rule the receipt then quotes (ADR-032).</summary>
internal sealed record CutOffScope(bool Applies, string Source)
{
    /// <summary>
    /// The scope of a dossier received through <paramref name="channel"/> under the procedure's <paramref name="time"/>:
    /// the procedure's own rule first (channels and source, each when set), then the agency-wide <paramref name="policy"/>.
    /// </summary>
    public static CutOffScope For(DossierTimePolicy policy, SubmissionChannel channel, ProcessingTime time)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);

        // ADR-032: specialised law (e.g. NĐ 23/2015 on chứng thực) published with the procedure prevails over the province's one-stop regulation.
        var applies = time.CutOffChannels is { } own ? own.HasFlag(channel.InCatalog()) : policy.CutOffApplies(channel);
        return new CutOffScope(applies, time.CutOffSource ?? policy.CutOffSource);
    }
}

/// <summary>The legal due date of a dossier (thời hạn giải quyết, ngày hẹn trả kết quả).</summary>
internal static class DueDates
{
    /// <summary>
    /// The due date for a dossier received at <paramref name="receivedAt"/> under <paramref name="time"/>: working days or
    /// hours in working time, calendar days to the closing of the last day, immediate = the closing of the start day; the
    /// procedure's cut-off moves a late receipt to the next working day (docs/glossary.md, Calendar and Dossiers).
    /// </summary>
    /// <param name="cutOff">Whether the cut-off applies and its source (ADR-032); null = it applies, no source quoted.</param>
    public static DossierDueDate Compute(BusinessCalendar calendar, DateTimeOffset receivedAt, ProcessingTime time, CutOffScope? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(time);

        // The start after the cut-off is the configured rule's (province regulation or specialised law), not NĐ 61/2018 Điều 18's forwarding rule (ADR-032).
        var due = calendar.ComputeDue(receivedAt, time.Amount, time.Unit, cutOff is { Applies: false } ? null : time.CutOff);
        var skipped = due.SkippedDays(calendar);
        return new DossierDueDate(
            receivedAt.ToUniversalTime(),
            due.EffectiveStart.ToUniversalTime(),
            due.Due.ToUniversalTime(),
            due.Adjustment,
            time,
            skipped,
            Explain(due, time, skipped, cutOff?.Source));
    }

    private static string Explain(DueDate due, ProcessingTime time, IReadOnlyList<CalendarDay> skipped, string? cutOffSource)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Tiếp nhận lúc {WorkingTimeMath.Show(due.ReceivedAt)}");
        var cutoff = time.CutOff.ToString("HH:mm", CultureInfo.InvariantCulture);
        text.Append(due.Adjustment switch
        {
            StartAdjustment.BeforeOpening => ", trước giờ làm việc",
            StartAdjustment.Break => ", trong giờ nghỉ trưa",
            StartAdjustment.AfterCutoff when cutOffSource is not null => $", sau {cutoff} nên tính từ ngày làm việc tiếp theo (theo {cutOffSource})",
            StartAdjustment.AfterCutoff => $", sau {cutoff} nên tính từ ngày làm việc tiếp theo",
            StartAdjustment.AfterClosing => ", sau giờ làm việc nên tính từ ngày làm việc tiếp theo",
            StartAdjustment.DayOff => ", vào ngày nghỉ nên tính từ ngày làm việc tiếp theo",
            _ => string.Empty,
        });
        text.Append(CultureInfo.InvariantCulture, $"; bắt đầu tính thời hạn từ {WorkingTimeMath.Show(due.EffectiveStart)}. ");
        text.Append(time.Unit switch
        {
            DeadlineUnit.WorkingDays => $"Thời hạn giải quyết: {time.Amount} ngày làm việc.",
            DeadlineUnit.WorkingHours => $"Thời hạn giải quyết: {time.Amount} giờ làm việc.",
            DeadlineUnit.CalendarDays => $"Thời hạn giải quyết: {time.Amount} ngày.",
            _ => "Giải quyết trong ngày.",
        });
        var named = skipped.Where(d => d.IsSpecial).ToList();
        if (named.Count > 0)
        {
            text.Append(" Không tính: ");
            text.AppendJoin("; ", named.Select(d => $"{WorkingTimeMath.Show(d.Date)} ({d.Name ?? KindName(d.Kind)})"));
            text.Append('.');
        }

        text.Append(CultureInfo.InvariantCulture, $" Hẹn trả kết quả: {WorkingTimeMath.Show(due.Due)}.");
        return text.ToString();
    }

    private static string KindName(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "nghỉ lễ, Tết",
        CalendarDayKind.Compensatory => "nghỉ bù",
        CalendarDayKind.SwapOff => "nghỉ hoán đổi",
        CalendarDayKind.SwappedWorking => "làm bù",
        _ => "ngày nghỉ hằng tuần",
    };
}
