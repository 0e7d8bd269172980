using MotCua.Common.Time;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Rollups;

namespace MotCua.UnitTests.Metrics.Rollups;

/// <summary>
/// The roll-ups' half-month buckets (ADR-061): local Vietnam midnights on the 1st and on the day after the statutory cut-off
/// are the boundaries, every calendar and statutory period is a union of buckets, and an instant's representative answers
/// each comparison with a boundary as the instant itself does — on the boundary, a tick either side, across the year's end.
/// </summary>
public sealed class HalfMonthBucketsTests
{
    private static readonly HalfMonthBuckets Buckets = new(14);

    private static DateTime Local(int year, int month, int day, int hour = 0) =>
        VietnamTime.ToUtc(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified));

    [Fact]
    public void A_month_splits_at_local_midnight_on_the_1st_and_on_the_15th()
    {
        Buckets.Start(Local(2027, 1, 14, 23)).ShouldBe(Local(2027, 1, 1));
        Buckets.Start(Local(2027, 1, 15)).ShouldBe(Local(2027, 1, 15));
        Buckets.Next(Local(2027, 1, 15)).ShouldBe(Local(2027, 2, 1));
        // 00:30 on 1 January in Hà Nội is still 31 December in UTC: the local day decides.
        Buckets.Start(Local(2027, 1, 1).AddMinutes(30)).ShouldBe(Local(2027, 1, 1));
        Buckets.Start(Local(2027, 1, 1).AddTicks(-1)).ShouldBe(Local(2026, 12, 15));
        Buckets.Next(Local(2026, 12, 15)).ShouldBe(Local(2027, 1, 1));
        Buckets.IsBoundary(Local(2027, 1, 15)).ShouldBeTrue();
        Buckets.IsBoundary(Local(2027, 1, 15).AddTicks(1)).ShouldBeFalse();
        Buckets.IsBoundary(Local(2027, 1, 10)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(nameof(PeriodKind.Month), 2027, 2, true)]
    [InlineData(nameof(PeriodKind.Quarter), 2027, 1, true)]
    [InlineData(nameof(PeriodKind.HalfYear), 2026, 2, true)]
    [InlineData(nameof(PeriodKind.Year), 2026, 0, true)]
    [InlineData(nameof(PeriodKind.Month), 2027, 2, false)]
    [InlineData(nameof(PeriodKind.Quarter), 2027, 1, false)]
    [InlineData(nameof(PeriodKind.Year), 2027, 0, false)]
    public void Calendar_and_statutory_periods_start_and_end_on_bucket_boundaries(string kind, int year, int number, bool statutory)
    {
        var period = ReportPeriods.Of(Enum.Parse<PeriodKind>(kind), year, number, statutory ? PeriodCalendar.Statutory(14) : PeriodCalendar.Calendar);

        Buckets.IsBoundary(period.StartUtc).ShouldBeTrue();
        Buckets.IsBoundary(period.EndUtc).ShouldBeTrue();
    }

    [Fact]
    public void A_custom_range_off_the_boundaries_is_not_on_them()
    {
        var period = ReportPeriods.Custom(new DateOnly(2026, 12, 14), new DateOnly(2027, 2, 5), PeriodCalendar.Calendar);

        Buckets.IsBoundary(period.StartUtc).ShouldBeFalse();
        Buckets.IsBoundary(period.EndUtc).ShouldBeFalse();
    }

    [Fact]
    public void A_half_open_representative_answers_before_and_from_a_boundary_as_the_instant_does()
    {
        var boundary = Local(2027, 1, 1);
        foreach (var instant in new[] { boundary.AddTicks(-1), boundary, boundary.AddTicks(1), Local(2026, 12, 20, 9), Local(2027, 1, 14, 23) })
        {
            var kept = Buckets.HalfOpen(instant)!.Value;
            foreach (var at in new[] { Local(2026, 12, 15), boundary, Local(2027, 1, 15), Local(2027, 2, 1) })
            {
                (kept < at).ShouldBe(instant < at, $"{instant:o} < {at:o}");
                (kept >= at).ShouldBe(instant >= at, $"{instant:o} >= {at:o}");
            }
        }

        Buckets.HalfOpen(null).ShouldBeNull();
    }

    [Fact]
    public void A_supplement_asked_exactly_on_a_boundary_is_not_after_it_and_one_a_tick_later_is()
    {
        var boundary = Local(2027, 1, 15);
        foreach (var instant in new[] { boundary.AddTicks(-1), boundary, boundary.AddTicks(1), Local(2027, 1, 20, 10), Local(2027, 2, 1) })
        {
            var kept = Buckets.ClosedRight(instant)!.Value;
            // What PostgreSQL keeps of it: whole microseconds.
            var stored = new DateTime(kept.Ticks - (kept.Ticks % 10), kept.Kind);
            foreach (var at in new[] { Local(2027, 1, 1), boundary, Local(2027, 2, 1), Local(2027, 2, 15) })
            {
                (kept > at).ShouldBe(instant > at, $"{instant:o} > {at:o}");
                (stored > at).ShouldBe(instant > at, $"{instant:o} > {at:o}, stored in microseconds");
            }
        }

        Buckets.ClosedRight(boundary)!.Value.ShouldBeLessThanOrEqualTo(boundary);
        Buckets.ClosedRight(null).ShouldBeNull();
    }

    [Fact]
    public void Another_cut_off_day_moves_the_second_boundary_of_each_month()
    {
        var buckets = new HalfMonthBuckets(20);

        buckets.Start(Local(2027, 3, 20, 12)).ShouldBe(Local(2027, 3, 1));
        buckets.Start(Local(2027, 3, 21)).ShouldBe(Local(2027, 3, 21));
        buckets.IsBoundary(ReportPeriods.Of(PeriodKind.Quarter, 2027, 2, PeriodCalendar.Statutory(20)).StartUtc).ShouldBeTrue();
    }

    [Fact]
    public void A_stand_in_outside_the_open_span_is_kept_at_its_nearer_end_and_one_inside_is_unchanged()
    {
        var received = Local(2027, 1, 1);
        var ended = Local(2027, 2, 1);

        HalfMonthBuckets.KeepWithin(Local(2026, 12, 15), received, ended).ShouldBe(received);
        HalfMonthBuckets.KeepWithin(Local(2027, 2, 15), received, ended).ShouldBe(ended);
        HalfMonthBuckets.KeepWithin(Local(2027, 1, 15), received, ended).ShouldBe(Local(2027, 1, 15));
        HalfMonthBuckets.KeepWithin(received, received, ended).ShouldBe(received);
        HalfMonthBuckets.KeepWithin(ended, received, ended).ShouldBe(ended);
        HalfMonthBuckets.KeepWithin(Local(2030, 1, 1), received, DateTime.MaxValue).ShouldBe(Local(2030, 1, 1));
        HalfMonthBuckets.KeepWithin(null, received, ended).ShouldBeNull();
    }
}
