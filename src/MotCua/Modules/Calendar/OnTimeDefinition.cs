using MotCua.Common.Time;

namespace MotCua.Modules.Calendar;

/// <summary>
/// At what granularity "equal to the time allowed" (đúng hạn) is read; each module that classifies configures it (the
/// dossiers: <c>Dossiers:Time:OnTimeGranularity</c>).
/// </summary>
internal enum OnTimeGranularity
{
    /// <summary>
    /// The unit the time allowed is counted in (default): a limit in working hours is met exactly in its last working
    /// hour, any other limit on the due date itself; earlier is trước hạn.
    /// </summary>
    DeadlineUnit,

    /// <summary>Always the due date: ended on the due date at or before the due instant is đúng hạn, on an earlier date trước hạn.</summary>
    WorkingDay,

    /// <summary>The instant, to the minute: only a step or dossier ended in the due minute is đúng hạn, any earlier minute trước hạn.</summary>
    Instant,
}

/// <summary>How one time limit is compared: the unit its time allowed is counted in and the configured granularity.</summary>
internal readonly record struct OnTimeRule(DeadlineUnit Unit, OnTimeGranularity Granularity);

/// <summary>
/// The one definition of early / on time / late against a time limit on a business calendar: for the dossier (both notions),
/// every step, and any other limit counted in working time.
/// </summary>
internal static class OnTimeDefinition
{
    /// <summary>Classifies an end against a due instant under <paramref name="rule"/>.</summary>
    public static OnTimeClass Classify(BusinessCalendar calendar, DateTimeOffset end, DateTimeOffset due, OnTimeRule rule)
    {
        ArgumentNullException.ThrowIfNull(calendar);

        // TT 01/2018/TT-VPCP Điều 13 khoản 1–2: ngắn hơn / bằng / dài hơn thời gian cho phép → trước hạn / đúng hạn / quá hạn (ADR-028).
        if (end > due)
        {
            return OnTimeClass.Late;
        }

        var equal = Effective(rule) switch
        {
            OnTimeGranularity.Instant => Minute(end) == Minute(due),
            OnTimeGranularity.DeadlineUnit => calendar.WorkingTimeBetween(end, due).Duration < TimeSpan.FromHours(1),
            _ => VietnamTime.LocalDate(end) == VietnamTime.LocalDate(due),
        };
        return equal ? OnTimeClass.OnTime : OnTimeClass.Early;
    }

    /// <summary>
    /// <see cref="OnTimeGranularity.DeadlineUnit"/> resolves to the working hour for limits in hours and to the due date
    /// otherwise; the result is <see cref="OnTimeGranularity.DeadlineUnit"/> only for the working-hour reading.
    /// </summary>
    private static OnTimeGranularity Effective(OnTimeRule rule) =>
        rule.Granularity == OnTimeGranularity.DeadlineUnit && rule.Unit != DeadlineUnit.WorkingHours ? OnTimeGranularity.WorkingDay : rule.Granularity;

    private static long Minute(DateTimeOffset instant) => instant.UtcTicks / TimeSpan.TicksPerMinute;
}
