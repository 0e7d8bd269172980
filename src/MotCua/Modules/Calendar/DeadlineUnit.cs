namespace MotCua.Modules.Calendar;

/// <summary>
/// The unit of a published processing time (DVCQG <c>DonViTinh</c>): working days, working hours, calendar days,
/// or immediate (giải quyết ngay trong ngày).
/// </summary>
internal enum DeadlineUnit
{
    /// <summary>Ngày làm việc.</summary>
    WorkingDays,

    /// <summary>Giờ làm việc.</summary>
    WorkingHours,

    /// <summary>Ngày (calendar days).</summary>
    CalendarDays,

    /// <summary>Trong ngày / ngay khi nhận đủ hồ sơ.</summary>
    Immediate,
}
