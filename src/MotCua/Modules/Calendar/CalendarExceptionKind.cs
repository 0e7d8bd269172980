namespace MotCua.Modules.Calendar;

/// <summary>What a yearly calendar exception (ngoại lệ lịch làm việc) does to its date.</summary>
internal enum CalendarExceptionKind
{
    /// <summary>An extra public holiday (ngày nghỉ lễ); compensated like the statutory ones when it falls on a rest day.</summary>
    Holiday,

    /// <summary>Nghỉ bù: a day off compensating a holiday that fell on a weekly rest day.</summary>
    Compensatory,

    /// <summary>Nghỉ hoán đổi: a working day taken off in exchange for a worked rest day.</summary>
    SwapOff,

    /// <summary>Làm bù: a weekly rest day (usually a Saturday) that is worked; overrides every other rule.</summary>
    SwapWork,

    /// <summary>One of the five Tết Nguyên đán days fixed by the Prime Minister; when a year has any, they replace the default five.</summary>
    TetDay,

    /// <summary>The day next to 2/9 fixed by the Prime Minister; when a year has one, it replaces the default 1/9.</summary>
    NationalDayAdjacent,
}
