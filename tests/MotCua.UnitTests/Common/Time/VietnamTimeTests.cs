using System.Globalization;
using MotCua.Common.Time;
using MotCua.Testing;

namespace MotCua.UnitTests.Common.Time;

/// <summary>Viet Nam's local time is UTC+7 all year, on both sides of every conversion.</summary>
public sealed class VietnamTimeTests
{
    [Fact]
    public void The_local_date_turns_at_17_00_UTC()
    {
        VietnamTime.LocalDate(new DateTime(2026, 12, 6, 17, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(2026, 12, 7));
        VietnamTime.LocalDate(new DateTime(2026, 12, 6, 16, 59, 59, DateTimeKind.Utc)).ShouldBe(new DateOnly(2026, 12, 6));
        VietnamTime.LocalDate(new DateTimeOffset(2026, 12, 6, 16, 59, 59, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 12, 6));
    }

    [Fact]
    public void Today_is_the_date_on_a_wall_clock_in_Viet_Nam()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));

        VietnamTime.Today(clock).ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void Summer_and_winter_instants_have_the_same_offset()
    {
        VietnamTime.ToLocal(new DateTimeOffset(2026, 1, 15, 1, 0, 0, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 1, 15, 8, 0, 0));
        VietnamTime.ToLocal(new DateTimeOffset(2026, 7, 15, 1, 0, 0, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 7, 15, 8, 0, 0));
    }

    [Fact]
    public void A_stored_instant_is_read_as_UTC_whatever_its_kind()
    {
        var local = new DateTime(2026, 3, 2, 9, 15, 0);

        VietnamTime.UtcToLocal(new DateTime(2026, 3, 2, 2, 15, 0, DateTimeKind.Utc)).ShouldBe(local);
        VietnamTime.UtcToLocal(new DateTime(2026, 3, 2, 2, 15, 0, DateTimeKind.Unspecified)).ShouldBe(local);
        VietnamTime.UtcToLocal(new DateTime(2026, 3, 2, 2, 15, 0, DateTimeKind.Utc)).Kind.ShouldBe(DateTimeKind.Unspecified);
    }

    [Fact]
    public void A_local_time_converts_back_to_the_instant_it_names()
    {
        var utc = VietnamTime.ToUtc(new DateTime(2026, 3, 2, 9, 15, 0));

        utc.Kind.ShouldBe(DateTimeKind.Utc);
        utc.ShouldBe(new DateTime(2026, 3, 2, 2, 15, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(2026, 12, 31, "2026-12-30T17:00:00Z", "2026-12-31T17:00:00Z")]
    [InlineData(2027, 1, 1, "2026-12-31T17:00:00Z", "2027-01-01T17:00:00Z")]
    public void A_local_day_runs_from_its_midnight_to_the_next_in_Viet_Nam(int year, int month, int day, string start, string end)
    {
        var date = new DateOnly(year, month, day);

        VietnamTime.StartOfLocalDayUtc(date).Kind.ShouldBe(DateTimeKind.Utc);
        VietnamTime.StartOfLocalDayUtc(date).ShouldBe(Utc(start));
        VietnamTime.EndOfLocalDayUtc(date).Kind.ShouldBe(DateTimeKind.Utc);
        VietnamTime.EndOfLocalDayUtc(date).ShouldBe(Utc(end));
    }

    [Fact]
    public void Instants_are_shown_in_local_time()
    {
        var utc = new DateTime(2026, 2, 13, 9, 10, 0, DateTimeKind.Utc);

        VietnamTime.Format(utc).ShouldBe("16:10 13/02/2026");
        VietnamTime.Format(utc, "dd/MM/yyyy HH:mm").ShouldBe("13/02/2026 16:10");
        VietnamTime.Format(new DateTimeOffset(utc), "HH:mm 'ngày' dd/MM/yyyy").ShouldBe("16:10 ngày 13/02/2026");
    }

    private static DateTime Utc(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
