using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Reports.Obligations.Data;

namespace MotCua.Modules.Reports.Obligations.DemoData;

/// <summary>
/// The demo province's reporting schedule (ADR-060): the departments and communes owe Biểu 06a every quarter and the
/// departments the control report every half-year, both in the statutory period; the obligations of the last four
/// quarters and two half-years are generated, so the lists show reports overdue and not yet due. Nothing is submitted:
/// the agencies do that in the demo.
/// </summary>
internal sealed class ObligationsSeeder(IOptions<ObligationsOptions> options, IOptions<MetricsOptions> metrics, TimeProvider clock) : IDemoSeeder
{
    private static readonly string[] Departments = [DemoProvince.HomeAffairs, DemoProvince.Justice, DemoProvince.Education];

    private static readonly string[] Communes = [DemoProvince.CommuneAnBinh, DemoProvince.WardHoaLac, DemoProvince.CommuneTanPhu];

    public int Order => 600;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ReportSchedules.AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = Departments.Concat(Communes).ToList();
        var agencies = await Organization.OrganizationDirectory.Of(db).Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = PeriodCalendar.Statutory(metrics.Value.StatutoryCutOffDay);
        var today = VietnamTime.Today(clock);
        var lines = new List<ReportSchedule>();
        lines.AddRange(codes.Where(agencies.ContainsKey).Select(c => ReportSchedule.Add(agencies[c], ReportKind.DossierStatistics, PeriodKind.Quarter, PeriodCalendarKind.Statutory, DemoProvince.DataEntry, now)));
        lines.AddRange(Departments.Where(agencies.ContainsKey).Select(c => ReportSchedule.Add(agencies[c], ReportKind.ControlReport, PeriodKind.HalfYear, PeriodCalendarKind.Statutory, DemoProvince.DataEntry, now)));
        db.ReportSchedules.AddRange(lines);
        foreach (var line in lines)
        {
            var period = ReportPeriods.Containing(line.Frequency, today, calendar);
            for (var i = 0; i < (line.Frequency == PeriodKind.Quarter ? 4 : 2); i++, period = ReportPeriods.Previous(period))
            {
                db.ReportObligations.Add(ReportObligation.Generate(line.AgencyId, line.Kind, period, ObligationRules.DueOn(period, options.Value.DueDaysAfterPeriodEnd), now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
