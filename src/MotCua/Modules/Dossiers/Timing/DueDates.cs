using System.Globalization;
using System.Text;
using MotCua.Common.Localization;
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

    // The explanation is kept on the dossier (its record): written in Vietnamese whatever the reader's language.
    private static string Explain(DueDate due, ProcessingTime time, IReadOnlyList<CalendarDay> skipped, string? cutOffSource) => RecordLanguage.Write(() =>
    {
        var text = new StringBuilder(T("Due_ReceivedAt", TimeDisplay.Show(due.ReceivedAt)));
        var cutoff = time.CutOff.ToString("HH:mm", CultureInfo.InvariantCulture);
        text.Append(due.Adjustment switch
        {
            StartAdjustment.BeforeOpening => T("Due_BeforeOpening"),
            StartAdjustment.Break => T("Due_Break"),
            StartAdjustment.AfterCutoff when cutOffSource is not null => T("Due_AfterCutoffBySource", cutoff, cutOffSource),
            StartAdjustment.AfterCutoff => T("Due_AfterCutoff", cutoff),
            StartAdjustment.AfterClosing => T("Due_AfterClosing"),
            StartAdjustment.DayOff => T("Due_DayOff"),
            _ => string.Empty,
        });
        text.Append(T("Due_StartsAt", TimeDisplay.Show(due.EffectiveStart)));
        text.Append(time.Unit switch
        {
            DeadlineUnit.WorkingDays => T("Due_WorkingDays", time.Amount),
            DeadlineUnit.WorkingHours => T("Due_WorkingHours", time.Amount),
            DeadlineUnit.CalendarDays => T("Due_CalendarDays", time.Amount),
            _ => T("Due_SameDay"),
        });
        var named = skipped.Where(d => d.IsSpecial).ToList();
        if (named.Count > 0)
        {
            var days = named.Select(d => TimeDisplay.Show(d.Date) + " (" + (d.Name ?? T("Due_Day_" + KindKey(d.Kind))) + ")");
            text.Append(T("Due_NotCounted", string.Join("; ", days)));
        }

        text.Append(T("Due_Appointment", TimeDisplay.Show(due.Due)));
        return text.ToString();
    });

    private static string T(string name, params object?[] arguments) => ResourceText.Get<ProcessingText>(name, arguments);

    private static string KindKey(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday or CalendarDayKind.Compensatory or CalendarDayKind.SwapOff or CalendarDayKind.SwappedWorking => kind.ToString(),
        _ => "WeeklyRest",
    };
}
