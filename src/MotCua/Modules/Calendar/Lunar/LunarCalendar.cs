namespace MotCua.Modules.Calendar.Lunar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
/// <param name="Day">Ngày âm lịch, 1–30.</param>
/// <param name="Month">Tháng âm lịch, 1–12.</param>
/// <param name="Year">The solar year in which this lunar year begins (năm âm lịch).</param>
/// <param name="IsLeapMonth">True in a leap month (tháng nhuận).</param>
internal readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth)
{
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The can-chi name of the lunar year, e.g. "Bính Ngọ" for 2026.</summary>
    public string YearName => Stems[(Year + 6) % 10] + " " + Branches[(Year + 8) % 12];

    public override string ToString() => $"{Day}/{Month}{(IsLeapMonth ? " (nhuận)" : "")}/{Year}";
}

/// <summary>
/// The Vietnamese lunar calendar after Hồ Ngọc Đức's method: astronomical new moons and solar longitudes (Jean Meeus,
/// Astronomical Algorithms) evaluated at the meridian of UTC+7. Deliberately not <see cref="System.Globalization.ChineseLunisolarCalendar"/>:
/// China computes at UTC+8 and the two calendars differ in some years (Tết 1985: 21/1 in Viet Nam, 20/2 in China).
/// </summary>
internal static class LunarCalendar
{
    /// <summary>The first supported solar year.</summary>
    public const int MinYear = 1900;

    /// <summary>The last supported solar year.</summary>
    public const int MaxYear = 2199;

    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;

    // Julian day of the new moon of 1 January 1900 (k = 0 in the lunation count below).
    private const double Epoch = 2415021.076998695;
    private const int JulianDayOfDayNumberZero = 1721426;
    private const double Radians = Math.PI / 180;

    /// <summary>Converts a solar (Gregorian) date to the lunar date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - Epoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);

        // The mean-lunation estimate of k can be one too high when a true new moon falls far from the mean one.
        while (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k--);
        }

        var a11 = Month11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11(date.Year + 1);
        }

        var day = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var leap = false;
        var month = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                month = diff + 10;
                leap = diff == leapOffset;
            }
        }

        if (month > 12)
        {
            month -= 12;
        }

        if (month >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(day, month, lunarYear, leap);
    }

    /// <summary>Converts a lunar date to the solar date, or null when it does not exist (e.g. a leap month that year has not).</summary>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        if (lunar.Day is < 1 or > 30 || lunar.Month is < 1 or > 12)
        {
            return null;
        }

        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = Month11(lunar.Year - 1);
            b11 = Month11(lunar.Year);
        }
        else
        {
            a11 = Month11(lunar.Year);
            b11 = Month11(lunar.Year + 1);
        }

        var k = (int)Math.Floor(0.5 + ((a11 - Epoch) / SynodicMonth));
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }

            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }

            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }

        var monthStart = NewMoonDay(k + offset);
        var nextMonthStart = NewMoonDay(k + offset + 1);
        if (lunar.Day > nextMonthStart - monthStart)
        {
            return null;
        }

        return DateOnly.FromDayNumber(monthStart + lunar.Day - 1 - JulianDayOfDayNumberZero);
    }

    /// <summary>Mùng 1 Tết (1 tháng Giêng) of the lunar year that begins in the given solar year.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(1, 1, year, false))!.Value;

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    // Day (Julian day number, local to UTC+7) of the k-th new moon after the 1900 epoch.
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZone / 24));

    // Meeus chapter 49, truncated to the terms Hồ Ngọc Đức keeps, with his ΔT approximation.
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Radians);
        var m = (359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3)) * Radians;
        var mPrime = (306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3)) * Radians;
        var f = (21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3)) * Radians;
        var c = ((0.1734 - (0.000393 * t)) * Math.Sin(m)) + (0.0021 * Math.Sin(2 * m));
        c = c - (0.4068 * Math.Sin(mPrime)) + (0.0161 * Math.Sin(2 * mPrime));
        c -= 0.0004 * Math.Sin(3 * mPrime);
        c = c + (0.0104 * Math.Sin(2 * f)) - (0.0051 * Math.Sin(m + mPrime));
        c = c - (0.0074 * Math.Sin(m - mPrime)) + (0.0004 * Math.Sin((2 * f) + m));
        c = c - (0.0004 * Math.Sin((2 * f) - m)) - (0.0006 * Math.Sin((2 * f) + mPrime));
        c = c + (0.0010 * Math.Sin((2 * f) - mPrime)) + (0.0005 * Math.Sin((2 * mPrime) + m));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd + c - deltaT;
    }

    // Apparent solar longitude (radians, 0..2π) at a Julian day.
    private static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = (357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2)) * Radians;
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000290 * Math.Sin(3 * m));
        var l = (l0 + dl) * Radians;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    // Which of the 12 solar terms' 30° sectors the sun is in at the start of a local day (0 = spring equinox sector).
    private static int SunSector(int dayNumber) => (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (TimeZone / 24)) / Math.PI * 6);

    // Start of lunar month 11 (the month containing the winter solstice) of a solar year.
    private static int Month11(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    // The leap month is the first month after month 11 that contains no major solar term (trung khí).
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor(((a11 - Epoch) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
