namespace MotCua.Modules.Calendar;

/// <summary>Why a day is, or is not, a working day.</summary>
internal enum CalendarDayKind
{
    /// <summary>An ordinary working day of the agency's working week.</summary>
    Working,

    /// <summary>A weekly rest day that is worked (làm bù).</summary>
    SwappedWorking,

    /// <summary>Ngày nghỉ hằng tuần (Saturday and Sunday by default).</summary>
    WeeklyRest,

    /// <summary>Ngày nghỉ lễ, Tết.</summary>
    Holiday,

    /// <summary>Nghỉ bù.</summary>
    Compensatory,

    /// <summary>Nghỉ hoán đổi.</summary>
    SwapOff,
}

/// <summary>One day of a business calendar with its status and, for named days, the name and legal reference.</summary>
internal readonly record struct CalendarDay(DateOnly Date, CalendarDayKind Kind, string? Name, string? LegalReference)
{
    public bool IsWorking => Kind is CalendarDayKind.Working or CalendarDayKind.SwappedWorking;

    /// <summary>A day off other than the ordinary weekly rest, or a worked rest day: the days a calendar page names.</summary>
    public bool IsSpecial => Kind is not (CalendarDayKind.Working or CalendarDayKind.WeeklyRest);
}

/// <summary>A yearly exception as the pure calendar sees it (the database row without its audit fields and scope).</summary>
internal sealed record CalendarExceptionDay(DateOnly Date, CalendarExceptionKind Kind, string Name, string LegalReference);

/// <summary>A public holiday produced by the statutory rules for one year.</summary>
internal sealed record StatutoryHoliday(DateOnly Date, string Name, string LegalReference);
