using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Jobs;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.SendReminders;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Feedback.FeedbackStaffArrange;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The PAKN reminders on a stopped clock: the control office hears once when an unassigned PAKN is due soon and once when it is overdue.</summary>
public sealed class PetitionReminderTests
{
    [Fact]
    public async Task The_control_office_hears_once_when_an_unassigned_petition_is_due_soon_and_once_when_it_is_overdue_and_the_inbox_counts_it()
    {
        await using var factory = new ClockedFactory();
        // Counts and reminders here are about this PAKN alone: the demo PAKN of this host's own database are removed.
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.ReviewProposals.ExecuteDeleteAsync();
            await db.Petitions.ExecuteDeleteAsync();
        }

        var (id, code) = await SubmitAsync(factory, DemoProvince.ProvincialOffice, "Người gửi nhắc việc");
        var process = (await LoadAsync(factory, id)).Petition.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process);

        (await RunAsync(factory.Services)).ShouldBe(0);

        factory.Clock.Advance(process.DueAt - factory.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(2));
        await RunAsync(factory.Services);
        await RunAsync(factory.Services);
        (await RemindersAsync(factory, code)).ShouldBe([("DueSoonReminder", "kiemsoat@example.vn")]);
        var inbox = await TextAsync(await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback"));
        inbox.ShouldContain("<strong>1</strong> sắp đến hạn");
        inbox.ShouldContain("<strong>0</strong> quá hạn");

        factory.Clock.Advance(TimeSpan.FromHours(3));
        await using var second = factory.WithWebHostBuilder(_ => { });
        await Task.WhenAll(RunAsync(factory.Services), RunAsync(second.Services));
        await RunAsync(factory.Services);
        (await RemindersAsync(factory, code)).ShouldBe([("DueSoonReminder", "kiemsoat@example.vn"), ("OverdueReminder", "kiemsoat@example.vn")], ignoreOrder: true);
        var row = (await LoadAsync(factory, id)).Petition.Deadlines.Single(d => d.Id == process.Id);
        row.RemindedSoonAt.ShouldNotBeNull();
        row.RemindedOverdueAt.ShouldNotBeNull();
        inbox = await TextAsync(await (await factory.ClientAsync("kiemsoat")).GetAsync("/feedback"));
        inbox.ShouldContain("<strong>1</strong> quá hạn");
        inbox.ShouldContain("Quá hạn");
    }

    [Fact]
    public async Task The_reminder_job_runs_at_the_configured_interval_and_an_interval_under_a_minute_stops_the_start()
    {
        await using var factory = new MotCuaFactory();
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Feedback:ReminderInterval", "00:15:00"));
        await using var bad = factory.WithWebHostBuilder(b => b.UseSetting("Feedback:ReminderInterval", "00:00:30"));

        ReminderJob(factory.Services).Interval.ShouldBe(TimeSpan.FromHours(1));
        ReminderJob(configured.Services).Interval.ShouldBe(TimeSpan.FromMinutes(15));
        var refused = Should.Throw<Exception>(() => bad.CreateClient());
        var failures = (refused is AggregateException all ? all.InnerExceptions : [refused]).Select(e => e.ShouldBeOfType<OptionsValidationException>()).SelectMany(e => e.Failures);
        failures.ShouldContain(f => f.Contains("Feedback:ReminderInterval must be between 1 minute and 1 day.", StringComparison.Ordinal));

        static IScheduledJob ReminderJob(IServiceProvider services) => services.GetServices<IScheduledJob>().Single(j => j.Name == PetitionRemindersJob.JobName);
    }

    private static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PetitionReminders>().SendAsync(CancellationToken.None);
    }

    private static async Task<List<(string Kind, string Recipient)>> RemindersAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var rows = await db.OutboxMessages.Where(m => m.Kind.EndsWith("Reminder") && m.Reference == code).Select(m => new { m.Kind, m.Recipient }).ToListAsync();
        return [.. rows.Select(r => (r.Kind, r.Recipient))];
    }
}
