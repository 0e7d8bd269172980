using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;
using MotCua.Modules.Reports.Statistics;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Reports.Statistics;

/// <summary>
/// The statistics table counted from the facts (ADR-053) equals <see cref="StatisticsTable.Count"/> over tallies computed
/// from scratch from the raw dossiers (their end events and the dossier page's legal time status at the period end), on a
/// randomised month of histories — results early and late, supplements pending and completed, extensions, apologies,
/// refusals, withdrawals, stops, returns, dossiers open at the period end and carried over — for both layouts, both
/// groupings, both resolved rules and three periods (statutory and calendar); and the form's identities hold. Some dossiers
/// open at a period end have their supplement completed, or their appointment extended, after it: the table counts them as
/// they stood at the end (ADR-064), which the raw history replayed up to the end confirms; one late at the end of 15–24/12
/// is apologised for after it, and counts there as late without an apology (ADR-066).
/// </summary>
public sealed class StatisticsReconciliationTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const int Dossiers = 18;

    [Fact]
    public async Task The_table_from_the_facts_equals_the_count_from_the_raw_dossiers_on_randomised_histories()
    {
        await ArrangeHistoriesAsync(new Random(20261207));
        await SettleFactsAsync();

        var periods = new[]
        {
            ReportPeriods.Of(PeriodKind.Month, 2027, 1, PeriodCalendar.Statutory(14)),
            ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar),
            ReportPeriods.Custom(new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 24), PeriodCalendar.Calendar),
        };
        var checkedTables = 0;
        var movedAfterTheEnd = 0;
        var apologisedAfterTheEnd = 0;
        foreach (var period in periods)
        {
            foreach (var layout in new[] { StatisticsLayout.Form06a, StatisticsLayout.Detailed })
            {
                foreach (var grouping in new[] { StatisticsGrouping.Field, StatisticsGrouping.Unit })
                {
                    foreach (var rule in Enum.GetValues<ResolvedRule>())
                    {
                        var criteria = new StatisticsCriteria(period, layout, grouping, null, "Toàn tỉnh", null, new StatisticsQuery(null, null, null, null, null, null, null, null));
                        var fromFacts = await FromFactsAsync(criteria, rule);
                        var fromScratch = await FromScratchAsync(criteria, rule);
                        var withTodaysAppointment = await FromScratchAsync(criteria, rule, asTheyStood: false);
                        movedAfterTheEnd += Rows(withTodaysAppointment).SequenceEqual(Rows(fromScratch)) ? 0 : 1;
                        apologisedAfterTheEnd += Rows(await FromScratchAsync(criteria, rule, todaysApologies: true)).SequenceEqual(Rows(fromScratch)) ? 0 : 1;

                        var because = $"{period.Key} {period.CalendarName} {layout.Key} {grouping} {rule}";
                        Rows(fromFacts.Table).ShouldBe(Rows(fromScratch), because);
                        fromFacts.Table.Total.Values.ToArray().ShouldBe(fromScratch.Total.Values.ToArray(), because);
                        StatisticsIdentities.Check(fromFacts.Table).ShouldBeEmpty(because);
                        checkedTables++;
                    }
                }
            }
        }

        checkedTables.ShouldBe(24);
        movedAfterTheEnd.ShouldBeGreaterThan(0, "a table read with today's appointments and supplements differs from the one as they stood");
        apologisedAfterTheEnd.ShouldBeGreaterThan(0, "a table read with today's apologies differs from the one as they stood");
        var statutory = await FromFactsAsync(new StatisticsCriteria(periods[0], StatisticsLayout.Form06a, StatisticsGrouping.Field, null, "", null,
            new StatisticsQuery(null, null, null, null, null, null, null, null)), ResolvedRule.EndStatuses);
        var total = statutory.Table.Total;
        total[6].ShouldBeGreaterThan(0, "dossiers received before 15/12 and open then are carried over");
        total[7].ShouldBeGreaterThan(0);
        total[11].ShouldBeGreaterThan(0);
    }

    /// <summary>Receives <see cref="Dossiers"/> licence dossiers on random working days from Mon 07/12/2026 and takes each through a history, in time order.</summary>
    private async Task ArrangeHistoriesAsync(Random random)
    {
        var days = WorkingDays(new DateOnly(2026, 12, 7), 24);
        var ids = new Guid[Dossiers];
        var events = new List<(int Day, int Hour, int Order, Func<Task> Act)>();
        for (var i = 0; i < Dossiers; i++)
        {
            var n = i;
            var received = i < 9 ? random.Next(0, 6) : random.Next(0, 12);
            // A supplement is asked within 3 working days of reception (NĐ 61/2018 Điều 19), an extension before the due date.
            var second = Math.Min(days.Count - 2, received + (i % 9) switch { 1 when i == 1 => 10, 2 => random.Next(1, 3), 6 => random.Next(1, 5), _ => random.Next(1, 11) });
            var third = Math.Min(days.Count - 1, second + random.Next(0, 4));
            events.Add((received, 0, n, async () => ids[n] = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode)));
            Func<Task>? then = (i % 9) switch
            {
                1 => () => factory.SettleAsync(ids[n], factory.Clock.GetUtcNow()),
                2 => () => SupplementAsync(ids[n]),
                3 => () => RefuseAsync(ids[n]),
                4 => async () => await factory.DoAsync(await DeskAsync(), ids[n], "Withdraw", null, ("Comment", "Người nộp rút hồ sơ."), ("RequestedOn", Today())),
                5 => async () => await factory.DoAsync(await DeskAsync(), ids[n], "Stop", null, ("Comment", "Theo đơn đề nghị dừng của người nộp."), ("RequestedOn", Today())),
                6 => () => ExtendAsync(ids[n]),
                7 => () => factory.SettleAsync(ids[n], factory.Clock.GetUtcNow()),
                8 => () => ApologiseAsync(ids[n]),
                _ => null,
            };
            if (then is not null)
            {
                events.Add((second, 2, n, then));
            }

            Func<Task>? last = (i % 9) switch
            {
                2 when random.Next(2) == 0 => async () =>
                {
                    await factory.DoAsync(await DeskAsync(), ids[n], "CompleteSupplement");
                    if (random.Next(2) == 0)
                    {
                        await SettleAfterSupplementAsync(ids[n]);
                    }
                },
                6 => () => SettleAfterSupplementAsync(ids[n]),
                7 => async () => await factory.DoAsync(await DeskAsync(), ids[n], "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid")),
                _ => null,
            };
            if (last is not null)
            {
                events.Add((third, 4, n, last));
            }
        }

        // Open at a period end, moved after it: a supplement asked before the end of 15–24/12 (or of December) and completed
        // after it; one asked after the end (a pause that began later); an extension approved after the end of December.
        var moved = new Guid[5];
        events.Add((12, 0, Dossiers, async () => moved[0] = await factory.ReceiveAsync(await DeskAsync(), LicenceCode)));
        events.Add((13, 2, Dossiers, () => SupplementAsync(moved[0])));
        events.Add((15, 4, Dossiers, async () => await factory.DoAsync(await DeskAsync(), moved[0], "CompleteSupplement")));
        events.Add((13, 0, Dossiers + 1, async () => moved[1] = await factory.ReceiveAsync(await DeskAsync(), LicenceCode)));
        events.Add((15, 2, Dossiers + 1, () => SupplementAsync(moved[1])));
        events.Add((16, 4, Dossiers + 1, async () => await factory.DoAsync(await DeskAsync(), moved[1], "CompleteSupplement")));
        events.Add((17, 0, Dossiers + 2, async () => moved[2] = await factory.ReceiveAsync(await DeskAsync(), LicenceCode)));
        events.Add((18, 2, Dossiers + 2, () => SupplementAsync(moved[2])));
        events.Add((19, 4, Dossiers + 2, async () => await factory.DoAsync(await DeskAsync(), moved[2], "CompleteSupplement")));
        events.Add((16, 0, Dossiers + 3, async () => moved[3] = await factory.ReceiveAsync(await DeskAsync(), LicenceCode)));
        events.Add((19, 2, Dossiers + 3, () => ExtendAsync(moved[3])));
        // Late at the end of 15–24/12 (due about 16/12), apologised for on 28/12: after that end, before December's.
        events.Add((0, 0, Dossiers + 4, async () => moved[4] = await factory.ReceiveAsync(await DeskAsync(), LicenceCode)));
        events.Add((15, 2, Dossiers + 4, () => ApologiseAsync(moved[4])));
        foreach (var (day, hour, _, act) in events.OrderBy(e => e.Day).ThenBy(e => e.Hour).ThenBy(e => e.Order))
        {
            // 09:00 local plus the step's hour, so that every act happens in working hours.
            factory.Clock.SetUtcNow(new DateTimeOffset(days[day].ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero).AddHours(hour));
            await act();
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(days[^1].ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
    }

    private Task<HttpClient> DeskAsync() => factory.ClientAsync("motcua");

    private string Today() => VietnamTime.Today(factory.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task SupplementAsync(Guid id) =>
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));

    private async Task RefuseAsync(Guid id)
    {
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "ProposeRefusal", (await factory.OpenStepAsync(id)).Id, ("Comment", "Doanh nghiệp chưa ký quỹ."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "Approve", (await factory.OpenStepAsync(id)).Id);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "IssueResult", (await factory.OpenStepAsync(id)).Id);
    }

    private async Task ExtendAsync(Guid id)
    {
        var dossier = (await factory.LoadAsync(id)).Dossier;
        var calendar = await factory.Services.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var newDate = calendar.NextWorkingDay(calendar.NextWorkingDay(VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero))).AddDays(1));
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestExtension", null, ("Comment", "Phải xác minh tại cơ sở."), ("NewDueDate", newDate.ToString("yyyy-MM-dd")));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "ApproveExtension", null, ("Comment", "Đồng ý."));
    }

    private async Task ApologiseAsync(Guid id)
    {
        var dossier = (await factory.LoadAsync(id)).Dossier;
        var newDate = VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero)).AddDays(14);
        if (newDate <= VietnamTime.Today(factory.Clock))
        {
            newDate = VietnamTime.Today(factory.Clock).AddDays(7);
        }

        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "Apologise", null, ("Comment", "Phải xác minh thực địa."), ("NewDueDate", newDate.ToString("yyyy-MM-dd")));
    }

    /// <summary>The three steps from wherever the dossier's open step is (after a supplement or an extension).</summary>
    private async Task SettleAfterSupplementAsync(Guid id)
    {
        var specialist = await factory.ClientAsync("chuyenvien");
        var step = await factory.OpenStepAsync(id);
        await factory.DoAsync(specialist, id, "Take", step.Id);
        await factory.DoAsync(specialist, id, "Forward", step.Id, ("Comment", "Hồ sơ đủ điều kiện."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "Approve", (await factory.OpenStepAsync(id)).Id);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "IssueResult", (await factory.OpenStepAsync(id)).Id,
            ("ResultNumber", "8/GP-SNV"), ("ResultDate", Today()), ("Comment", "Cấp giấy phép."));
    }

    /// <summary>Every dossier has its facts row and every row is judged (the jobs' work, run now).</summary>
    private async Task SettleFactsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
        for (var run = 0; run < 20 && await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None) > 0; run++)
        {
        }
    }

    private async Task<StatisticsReport> FromFactsAsync(StatisticsCriteria criteria, ResolvedRule rule)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var options = Options.Create(new MetricsOptions { ResolvedRule = rule });
        return await ActivatorUtilities.CreateInstance<DossierStatistics>(scope.ServiceProvider, options).ReportAsync(criteria, CancellationToken.None);
    }

    /// <summary>
    /// The table from the raw dossiers: each one received by the period end and not ended before its start, its state from its
    /// end events (the first reached, in the statistic's priority) or, open, from its legal time status at the period end —
    /// with the appointment and the supplement of then, its history replayed up to the end (<see cref="RawTimeStatus"/>);
    /// or, <paramref name="asTheyStood"/> false, with today's (the dossier page's <c>Dossier.TimeStatus</c>) — which also gives its time class.
    /// An apology counts when its event was recorded by the period end; with <paramref name="todaysApologies"/> (or not
    /// <paramref name="asTheyStood"/>) every apology issued so far counts.
    /// </summary>
    private async Task<StatisticsTable> FromScratchAsync(StatisticsCriteria criteria, ResolvedRule rule, bool asTheyStood = true, bool todaysApologies = false)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarProvider>();
        var procedures = scope.ServiceProvider.GetRequiredService<PublishedProcedures>();
        var granularity = scope.ServiceProvider.GetRequiredService<IOptions<DossierTimePolicy>>().Value.OnTimeGranularity;
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name);
        var start = new DateTimeOffset(criteria.Period.StartUtc, TimeSpan.Zero);
        var end = new DateTimeOffset(criteria.Period.EndUtc, TimeSpan.Zero);
        var tallies = new List<(string Row, DossierTally Dossier)>();
        // Biểu 06a is per competent agency: the agency of the dossier's first top-level task, else the receiving agency.
        var competent = (await db.DossierTasks.AsNoTracking().Where(t => t.ParentTaskId == null).ToListAsync())
            .GroupBy(t => t.DossierId).ToDictionary(g => g.Key, g => g.MinBy(t => t.Sequence)!.AgencyId);
        var histories = (await db.DossierEvents.AsNoTracking().ToListAsync()).ToLookup(e => e.DossierId);
        foreach (var dossier in await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt != null).ToListAsync())
        {
            var received = new DateTimeOffset(DateTime.SpecifyKind(dossier.ReceivedAt!.Value, DateTimeKind.Utc));
            var (ended, kind) = dossier.EndEvents().FirstBy(DateTimeOffset.MaxValue);
            var open = kind == DossierEndKind.PeriodEnd;
            if (received >= end || (!open && ended < start))
            {
                continue;
            }

            var calendar = await calendars.GetAsync(dossier.AgencyId);
            var status = (asTheyStood ? RawTimeStatus.At(dossier, [.. histories[dossier.Id]], calendar, end, granularity) : dossier.TimeStatus(calendar, end, granularity)).ShouldNotBeNull();
            var state = !open && ended < end
                ? kind switch
                {
                    DossierEndKind.Stopped => DossierTallyState.Stopped,
                    DossierEndKind.Withdrawn => DossierTallyState.Withdrawn,
                    _ => dossier.Outcome == DossierOutcome.Refused ? DossierTallyState.Refused : DossierTallyState.Finished,
                }
                : status.Legal.WaitingForApplicant ? DossierTallyState.AwaitingSupplement : DossierTallyState.Processing;
            var version = await procedures.GetVersionAsync(dossier.ProcedureVersionId, CancellationToken.None);
            var row = criteria.Grouping == StatisticsGrouping.Unit ? agencies[competent.GetValueOrDefault(dossier.Id, dossier.AgencyId)] : version!.FieldName;
            tallies.Add((row, new DossierTally(state, status.Legal.Class, dossier.Channel, received < start, version?.OnlineLevel ?? OnlineServiceLevel.None,
                todaysApologies || !asTheyStood ? dossier.Apologies.Count > 0
                    : histories[dossier.Id].Any(e => e.Action == DossierAction.Apologise && e.At <= end.UtcDateTime))));
        }

        return StatisticsTable.Count(criteria.Layout, criteria.Grouping, rule, [], tallies);
    }

    private static List<string> Rows(StatisticsTable table) => [.. table.Rows.Select(r => r.Label + ": " + string.Join(',', r.Values)).Order(StringComparer.Ordinal)];

    private static List<DateOnly> WorkingDays(DateOnly from, int count)
    {
        var days = new List<DateOnly>();
        for (var day = from; days.Count < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && day != new DateOnly(2027, 1, 1))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
