using BenchmarkDotNet.Attributes;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;

namespace MotCua.Benchmarks.Calendar;

/// <summary>
/// Due date of N working days (received Tue 10/02/2026 09:30, so 20 and 60 days cross Tết and 30/4): the prefix-count
/// calendar against a day-by-day loop over the same calendar value (docs/benchmarks.md, Calendar).
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class CalendarDueDateBenchmarks
{
    private readonly BusinessCalendar _calendar = new(WorkingSchedule.Default, PublishedExceptions.All);
    private readonly DateTimeOffset _receivedAt = new(2026, 2, 10, 9, 30, 0, VietnamTime.Offset);

    [Params(5, 20, 60)]
    public int Days { get; set; }

    [GlobalSetup]
    public void TabulateYears()
    {
        // Both methods read the same lazily built year tables; build them before measuring.
        _calendar.ComputeDue(_receivedAt, 400, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff);
    }

    [Benchmark(Baseline = true)]
    public DateTimeOffset NaiveDayByDay()
    {
        var (start, _) = _calendar.EffectiveStart(_receivedAt, BusinessCalendar.DefaultCutoff);
        var atOpening = TimeOnly.FromTimeSpan(start.TimeOfDay) == _calendar.Schedule.Opening;
        var toCount = atOpening && Days > 0 ? Days - 1 : Days;
        var date = DateOnly.FromDateTime(start.DateTime);
        for (var counted = 0; counted < toCount;)
        {
            date = date.AddDays(1);
            if (_calendar.IsWorkingDay(date))
            {
                counted++;
            }
        }

        var time = atOpening && Days > 0 ? _calendar.Schedule.Closing : TimeOnly.FromTimeSpan(start.TimeOfDay);
        return new DateTimeOffset(date.ToDateTime(time), VietnamTime.Offset);
    }

    [Benchmark]
    public DateTimeOffset PrefixCounts() =>
        _calendar.ComputeDue(_receivedAt, Days, DeadlineUnit.WorkingDays, BusinessCalendar.DefaultCutoff).Due;
}
