using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Jobs;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Reports.Obligations;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Reports.Obligations;

/// <summary>
/// The job <c>reports.obligations</c> (ADR-060 addendum): each period's obligations generated from the schedule once the
/// period has ended, never twice; time moved with the fake clock.
/// </summary>
public sealed class ObligationsJobTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task The_job_generates_an_ended_periods_obligations_once_and_the_next_after_that_period_ends()
    {
        var agencyId = await ObligationJobRuns.AgencyIdAsync(factory, DemoProvince.PeoplesCommittee);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            db.ReportSchedules.Add(ReportSchedule.Add(agencyId, ReportKind.DossierStatistics, PeriodKind.Quarter, PeriodCalendarKind.Calendar, "test", factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        // 7/12/2026: the calendar third quarter is the last one ended.
        await ObligationJobRuns.RunAsync(factory);
        await ObligationJobRuns.RunAsync(factory);
        (await PeriodsAsync(agencyId)).ShouldBe([(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 7))]);

        // 1/1/2027, 08:00 local: the fourth quarter has ended.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.Zero));
        await ObligationJobRuns.RunAsync(factory);
        await ObligationJobRuns.RunAsync(factory);
        (await PeriodsAsync(agencyId)).ShouldBe([
            (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 7)),
            (new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 7))]);
    }

    private async Task<List<(DateOnly First, DateOnly Last, DateOnly DueOn)>> PeriodsAsync(Guid agencyId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return [.. (await db.ReportObligations.Where(o => o.AgencyId == agencyId).OrderBy(o => o.PeriodFirst).Select(o => new { o.PeriodFirst, o.PeriodLast, o.DueOn }).ToListAsync())
            .Select(o => (o.PeriodFirst, o.PeriodLast, o.DueOn))];
    }
}

/// <summary>
/// The reminders of the job (ADR-060 addendum): a report not sent is told to the agency's leader and control officers
/// three days before its due day and when late, each once, through the notification outbox.
/// </summary>
public sealed class ObligationRemindersTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_report_not_sent_is_reminded_before_its_due_day_and_when_late_once_each()
    {
        var agencyId = await ObligationJobRuns.AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        await factory.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Trịnh Thị Kiểm");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.Users.Where(u => u.AgencyId == agencyId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, x => x.UserName + "@noivu.example.vn"));
        }

        // The seeded statutory fourth quarter (15/9–14/12/2026), due 21/12; the third quarter before it, due 21/9, is late.
        var fourth = await ObligationIdAsync(agencyId, new DateOnly(2026, 12, 14));
        var third = await ObligationIdAsync(agencyId, new DateOnly(2026, 9, 14));

        await ObligationJobRuns.RunAsync(factory);
        await ObligationJobRuns.RunAsync(factory);
        (await RemindersAsync(third)).ShouldBe([("Late", "giamdoc@noivu.example.vn"), ("Late", RecipientOf("Trịnh Thị Kiểm"))], ignoreOrder: true);
        (await RemindersAsync(fourth)).ShouldBeEmpty();

        // 18/12, 09:00 local: three days before the due day.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 18, 2, 0, 0, TimeSpan.Zero));
        await ObligationJobRuns.RunAsync(factory);
        await ObligationJobRuns.RunAsync(factory);
        (await RemindersAsync(fourth)).Select(r => r.State).ShouldBe(["DueSoon", "DueSoon"]);

        // 22/12, 08:00 local: late.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero));
        await ObligationJobRuns.RunAsync(factory);
        await ObligationJobRuns.RunAsync(factory);
        (await RemindersAsync(fourth)).Select(r => r.State).Order(StringComparer.Ordinal).ShouldBe(["DueSoon", "DueSoon", "Late", "Late"]);
        (await RemindersAsync(third)).Count.ShouldBe(2);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var marked = await db.ReportObligations.SingleAsync(o => o.Id == fourth);
            marked.RemindedSoonAt.ShouldBe(new DateTime(2026, 12, 18, 2, 0, 0, DateTimeKind.Utc));
            marked.RemindedLateAt.ShouldBe(new DateTime(2026, 12, 22, 1, 0, 0, DateTimeKind.Utc));
        }

        string RecipientOf(string fullName)
        {
            using var scope = factory.CreateDbScope(out var db);
            return db.Users.Where(u => u.FullName == fullName).Select(u => u.Email!).Single();
        }
    }

    private async Task<Guid> ObligationIdAsync(Guid agencyId, DateOnly periodLast)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.ReportObligations.Where(o => o.AgencyId == agencyId && o.Kind == ReportKind.DossierStatistics && o.PeriodLast == periodLast).Select(o => o.Id).SingleAsync();
    }

    private async Task<List<(string State, string Recipient)>> RemindersAsync(Guid obligationId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var prefix = "ReportObligationReminder:";
        var suffix = $":{obligationId:N}:";
        return [.. (await db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith(prefix) && m.DeduplicationKey.Contains(suffix)).Select(m => new { m.DeduplicationKey, m.Recipient }).ToListAsync())
            .Select(m => (m.DeduplicationKey!.Split(':')[1], m.Recipient))];
    }
}

