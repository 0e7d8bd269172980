using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers.SendReminders;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Due-soon and overdue reminders on the demo province with a stopped clock: who hears, when, and only once even from two nodes.</summary>
public sealed class ReminderTests
{
    [Fact]
    public async Task The_holders_hear_once_when_a_step_is_due_soon_and_with_their_leader_once_it_is_overdue_even_from_two_nodes()
    {
        await using var factory = new ClockedFactory();
        var desk = await factory.ClientAsync("motcua");
        var id = await factory.ReceiveAsync(desk, LicenceCode);
        var step = await factory.OpenStepAsync(id);

        (await RunAsync(factory.Services)).ShouldBe(0);

        factory.Clock.Advance(step.DueAt - factory.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(2));
        await RunAsync(factory.Services);
        await RunAsync(factory.Services);
        (await RemindersAsync(factory)).ShouldBe([("DueSoonReminder", "chuyenvien@example.vn")]);

        factory.Clock.Advance(TimeSpan.FromHours(3));
        await using var second = factory.WithWebHostBuilder(_ => { });
        await Task.WhenAll(RunAsync(factory.Services), RunAsync(second.Services));
        (await RemindersAsync(factory)).ShouldBe(
            [("DueSoonReminder", "chuyenvien@example.vn"), ("OverdueReminder", "chuyenvien@example.vn"), ("OverdueReminder", "truongphong@example.vn")],
            ignoreOrder: true);
    }

    private static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierReminders>().SendAsync(CancellationToken.None);
    }

    private static async Task<List<(string Kind, string Recipient)>> RemindersAsync(MotCuaFactory factory)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var rows = await db.OutboxMessages.Where(m => m.Kind.EndsWith("Reminder")).Select(m => new { m.Kind, m.Recipient }).ToListAsync();
        return [.. rows.Select(r => (r.Kind, r.Recipient))];
    }
}
