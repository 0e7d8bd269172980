using MotCua.Common.Time;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar;

/// <summary>How the clock start was moved from the receipt instant (see docs/glossary.md, Calendar).</summary>
internal enum StartAdjustment
{
    /// <summary>Received during working time: the clock starts at once.</summary>
    None,

    /// <summary>Received before the day's opening: the clock starts at the opening.</summary>
    BeforeOpening,

    /// <summary>Received during a break (lunch): the clock starts when the next session opens.</summary>
    Break,

    /// <summary>Received after the cut-off (15:00 by default): the clock starts at the next working day's opening.</summary>
    AfterCutoff,

    /// <summary>Received after closing: the clock starts at the next working day's opening.</summary>
    AfterClosing,

    /// <summary>Received on a day off: the clock starts at the next working day's opening.</summary>
    DayOff,
}

/// <summary>A date or instant outside the supported years 1900–2199.</summary>
internal sealed class CalendarRangeException(string message) : ArgumentOutOfRangeException(null, message);

/// <summary>
/// A business calendar value: the statutory holidays, the yearly exceptions and one working schedule, combined once.
/// Every method is a pure function of the value (no I/O, no clock). Years are tabulated lazily, each with prefix counts
/// of working days, so adding working days costs O(1) per year crossed instead of a loop over days (ADR-003).
/// Instants are interpreted in Viet Nam's local time (<see cref="VietnamTime"/>).
/// </summary>
internal sealed class BusinessCalendar
{
    /// <summary>The default cut-off: a dossier received after 15:00 is counted from the next working day.</summary>
    public static readonly TimeOnly DefaultCutoff = new(15, 0);

    private readonly YearTable?[] _years = new YearTable?[LunarCalendar.MaxYear - LunarCalendar.MinYear + 1];
    private readonly Dictionary<int, CalendarExceptionDay[]> _exceptionsByYear;
    private readonly bool[] _workingWeekday = new bool[7];
    private readonly long[] _sessionStart;
    private readonly long[] _sessionEnd;
    private readonly long _dayLength;
    private readonly long _opening;
    private readonly long _closing;
    private YearTable? _lastTable;

    public BusinessCalendar(WorkingSchedule schedule, IEnumerable<CalendarExceptionDay> exceptions)
    {
        Schedule = schedule;
        _exceptionsByYear = exceptions.GroupBy(e => e.Date.Year).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var day in schedule.WorkingDays)
        {
            _workingWeekday[(int)day] = true;
        }

