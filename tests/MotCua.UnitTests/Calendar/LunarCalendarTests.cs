using MotCua.Modules.Calendar.Lunar;

namespace MotCua.UnitTests.Calendar;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(1968, 1, 29)]
    [InlineData(1985, 1, 21)]
    [InlineData(2007, 2, 17)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    [InlineData(2028, 1, 26)]
    [InlineData(2029, 2, 13)]
    [InlineData(2030, 2, 2)]
    [InlineData(1965, 2, 1)]
    [InlineData(1969, 2, 16)]
    [InlineData(2053, 2, 18)]
    public void Tet_falls_on_the_Vietnamese_date_computed_at_UTC_plus_7(int year, int month, int day)
    {
        LunarCalendar.NewYear(year).ShouldBe(new DateOnly(year, month, day));
        LunarCalendar.FromSolar(new DateOnly(year, month, day)).ShouldBe(new LunarDate(1, 1, year, false));
    }

    [Theory]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    [InlineData(2027, 4, 16)]
    [InlineData(2028, 4, 4)]
    [InlineData(2029, 4, 23)]
    [InlineData(2030, 4, 12)]
    public void Hung_Kings_day_10_3_lunar_falls_on_the_published_solar_date(int year, int month, int day) =>
        LunarCalendar.ToSolar(new LunarDate(10, 3, year, false)).ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void Tet_1985_differs_by_a_month_from_the_Chinese_calendar()
    {
        var chinese = new System.Globalization.ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(1985, 1, 1, 0, 0, 0, 0));

        LunarCalendar.NewYear(1985).ShouldBe(new DateOnly(1985, 1, 21));
        chineseNewYear.ShouldBe(new DateOnly(1985, 2, 20));
    }

    [Fact]
    public void The_leap_month_of_2023_is_a_second_month_2()
    {
        // 2023 (Quý Mão) had tháng 2 nhuận starting 22/3/2023.
        LunarCalendar.FromSolar(new DateOnly(2023, 3, 22)).ShouldBe(new LunarDate(1, 2, 2023, true));
        LunarCalendar.ToSolar(new LunarDate(1, 2, 2023, true)).ShouldBe(new DateOnly(2023, 3, 22));
        LunarCalendar.ToSolar(new LunarDate(1, 3, 2023, true)).ShouldBeNull();
    }

    [Fact]
    public void Every_day_from_1900_to_2199_converts_to_lunar_and_back()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(1900, 1, 1));
        for (var day = new DateOnly(1900, 1, 2).DayNumber; day <= new DateOnly(2199, 12, 31).DayNumber; day++)
        {
            var date = DateOnly.FromDayNumber(day);
            var lunar = LunarCalendar.FromSolar(date);

            LunarCalendar.ToSolar(lunar).ShouldBe(date);
            (lunar.Day == previous.Day + 1 || (lunar.Day == 1 && previous.Day is 29 or 30)).ShouldBeTrue($"{date}: {previous} → {lunar}");
            previous = lunar;
        }
    }

    [Fact]
    public void Year_2026_is_named_Binh_Ngo() => LunarCalendar.FromSolar(new DateOnly(2026, 2, 17)).YearName.ShouldBe("Bính Ngọ");
}
