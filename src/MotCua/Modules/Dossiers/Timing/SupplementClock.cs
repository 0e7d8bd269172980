using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>One supplement request during processing: when it was requested and when the full dossier came back (null = still waiting).</summary>
internal readonly record struct SupplementInterval(DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>True while the applicant has not completed the supplement.</summary>
    public bool IsPending => CompletedAt is null;
}

/// <summary>The legal due date after a supplement requested during processing has been completed.</summary>
internal static class SupplementClock
{
    /// <summary>
    /// The new due date once the supplement <paramref name="supplement"/> is completed: with
    /// <see cref="SupplementClockMode.Restart"/> the full processing time from the completion (computed as a receipt,
    /// with the cut-off); with <see cref="SupplementClockMode.Pause"/> the current due date plus the working time spent
    /// waiting (request → completion).
    /// </summary>
    /// <param name="cutOff">The dossier's cut-off scope, as at its receipt (<see cref="DueDates.Compute"/>).</param>
    public static DateTimeOffset NewDueDate(
        BusinessCalendar calendar, ProcessingTime time, DateTimeOffset currentDue, SupplementInterval supplement, SupplementClockMode mode, CutOffScope? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(time);
        if (supplement.CompletedAt is not { } completedAt)
        {
            throw new ArgumentException("The supplement has not been completed yet.", nameof(supplement));
        }

        if (completedAt < supplement.RequestedAt)
        {
            throw new ArgumentException("A supplement cannot be completed before it was requested.", nameof(supplement));
        }

        return mode switch
        {
            // NĐ 61/2018 Điều 19 khoản 4: "thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ".
            SupplementClockMode.Restart => DueDates.Compute(calendar, completedAt, time, cutOff).Due,

            // Bộ chỉ số 766 (DVCQG), chỉ số 2.1: the time between request and completion does not count.
            SupplementClockMode.Pause => calendar.AddWorkingTime(currentDue, calendar.WorkingTimeBetween(supplement.RequestedAt, completedAt).Duration).ToUniversalTime(),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }
}
