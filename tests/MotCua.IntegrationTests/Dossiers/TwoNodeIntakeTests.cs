using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.SendReminders;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Modules.Workflows;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// Two application nodes on one database, as behind a load balancer: concurrent API intakes over both keep every
/// agency-day's codes exactly 1..n, and the reminder job run on both at once reminds each person of each task once.
/// </summary>
public sealed class TwoNodeIntakeTests
{
    /// <summary>
    /// Enough to keep both nodes' counters and connections busy at once for several seconds; the load generator
    /// <c>two-node-intake</c> (docs/benchmarks.md) runs 2,000 over two Kestrel ports.
    /// </summary>
    private const int Intakes = 400;

    private const int Workers = 16;

    [Fact]
    public async Task Intakes_spread_over_two_nodes_get_gap_free_codes_and_reminders_from_both_nodes_reach_each_person_once()
    {
        await using var factory = new ClockedFactory();
        await using var second = factory.WithWebHostBuilder(_ => { });
        var senders = await SendersAsync(factory);
        var nodes = new WebApplicationFactory<Program>[] { factory, second };
        var clients = nodes.SelectMany(node => senders.Select(s => (s.Body, Client: Client(node, s.Key)))).ToList();

        // Two local days: the second half is received after the clock has moved to the next day.
        var codes = await SubmitAsync(clients, Intakes / 2);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        codes.AddRange(await SubmitAsync(clients, Intakes - (Intakes / 2)));

        codes.Count.ShouldBe(Intakes);
        codes.Distinct().Count().ShouldBe(Intakes);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var days = await db.Dossiers.Where(d => d.Code != null)
                .Select(d => new { d.AgencyId, d.CodeDate, d.CodeSequence })
                .ToListAsync();
            days.Count.ShouldBe(Intakes);
            days.Select(d => d.CodeDate).Distinct().Count().ShouldBe(2);
            foreach (var day in days.GroupBy(d => (d.AgencyId, d.CodeDate)))
            {
                day.Select(d => d.CodeSequence!.Value).Order().ShouldBe(Enumerable.Range(1, day.Count()), $"agency {day.Key.AgencyId} on {day.Key.CodeDate}");
            }
        }

        factory.Clock.Advance(TimeSpan.FromDays(28));
        await Task.WhenAll(nodes.SelectMany(node => new[] { RemindAsync(node), RemindAsync(node) }));
        await RemindAsync(second);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var open = await db.DossierTasks.Where(t => t.IsOpen && t.Kind == DossierTaskKind.Step).Select(t => new { t.Id, t.AgencyId, t.DueAt }).ToListAsync();
            open.Count.ShouldBe(Intakes, "every accepted dossier opened its first step");
            open.ShouldAllBe(t => t.DueAt < factory.Clock.GetUtcNow().UtcDateTime);
            var homeAffairs = await db.Agencies.Where(a => a.Code == DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
            var reminders = (await db.OutboxMessages.Where(m => m.Kind == "OverdueReminder").Select(m => new { m.DeduplicationKey, m.Recipient }).ToListAsync())
                .Select(m => (Task: Guid.Parse(m.DeduplicationKey!.Split(':')[2]), m.Recipient))
                .ToList();

            reminders.Count.ShouldBeGreaterThan(0);
            reminders.Distinct().Count().ShouldBe(reminders.Count, "no person is reminded twice of the same task");
            reminders.Select(r => r.Task).ToHashSet().ShouldBe(open.Where(t => t.AgencyId == homeAffairs).Select(t => t.Id).ToHashSet(), ignoreOrder: true);
            foreach (var task in reminders.GroupBy(r => r.Task))
            {
                task.Select(r => r.Recipient).ShouldBe(["chuyenvien@example.vn", "truongphong@example.vn"], ignoreOrder: true);
            }
        }
    }

    /// <summary>
    /// One API key per agency that settles, under its own approved process, a procedure in force that can be submitted
    /// online (the first by code), with a complete submission of it.
    /// </summary>
    private static async Task<List<(string Key, object Body)>> SendersAsync(MotCuaFactory factory)
    {
        var senders = new List<(string, object)>();
        List<(Guid Id, string Code)> agencies;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            agencies = [.. (await db.Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new { a.Id, a.Code }).ToListAsync()).Select(a => (a.Id, a.Code))];
        }

        foreach (var (agencyId, agencyCode) in agencies)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var procedures = scope.ServiceProvider.GetRequiredService<PublishedProcedures>();
            var workflows = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
            foreach (var procedure in await procedures.ListInForceForAgencyAsync(agencyId, default))
            {
                if (procedure.Channels.HasFlag(SubmissionChannels.Online) && (await workflows.ListInForceAsync(procedure.VersionId, default)).Any(p => p.AgencyId == agencyId))
                {
                    senders.Add((await factory.CreateApiKeyAsync(agencyCode), Submission(procedure)));
                    break;
                }
            }
        }

        senders.Count.ShouldBeGreaterThanOrEqualTo(4, "enough agencies to share the load");
        return senders;
    }

    private static object Submission(PublishedProcedure procedure) => new
    {
        procedureCode = procedure.Code,
        applicant = new { kind = "Individual", name = "Trần Thị Hai", identityNumber = "001195012345", address = "Thôn Đông, xã Tân Phú", phone = "0912345678" },
        components = procedure.Components.Select(c => new { position = c.Position, provided = true, digitised = false }),
        channel = "Online",
        returnMethod = "Online",
    };

    private static HttpClient Client(WebApplicationFactory<Program> node, string apiKey)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, apiKey);
        return client;
    }

    /// <summary>Submits <paramref name="count"/> dossiers from <see cref="Workers"/> concurrent workers, each taking the next client in turn; returns the codes.</summary>
    private static async Task<List<string>> SubmitAsync(List<(object Body, HttpClient Client)> clients, int count)
    {
        var next = -1;
        var codes = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var i && i < count)
            {
                var (body, client) = clients[i % clients.Count];
                using var response = await client.PostAsJsonAsync("/api/v1/dossiers", body);
                response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                var receipt = await response.Content.ReadFromJsonAsync<Receipt>();
                receipt!.Status.ShouldBe(nameof(DossierStatus.Processing));
                lock (codes)
                {
                    codes.Add(receipt.Code);
                }
            }
        }));
        return codes;
    }

    private static async Task RemindAsync(WebApplicationFactory<Program> node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DossierReminders>().SendAsync(CancellationToken.None);
    }

    private sealed record Receipt(string Code, string Status);
}