        _sessionStart = schedule.Sessions.Select(s => s.Start.Ticks).ToArray();
        _sessionEnd = schedule.Sessions.Select(s => s.End.Ticks).ToArray();
        _dayLength = schedule.DayLength.Ticks;
        _opening = _sessionStart[0];
        _closing = _sessionEnd[^1];
    }

    public WorkingSchedule Schedule { get; }

    /// <summary>The exception days (days off, worked rest days) the calendar was built with, on top of its statutory rules.</summary>
    public IEnumerable<CalendarExceptionDay> Exceptions => _exceptionsByYear.Values.SelectMany(days => days);

    /// <summary>True when the year can be computed (1900–2199).</summary>
    public static bool IsSupportedYear(int year) => year is >= LunarCalendar.MinYear and <= LunarCalendar.MaxYear;

    /// <summary>Every day of a year with its status.</summary>
    public ReadOnlySpan<CalendarDay> Year(int year) => Table(year).Days;

    /// <summary>The status of one day.</summary>
    public CalendarDay Day(DateOnly date)
    {
        var table = Table(date.Year);
        return table.Days[date.DayNumber - table.FirstDayNumber];
    }

    public bool IsWorkingDay(DateOnly date) => Day(date).IsWorking;

    /// <summary>The instant (UTC+7) at which the clock starts for something received at <paramref name="receivedAt"/>.</summary>
    public (DateTimeOffset Start, StartAdjustment Adjustment) EffectiveStart(DateTimeOffset receivedAt, TimeOnly? cutoff)
    {
        var (local, adjustment) = EffectiveStartLocal(VietnamTime.ToLocal(receivedAt), cutoff);
        return (new DateTimeOffset(local, VietnamTime.Offset), adjustment);
    }

    /// <summary>
    /// The due instant of a deadline of <paramref name="amount"/> <paramref name="unit"/> for something received at
    /// <paramref name="receivedAt"/>, with a cut-off (null = none). See docs/glossary.md for the exact definition.
    /// </summary>
    public DueDate ComputeDue(DateTimeOffset receivedAt, int amount, DeadlineUnit unit, TimeOnly? cutoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var adjustment = EffectiveStartOf(receivedAt.UtcTicks + VietnamTime.OffsetTicks, cutoff, out var table, out var startDay, out var time);
        var due = unit switch
        {
            DeadlineUnit.WorkingDays => AddWorkingDayTicks(table, startDay, time, amount),
            DeadlineUnit.WorkingHours => AddWorkingTicks(table, startDay, time, amount * TimeSpan.TicksPerHour),
            DeadlineUnit.CalendarDays => ClosingTicks(NextWorkingDayNumber(startDay + amount)),
            DeadlineUnit.Immediate => ClosingTicks(startDay),
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
        return new DueDate(receivedAt, ((long)startDay * TimeSpan.TicksPerDay) + time, due, adjustment, amount, unit, cutoff);
    }

    /// <summary>Adds N working days (N × the working-day length of working time) after the effective start.</summary>
    public DueDate AddWorkingDays(DateTimeOffset receivedAt, int days, TimeOnly? cutoff) => ComputeDue(receivedAt, days, DeadlineUnit.WorkingDays, cutoff);

    /// <summary>Adds N working hours after the effective start.</summary>
    public DueDate AddWorkingHours(DateTimeOffset receivedAt, int hours, TimeOnly? cutoff) => ComputeDue(receivedAt, hours, DeadlineUnit.WorkingHours, cutoff);

    /// <summary>
    /// Working time elapsed between two instants (negative when <paramref name="to"/> is earlier), with no cut-off: the
    /// measure used to compare the time a dossier took with the time allowed.
    /// </summary>
    public WorkingTimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var a = VietnamTime.ToLocal(from);
        var b = VietnamTime.ToLocal(to);
        var sign = 1;
        if (b < a)
        {
            (a, b) = (b, a);
            sign = -1;
        }

        var dayA = DateOnly.FromDateTime(a).DayNumber;
        var dayB = DateOnly.FromDateTime(b).DayNumber;
        var ticks = (WorkingDaysBetween(dayA, dayB) * _dayLength)
            + WorkedInDay(dayB, b.TimeOfDay.Ticks) - WorkedInDay(dayA, a.TimeOfDay.Ticks);
        return new WorkingTimeSpan(TimeSpan.FromTicks(sign * ticks), _dayLength, DateOnly.FromDayNumber(dayA), DateOnly.FromDayNumber(dayB));
    }

    /// <summary>The days off and worked rest days from <paramref name="first"/> to <paramref name="last"/> inclusive: the explanation of a computation.</summary>
    public IReadOnlyList<CalendarDay> NonOrdinaryDays(DateOnly first, DateOnly last)
    {
        var result = new List<CalendarDay>();
        for (var year = first.Year; year <= last.Year; year++)
        {
            var table = Table(year);
            var from = year == first.Year ? first.DayNumber - table.FirstDayNumber : 0;
            var to = year == last.Year ? last.DayNumber - table.FirstDayNumber : table.Days.Length - 1;
            for (var i = from; i <= to; i++)
            {
                if (table.Days[i].Kind != CalendarDayKind.Working)
                {
                    result.Add(table.Days[i]);
                }
            }
        }

        return result;
    }

    /// <summary>The first working day on or after a date.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => DateOnly.FromDayNumber(NextWorkingDayNumber(date.DayNumber));

    /// <summary>The <paramref name="count"/>-th working day before <paramref name="date"/> (count ≥ 1), or the date itself for 0.</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int count)
    {
        var day = date;
        for (var found = 0; found < count;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day))
            {
                found++;
            }
        }

        return day;
    }

    /// <summary>
    /// The earliest instant at which <paramref name="amount"/> of working time has elapsed after <paramref name="from"/>
    /// (no cut-off), shown like due instants are shown: a landing on the end of a non-final session is shown as the next
    /// session's opening, a landing on the closing as the closing. A zero amount returns <paramref name="from"/>.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
        {
            return from;
        }

        // Whole hours are added directly; a binary search on the monotone "working time since from" finds the exact
        // instant for any amount (about 50 cheap evaluations).
        var wholeHours = (int)Math.Ceiling(amount.TotalHours);
        var low = from.UtcTicks;
        var high = AddWorkingHours(from, wholeHours, null).Due.UtcTicks;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (WorkingTimeBetween(from, new DateTimeOffset(middle, TimeSpan.Zero)).Duration >= amount)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        var local = new DateTimeOffset(low, TimeSpan.Zero).ToOffset(VietnamTime.Offset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var sessions = Schedule.Sessions;
        for (var i = 0; i < sessions.Count - 1; i++)
        {
            if (time == sessions[i].End)
            {
                return new DateTimeOffset(local.Date + sessions[i + 1].Start.ToTimeSpan(), VietnamTime.Offset).ToUniversalTime();
            }
        }

        return local.ToUniversalTime();
    }

    private (DateTime Start, StartAdjustment Adjustment) EffectiveStartLocal(DateTime local, TimeOnly? cutoff)
    {
        var adjustment = EffectiveStartOf(local.Ticks, cutoff, out _, out var day, out var time);
        return (new DateTime(((long)day * TimeSpan.TicksPerDay) + time), adjustment);
    }

    // Local instants are handled as a day number and ticks since midnight (one division on the hot path of ComputeDue).
    // The start always lands inside working time; `table` is the year table of `day`, handed on to save a lookup.
    private StartAdjustment EffectiveStartOf(long local, TimeOnly? cutoff, out YearTable table, out int day, out long time)
    {
        day = (int)(local / TimeSpan.TicksPerDay);
        time = local - ((long)day * TimeSpan.TicksPerDay);
        table = TableOf(day);
        StartAdjustment adjustment;
        if (!table.IsWorking(day - table.FirstDayNumber))
        {
            adjustment = StartAdjustment.DayOff;
        }
        else if (time >= _closing)
        {
            adjustment = StartAdjustment.AfterClosing;
        }
        else if (cutoff is { } c && time > c.Ticks)
        {
            // The caller's cut-off rule (specialised law or the province's one-stop regulation, ADR-032): counted from the next working day.
            adjustment = StartAdjustment.AfterCutoff;
        }
        else if (time < _opening)
        {
            time = _opening;
            return StartAdjustment.BeforeOpening;
        }
        else
        {
            // Before the closing, so either inside a session or in the break before the next one.
            for (var i = 0; i < _sessionStart.Length - 1; i++)
            {
                if (time < _sessionEnd[i])
                {
                    return StartAdjustment.None;
                }

                if (time < _sessionStart[i + 1])
                {
                    time = _sessionStart[i + 1];
                    return StartAdjustment.Break;
                }
            }

            return StartAdjustment.None;
        }

        day = NextWorkingDayNumber(day + 1);
        table = TableOf(day);
        time = _opening;
        return adjustment;
    }

    // N whole working days after a start inside working time land at the same clock time N working days later, except
    // a start at the opening: N × L then ends at the closing of the (N-1)-th working day after it.
    private long AddWorkingDayTicks(YearTable table, int day, long time, int days)
    {
        if (time == _opening && days > 0)
        {
            // Landing exactly on a closing time shows that closing time, not the next day's opening.
            return ((long)AddWorkingDaysToDay(table, day, days - 1) * TimeSpan.TicksPerDay) + _closing;
        }

        return ((long)AddWorkingDaysToDay(table, day, days) * TimeSpan.TicksPerDay) + time;
    }

    // The start must be inside working time (as EffectiveStartOf returns it).
    private long AddWorkingTicks(YearTable table, int dayNumber, long time, long ticks)
    {
        var target = WorkedUntil(time) + ticks;
        var days = target / _dayLength;
        var remainder = target % _dayLength;
        if (remainder == 0 && days > 0)
        {
            // Landing exactly on a closing time shows that closing time, not the next day's opening.
            days--;
            remainder = _dayLength;
        }

        return ((long)AddWorkingDaysToDay(table, dayNumber, days) * TimeSpan.TicksPerDay) + TimeAtWorked(remainder);
    }

    // The clock time at which `worked` ticks of the day's working time have elapsed; a boundary between sessions shows
    // the next session's opening (same date), only the end of the day shows the closing time.
    private long TimeAtWorked(long worked)
    {
        for (var i = 0; i < _sessionStart.Length; i++)
        {
            var length = _sessionEnd[i] - _sessionStart[i];
            if (worked < length || i == _sessionStart.Length - 1)
            {
                return _sessionStart[i] + worked;
            }

            worked -= length;
        }

        return _sessionEnd[^1];
    }

    private long WorkedInDay(int dayNumber, long time)
    {
        var table = TableOf(dayNumber);
        return table.IsWorking(dayNumber - table.FirstDayNumber) ? WorkedUntil(time) : 0;
    }

    // Working time of a working day elapsed at a clock time.
    private long WorkedUntil(long time)
    {
        long worked = 0;
        for (var i = 0; i < _sessionStart.Length; i++)
        {
            worked += Math.Clamp(time - _sessionStart[i], 0, _sessionEnd[i] - _sessionStart[i]);
        }

        return worked;
    }

    // Working days in [dayA, dayB), dayA <= dayB: prefix counts of the two years plus the whole years between them.
    private long WorkingDaysBetween(int dayA, int dayB)
    {
        var a = TableOf(dayA);
        var b = TableOf(dayB);
        long count = b.RankBefore[dayB - b.FirstDayNumber] - a.RankBefore[dayA - a.FirstDayNumber];
        for (var year = a.Year; year < b.Year; year++)
        {
            count += Table(year).WorkingCount;
        }

        return count;
    }

    private int AddWorkingDaysToDay(YearTable table, int dayNumber, long days)
    {
        var rank = table.RankBefore[dayNumber - table.FirstDayNumber] + days;
        while (rank >= table.WorkingCount)
        {
            rank -= table.WorkingCount;
            table = Table(table.Year + 1);
        }

        return table.FirstDayNumber + table.WorkingIndex[rank];
    }

    private int NextWorkingDayNumber(int dayNumber)
    {
        var table = TableOf(dayNumber);
        var rank = table.RankBefore[dayNumber - table.FirstDayNumber];
        while (rank >= table.WorkingCount)
        {
            rank = 0;
            table = Table(table.Year + 1);
        }

        return table.FirstDayNumber + table.WorkingIndex[rank];
    }

    private long OpeningTicks(int dayNumber) => ((long)dayNumber * TimeSpan.TicksPerDay) + _sessionStart[0];

    private long ClosingTicks(int dayNumber) => ((long)dayNumber * TimeSpan.TicksPerDay) + _sessionEnd[^1];

    private YearTable TableOf(int dayNumber)
    {
        // Most lookups fall in the year of the previous one; tables are immutable, so a stale read is still correct.
        var last = _lastTable;
        if (last is not null && (uint)(dayNumber - last.FirstDayNumber) < (uint)last.Days.Length)
        {
            return last;
        }

        var table = Table(DateOnly.FromDayNumber(dayNumber).Year);
        _lastTable = table;
        return table;
    }

    private YearTable Table(int year)
    {
        if (!IsSupportedYear(year))
        {
            throw new CalendarRangeException($"Year {year} is outside {LunarCalendar.MinYear}–{LunarCalendar.MaxYear}.");
        }

        var table = Volatile.Read(ref _years[year - LunarCalendar.MinYear]);
        if (table is null)
        {
            // Building is deterministic, so a race only wastes work; the first published table wins.
            Interlocked.CompareExchange(ref _years[year - LunarCalendar.MinYear], BuildYear(year), null);
            table = Volatile.Read(ref _years[year - LunarCalendar.MinYear])!;
        }

        return table;
    }

    private YearTable BuildYear(int year)
    {
        var exceptions = _exceptionsByYear.GetValueOrDefault(year) ?? [];
        var first = new DateOnly(year, 1, 1).DayNumber;
        var length = DateTime.IsLeapYear(year) ? 366 : 365;
        var days = new CalendarDay[length];
        for (var i = 0; i < length; i++)
        {
            var date = DateOnly.FromDayNumber(first + i);
            days[i] = new CalendarDay(date, _workingWeekday[(int)date.DayOfWeek] ? CalendarDayKind.Working : CalendarDayKind.WeeklyRest, null, null);
        }

        var holidays = StatutoryHolidays.For(
                year,
                exceptions.Where(e => e.Kind == CalendarExceptionKind.TetDay).Select(e => new StatutoryHoliday(e.Date, e.Name, e.LegalReference)).ToArray(),
                exceptions.Where(e => e.Kind == CalendarExceptionKind.NationalDayAdjacent).Select(e => new StatutoryHoliday(e.Date, e.Name, e.LegalReference)).ToArray())
            .Concat(exceptions.Where(e => e.Kind == CalendarExceptionKind.Holiday).Select(e => new StatutoryHoliday(e.Date, e.Name, e.LegalReference)))
            .OrderBy(h => h.Date)
            .ToArray();
        foreach (var holiday in holidays.Where(h => h.Date.Year == year))
        {
            days[holiday.Date.DayNumber - first] = new CalendarDay(holiday.Date, CalendarDayKind.Holiday, holiday.Name, holiday.LegalReference);
        }

        foreach (var holiday in holidays.Where(h => h.Date.Year == year && !_workingWeekday[(int)h.Date.DayOfWeek]))
        {
            // BLLĐ 2019 Điều 111 khoản 3: a holiday that falls on the weekly rest day is compensated on the next working day.
            var i = holiday.Date.DayNumber - first + 1;
            while (i < length && days[i].Kind != CalendarDayKind.Working)
            {
                i++;
            }

            if (i < length)
            {
                days[i] = days[i] with { Kind = CalendarDayKind.Compensatory, Name = "Nghỉ bù " + holiday.Name, LegalReference = "BLLĐ 2019 Điều 111 khoản 3" };
            }
        }

        foreach (var e in exceptions.Where(e => e.Kind is CalendarExceptionKind.Compensatory or CalendarExceptionKind.SwapOff))
        {
            var kind = e.Kind == CalendarExceptionKind.Compensatory ? CalendarDayKind.Compensatory : CalendarDayKind.SwapOff;
            days[e.Date.DayNumber - first] = new CalendarDay(e.Date, kind, e.Name, e.LegalReference);
        }

        foreach (var e in exceptions.Where(e => e.Kind == CalendarExceptionKind.SwapWork))
        {
            days[e.Date.DayNumber - first] = new CalendarDay(e.Date, CalendarDayKind.SwappedWorking, e.Name, e.LegalReference);
        }

        return new YearTable(year, first, days);
    }

    private sealed class YearTable
    {
        public YearTable(int year, int firstDayNumber, CalendarDay[] days)
        {
            Year = year;
            FirstDayNumber = firstDayNumber;
            Days = days;
            RankBefore = new short[days.Length + 1];
            var working = new List<short>(days.Length);
            for (var i = 0; i < days.Length; i++)
            {
                RankBefore[i] = (short)working.Count;
                if (days[i].IsWorking)
                {
                    working.Add((short)i);
                }
            }

            RankBefore[days.Length] = (short)working.Count;
            WorkingIndex = working.ToArray();
        }

        public int Year { get; }

        public int FirstDayNumber { get; }

        public CalendarDay[] Days { get; }

        // RankBefore[i] = working days in the year before day i; WorkingIndex[k] = day index of the k-th working day.
        public short[] RankBefore { get; }

        public short[] WorkingIndex { get; }

        public int WorkingCount => WorkingIndex.Length;

        public bool IsWorking(int index) => RankBefore[index + 1] != RankBefore[index];
    }
}

