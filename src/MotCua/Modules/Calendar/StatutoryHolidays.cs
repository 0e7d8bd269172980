using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar;

/// <summary>
/// The public holidays of Bộ luật Lao động 2019 Điều 112 for one year. The current rules are applied to every year
/// 1900–2199; earlier versions of the labour code are not modelled.
/// </summary>
internal static class StatutoryHolidays
{
    public const string NewYearName = "Tết Dương lịch";
    public const string TetName = "Tết Nguyên đán";
    public const string HungKingsName = "Giỗ Tổ Hùng Vương";
    public const string ReunificationName = "Ngày Chiến thắng";
    public const string LabourDayName = "Ngày Quốc tế Lao động";
    public const string NationalDayName = "Quốc khánh";

    /// <summary>
    /// The holidays of <paramref name="year"/>. <paramref name="tetDays"/> and <paramref name="nationalDayAdjacent"/> are
    /// the days the Prime Minister fixed, when recorded; otherwise the documented defaults apply.
    /// </summary>
    public static IReadOnlyList<StatutoryHoliday> For(int year, IReadOnlyCollection<StatutoryHoliday> tetDays, IReadOnlyCollection<StatutoryHoliday> nationalDayAdjacent)
    {
        var holidays = new List<StatutoryHoliday>
        {
            // BLLĐ 2019 Điều 112 khoản 1 điểm a: Tết Dương lịch, 01 ngày (01/01 dương lịch).
            new(new DateOnly(year, 1, 1), NewYearName, "BLLĐ 2019 Điều 112 khoản 1 điểm a"),

            // BLLĐ 2019 Điều 112 khoản 1 điểm c: Ngày Chiến thắng, 01 ngày (30/4 dương lịch).
            new(new DateOnly(year, 4, 30), ReunificationName, "BLLĐ 2019 Điều 112 khoản 1 điểm c"),

            // BLLĐ 2019 Điều 112 khoản 1 điểm d: Ngày Quốc tế lao động, 01 ngày (01/5 dương lịch).
            new(new DateOnly(year, 5, 1), LabourDayName, "BLLĐ 2019 Điều 112 khoản 1 điểm d"),

            // BLLĐ 2019 Điều 112 khoản 1 điểm đ: Quốc khánh, 02/9 dương lịch và 01 ngày liền kề trước hoặc sau.
            new(new DateOnly(year, 9, 2), NationalDayName, "BLLĐ 2019 Điều 112 khoản 1 điểm đ"),
        };

        // BLLĐ 2019 Điều 112 khoản 1 điểm đ + khoản 3: the adjacent day is fixed yearly by the Prime Minister; default 1/9.
        holidays.AddRange(nationalDayAdjacent.Count > 0
            ? nationalDayAdjacent
            : [new StatutoryHoliday(new DateOnly(year, 9, 1), NationalDayName, "BLLĐ 2019 Điều 112 khoản 1 điểm đ, khoản 3")]);

        // BLLĐ 2019 Điều 112 khoản 1 điểm e: Giỗ Tổ Hùng Vương, 01 ngày (10/3 âm lịch).
        var hungKings = LunarCalendar.ToSolar(new LunarDate(10, 3, year, false))!.Value;
        holidays.Add(new(hungKings, HungKingsName, "BLLĐ 2019 Điều 112 khoản 1 điểm e"));

        // BLLĐ 2019 Điều 112 khoản 1 điểm b + khoản 3: Tết Âm lịch, 05 ngày fixed by the Prime Minister; default: last day of the lunar year and mùng 1–4.
        holidays.AddRange(tetDays.Count > 0
            ? tetDays
            : DefaultTetDays(year).Select(d => new StatutoryHoliday(d, TetDayName(d), "BLLĐ 2019 Điều 112 khoản 1 điểm b, khoản 3")));

        return holidays.OrderBy(h => h.Date).ToArray();
    }

    /// <summary>"Tết Nguyên đán (mùng 1)", or "(30 tháng Chạp)" for the last day of the lunar year.</summary>
    public static string TetDayName(DateOnly date)
    {
        var lunar = LunarCalendar.FromSolar(date);
        return lunar.Month == 1 ? $"{TetName} (mùng {lunar.Day})" : $"{TetName} ({lunar.Day} tháng Chạp)";
    }

    /// <summary>The default five Tết days: the last day of the old lunar year (tất niên) and mùng 1 to mùng 4.</summary>
    public static IReadOnlyList<DateOnly> DefaultTetDays(int year)
    {
        var newYear = LunarCalendar.NewYear(year);
        return [newYear.AddDays(-1), newYear, newYear.AddDays(1), newYear.AddDays(2), newYear.AddDays(3)];
    }
}