/// <summary>
/// One run of the reminders over the seeded obligations of several agencies (ADR-060 addendum): each agency's reports are
/// told to its own leaders and control officers, each of them once per report, none to another agency's.
/// </summary>
public sealed class ObligationRemindersAcrossAgenciesTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task One_run_reminds_each_agencys_reports_to_its_own_leaders_and_control_officers_only()
    {
        await factory.CreateOfficerAsync(DemoProvince.Justice, null, Roles.ControlOfficer, "Lê Văn Soát");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.Users.Where(u => u.AgencyId != null).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, x => x.UserName + "@nhacviec.example.vn"));
        }

        await ObligationJobRuns.RunAsync(factory);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var messages = (await db.OutboxMessages.Where(m => m.DeduplicationKey!.StartsWith("ReportObligationReminder:")).Select(m => new { m.DeduplicationKey, m.Recipient }).ToListAsync())
                .Select(m => (Obligation: Guid.ParseExact(m.DeduplicationKey!.Split(':')[2], "N"), m.Recipient)).ToList();
            var obligations = await db.ReportObligations.Where(o => o.RemindedSoonAt != null || o.RemindedLateAt != null).Select(o => new { o.Id, o.AgencyId }).ToListAsync();
            var agencies = obligations.Select(o => o.AgencyId).Distinct().ToList();
            agencies.Count.ShouldBeGreaterThan(1, "the seeded obligations of several agencies are reminded in one run");
            var directory = OrganizationDirectory.Of(db);
            var people = await directory.InRole(Roles.AgencyLeader).Concat(directory.InRole(Roles.ControlOfficer))
                .Where(u => u.AgencyId != null && agencies.Contains(u.AgencyId.Value)).Select(u => new { AgencyId = u.AgencyId!.Value, u.Email }).ToListAsync();
            foreach (var obligation in obligations)
            {
                var expected = people.Where(p => p.AgencyId == obligation.AgencyId).Select(p => p.Email!).Distinct().Order(StringComparer.Ordinal).ToList();
                messages.Where(m => m.Obligation == obligation.Id).Select(m => m.Recipient).Order(StringComparer.Ordinal).ShouldBe(expected, ignoreOrder: false, obligation.Id.ToString());
            }

            obligations.Where(o => messages.Any(m => m.Obligation == o.Id)).Select(o => o.AgencyId).Distinct().Count()
                .ShouldBeGreaterThan(1, "the reports of several agencies are told to their people in one run");
            messages.ShouldAllBe(m => obligations.Any(o => o.Id == m.Obligation));
            var controlOfficer = await db.Users.Where(u => u.FullName == "Lê Văn Soát").Select(u => u.Email).SingleAsync();
            messages.ShouldContain(m => m.Recipient == controlOfficer);
        }
    }
}

/// <summary>Runs the job as the job runner does: in a scope of its own.</summary>
internal static class ObligationJobRuns
{
    public static async Task RunAsync(MotCuaFactory factory)
    {
        var job = factory.Services.GetServices<IScheduledJob>().Single(j => j.Name == ObligationsJob.JobName);
        await using var scope = factory.Services.CreateAsyncScope();
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public static async Task<Guid> AgencyIdAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }
}
