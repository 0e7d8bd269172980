using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Metrics.Rollups.Data;

namespace MotCua.Testing;

/// <summary>
/// Facts rows of dossiers received by one agency over the first 80 days of a quarter, all ended (granted) within a few days
/// and judged as the application judges them, every third one online — so that a quarter's lists can pass the drill-down's
/// count cap without touching any other period — with the roll-ups stamped with the cut-off in force, as the judging job
/// leaves them. Written once: the codes start with <paramref name="codePrefix"/>.
/// </summary>
public static class EndedReceptions
{
    public static async Task AddAsync(MotCuaFactory factory, string agencyCode, DateOnly quarterStart, int count, string codePrefix)
    {
        await using var scope = factory.CreateDbScope(out var db);
        if (await db.MetricDossiers.AnyAsync(m => m.Code == $"{codePrefix}-00000"))
        {
            return;
        }

        var agency = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.Id).SingleAsync();
        var version = await db.ProcedureVersions.OrderBy(v => v.Procedure!.Code).Select(v => new { v.Id, v.Procedure!.Code }).FirstAsync();
        var calendar = await factory.Services.GetRequiredService<CalendarProvider>().GetAsync(agency);
        var judge = factory.Services.GetRequiredService<DossierFacts>();
        var start = VietnamTime.StartOfLocalDayUtc(quarterStart);
        var step = TimeSpan.FromDays(80) / count;
        for (var i = 0; i < count; i++)
        {
            var received = start + (step * i);
            var (due, finished) = (received + TimeSpan.FromDays(5), received + TimeSpan.FromDays(1 + (i % 3)));
            var figures = new DossierFigures(
                Guid.CreateVersion7(received), $"{codePrefix}-{i:D5}", agency, agency, version.Code, version.Id,
                i % 3 == 0 ? SubmissionChannel.Online : SubmissionChannel.Direct, DossierStatus.Returned, received, received, due, due, 5,
                DeadlineUnit.WorkingDays, finished, finished, null, null, finished, DossierOutcome.Granted, [], null, 0, [], 1, 1, 0, 0,
                ReturnMethod.Online, FeeStatus.NotApplicable, 6);
            var row = MetricDossier.Of(figures, finished);
            row.Judge(judge.Judge(figures, calendar, finished.AsInstant()));
            row.Record(new DossierOutsideFacts(false, false, true, null, null, null, null, null, null));
            db.MetricDossiers.Add(row);
        }

        if (!await db.MetricRollupStamps.AnyAsync())
        {
            db.MetricRollupStamps.Add(MetricRollupStamp.Of(factory.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.StatutoryCutOffDay));
        }

        await db.SaveChangesAsync();
    }
}
