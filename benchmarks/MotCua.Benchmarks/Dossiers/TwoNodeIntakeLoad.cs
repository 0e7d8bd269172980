using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.SendReminders;
using MotCua.Modules.Organization.ServiceAccounts;

namespace MotCua.Benchmarks.Dossiers;

/// <summary>
/// Two application nodes (two Kestrel ports) on one database: intakes (default 2,000) from many clients spread over both
/// nodes and the agencies, half of them on the next local day; then every agency-day's codes must be exactly 1..n. The
/// clock then moves four weeks on and the reminder job runs twice on each node at once: each person must be reminded
/// of each overdue task once. The integration test <c>TwoNodeIntakeTests</c> runs the same checks with fewer intakes.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- two-node-intake [--provider PostgreSQL|Sqlite]
/// [--pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"] [--intakes 2000] [--concurrency 50]</c>
/// </remarks>
internal sealed class TwoNodeIntakeLoad : ILoadGenerator
{
    public string Name => "two-node-intake";

    public async Task<int> RunAsync(string[] args)
    {
        var values = LoadHarness.Arguments(args);
        var intakes = values.Int("intakes", 2000, 1_000_000);
        var concurrency = values.Int("concurrency", 50, 200);
        var clock = new ShiftedClock();
        var (app, first) = LoadHarness.Start(values.GetValueOrDefault("provider", "PostgreSQL"), values.GetValueOrDefault("pg"), clock);
        await using var _ = app;
        await using var secondNode = app.WithWebHostBuilder(_ => { });
        secondNode.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        secondNode.StartServer();
        var second = new Uri(secondNode.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var senders = await DossierIntakeLoad.ArrangeAsync(app.Services);
        var clients = new[] { first, second }.SelectMany(node => senders.Select(s =>
        {
            var client = new HttpClient { BaseAddress = node };
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, s.Key);
            return (Client: client, s.Body);
        })).ToList();
        Console.WriteLine($"{app.ProviderName}: nodes {first} and {second}, {senders.Count} agencies, {intakes:N0} intakes from {concurrency} clients");

        var started = Stopwatch.StartNew();
        var failed = await SubmitAsync(clients, intakes / 2, concurrency);
        clock.Advance(TimeSpan.FromDays(1));
        failed += await SubmitAsync(clients, intakes - (intakes / 2), concurrency);
        var elapsed = started.Elapsed;
        clients.ForEach(c => c.Client.Dispose());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codes = await db.Dossiers.Where(d => d.Code != null).Select(d => new { d.AgencyId, d.CodeDate, d.CodeSequence, d.Code }).ToListAsync();
        var days = codes.GroupBy(d => (d.AgencyId, d.CodeDate)).ToList();
        var broken = days.Count(d => !d.Select(x => x.CodeSequence!.Value).Order().SequenceEqual(Enumerable.Range(1, d.Count())));
        var duplicates = codes.Count - codes.Select(d => d.Code).Distinct().Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Accepted {codes.Count:N0} of {intakes:N0} in {elapsed.TotalSeconds:F1} s ({codes.Count / elapsed.TotalSeconds:F0}/s over both nodes), {failed} failed; "
            + $"{days.Count} agency-days, {broken} not numbered 1..n, {duplicates} duplicate codes."));

        clock.Advance(TimeSpan.FromDays(28));
        var reminding = Stopwatch.StartNew();
        await Task.WhenAll(new IServiceProvider[] { app.Services, secondNode.Services, app.Services, secondNode.Services }.Select(RemindAsync));
        var reminders = (await db.OutboxMessages.Where(m => m.Kind == "OverdueReminder").Select(m => new { m.DeduplicationKey, m.Recipient }).ToListAsync())
            .Select(m => (Task: m.DeduplicationKey!.Split(':')[2], m.Recipient))
            .ToList();
        var repeated = reminders.Count - reminders.Distinct().Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Reminder job run twice on each node at once in {reminding.Elapsed.TotalSeconds:F1} s: {reminders.Count:N0} overdue reminders for "
            + $"{reminders.Select(r => r.Task).Distinct().Count():N0} tasks, {repeated} repeated."));
        return failed == 0 && codes.Count == intakes && broken == 0 && duplicates == 0 && repeated == 0 && reminders.Count > 0 ? 0 : 1;
    }

    /// <summary>Submits <paramref name="count"/> dossiers from <paramref name="concurrency"/> workers, each taking the next (node, agency) in turn.</summary>
    private static async Task<int> SubmitAsync(List<(HttpClient Client, object Body)> clients, int count, int concurrency)
    {
        var next = -1;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                var (client, body) = clients[i % clients.Count];
                if (!await DossierIntakeLoad.SubmitAsync(client, body))
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return failed;
    }

    private static async Task RemindAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DossierReminders>().SendAsync(CancellationToken.None);
    }
}
