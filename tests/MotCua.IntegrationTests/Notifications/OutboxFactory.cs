using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Data;
using MotCua.Modules.Notifications.Delivery;
using MotCua.Testing;
using MotCua.Testing.Notifications;

namespace MotCua.IntegrationTests.Notifications;

/// <summary>
/// The application on a fresh database without demo data, on a stopped <see cref="Clock"/>, writing e-mails to its own
/// <see cref="MailFolder"/>. <see cref="Node"/> starts further hosts on the same database, clock and folder.
/// </summary>
public sealed class OutboxFactory : MotCuaFactory
{
    public OutboxFactory() : base(new FakeTimeProvider(Start))
    {
        MailFolder = Path.Combine(Path.GetTempPath(), "motcua-mail-" + Guid.NewGuid().ToString("N"));
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock => StoppedClock!;

    public string MailFolder { get; }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "false",
        ["Notifications:Email:PickupFolder"] = MailFolder,
    };

    /// <summary>Another host on the same database (a second node or a restarted one), with extra settings and services.</summary>
    public WebApplicationFactory<Program> Node(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(s => services?.Invoke(s));
        });

    public IReadOnlyList<EmlFile> Mail() => EmlFile.ReadFolder(MailFolder);

    /// <summary>
    /// Puts a host shared by a class's tests back to how it started: the clock at <see cref="Start"/>, an empty outbox and
    /// an empty mail folder.
    /// </summary>
    public async Task ResetAsync()
    {
        Clock.SetUtcNow(Start);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.ExecuteDeleteAsync();
        }

        foreach (var file in Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder) : [])
        {
            File.Delete(file);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

/// <summary>Arranging and reading the outbox through a host's services.</summary>
internal static class OutboxHost
{
    public static OutgoingMessage Email(string to, string reference, string? key = null) =>
        new(NotificationChannel.Email, to, $"Hồ sơ {reference} đã được tiếp nhận", $"Kính gửi ông/bà,\nHồ sơ {reference} đã được tiếp nhận.", MessageKind.DossierReceived, key, reference);

    /// <summary>Enqueues the messages in one unit of work and saves it.</summary>
    public static async Task EnqueueAsync(this IServiceProvider services, params OutgoingMessage[] messages)
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        foreach (var message in messages)
        {
            outbox.Enqueue(message);
        }

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    public static async Task<int> DeliverAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
    }

    public static async Task<List<OutboxMessage>> MessagesAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return [.. db.OutboxMessages.AsEnumerable().OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)];
    }
}