/// <summary>The result of a due-date computation; instants are built and the explanation produced only on demand.</summary>
internal readonly struct DueDate(
    DateTimeOffset receivedAt, long effectiveStartLocalTicks, long dueLocalTicks, StartAdjustment adjustment, int amount, DeadlineUnit unit, TimeOnly? cutoff)
{
    // Kept as ticks (-1 = none) so that the value stays small to copy.
    private readonly long _cutoffTicks = cutoff is { } c ? c.Ticks : -1;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>When the clock starts (UTC+7).</summary>
    public DateTimeOffset EffectiveStart => new(effectiveStartLocalTicks, VietnamTime.Offset);

    /// <summary>The due instant (UTC+7).</summary>
    public DateTimeOffset Due => new(dueLocalTicks, VietnamTime.Offset);

    public StartAdjustment Adjustment { get; } = adjustment;

    public int Amount { get; } = amount;

    public DeadlineUnit Unit { get; } = unit;

    public TimeOnly? Cutoff => _cutoffTicks < 0 ? null : new TimeOnly(_cutoffTicks);

    /// <summary>The days off (and worked rest days) between the receipt date and the due date: why the due date is where it is.</summary>
    public IReadOnlyList<CalendarDay> SkippedDays(BusinessCalendar calendar) =>
        calendar.NonOrdinaryDays(VietnamTime.LocalDate(ReceivedAt), DateOnly.FromDayNumber((int)(dueLocalTicks / TimeSpan.TicksPerDay)));
}

/// <summary>Working time elapsed between two instants, with the working-day length used to express it in days.</summary>
internal readonly record struct WorkingTimeSpan(TimeSpan Duration, long DayLengthTicks, DateOnly FirstDate, DateOnly LastDate)
{
    /// <summary>The elapsed working time in working days (fractional).</summary>
    public double WorkingDays => (double)Duration.Ticks / DayLengthTicks;

    /// <summary>The days off between the two instants.</summary>
    public IReadOnlyList<CalendarDay> SkippedDays(BusinessCalendar calendar) => calendar.NonOrdinaryDays(FirstDate, LastDate);
}
