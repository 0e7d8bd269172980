using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback.Flow;

/// <summary>The calendar of the agency holding a PAKN and the configured time limits: what every deadline is computed with.</summary>
internal sealed record PetitionClock(BusinessCalendar Calendar, FeedbackDeadlineOptions Limits, int ReopenWindowDays)
{
    /// <summary>The due instant <paramref name="days"/> working days after <paramref name="start"/> (no 15:00 cut-off: that is the dossier desk's rule).</summary>
    public DateTime DueAfter(DateTime start, int days) =>
        Calendar.AddWorkingDays(new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)), days, cutoff: null).Due.UtcDateTime;

    public OnTimeRule Rule => new(DeadlineUnit.WorkingDays, Limits.OnTimeGranularity);

    public OnTimeClass Classify(DateTime end, DateTime due) =>
        OnTimeDefinition.Classify(Calendar, new DateTimeOffset(DateTime.SpecifyKind(end, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)), Rule);
}
