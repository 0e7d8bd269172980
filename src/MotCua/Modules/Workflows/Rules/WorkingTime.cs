using MotCua.Modules.Calendar;

namespace MotCua.Modules.Workflows.Rules;

/// <summary>
/// Converts allotments and legal processing times to minutes of working time so that hours and days can be added.
/// A working day is as long as the agency's working schedule (8 hours by default); see ADR-010.
/// </summary>
internal static class WorkingTime
{
    /// <summary>Minutes of working time of an allotment given in working hours or working days.</summary>
    public static long Minutes(int amount, DeadlineUnit unit, TimeSpan workingDay) => unit switch
    {
        DeadlineUnit.WorkingHours => amount * 60L,
        DeadlineUnit.WorkingDays => amount * (long)workingDay.TotalMinutes,
        // A calendar day contains at most one working day, so counting it as one is the lenient upper bound.
        DeadlineUnit.CalendarDays => amount * (long)workingDay.TotalMinutes,
        DeadlineUnit.Immediate => (long)workingDay.TotalMinutes,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>True for the units a step may be allotted in.</summary>
    public static bool IsAllotmentUnit(DeadlineUnit unit) => unit is DeadlineUnit.WorkingHours or DeadlineUnit.WorkingDays;
}
