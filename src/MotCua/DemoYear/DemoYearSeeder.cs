using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Modules.Notifications.Delivery;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Portal;
using MotCua.Modules.Workflows;

namespace MotCua.DemoYear;

/// <summary>What one seeding of the demo year did.</summary>
/// <param name="Abandoned">Dossiers whose script a rule stopped part-way (each is left as the product saved it).</param>
internal sealed record DemoYearSummary(int Planned, int Dossiers, int Abandoned, int Judged, TimeSpan Took);

/// <summary>
/// A year of demo dossiers (ADR-056), when <c>Demo:YearDossiers</c> is more than 0 and the database has no dossier yet:
/// drawn with a fixed seed (<see cref="DemoYearPlan"/>) and played through the product's own services on a clock moved
/// from a year before the demo clock up to it (<see cref="DemoYearServices"/>, <see cref="DemoYearScript"/>), so the
/// histories, the ledger, the audit chain and the metrics facts are what the product writes. The applicants' messages
/// are delivered day by day to no one; the facts are judged once at the end (<c>metrics.judge</c>).
/// </summary>
internal sealed partial class DemoYearSeeder(
    IOptions<DemoOptions> options,
    DemoYearServices yearServices,
    PublishedProcedures procedures,
    WorkflowCatalog workflows,
    TimeProvider time,
    IServiceProvider services,
    ILogger<DemoYearSeeder> logger) : IDemoSeeder
{
    /// <summary>After every other seeder: it needs the province, the catalogue, the processes and the accounts.</summary>
    public int Order => 900;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var count = options.Value.YearDossiers;
        if (count <= 0 || await db.Dossiers.AnyAsync(cancellationToken))
        {
            return;
        }

        var summary = await PlayAsync(db, count, cancellationToken);
        LogSeeded(logger, summary.Dossiers, summary.Planned, summary.Abandoned, summary.Judged, summary.Took.TotalSeconds);
    }

    /// <summary>Draws <paramref name="count"/> dossiers and plays them up to the demo clock; returns what was done.</summary>
    public async Task<DemoYearSummary> PlayAsync(AppDbContext db, int count, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var now = time.GetUtcNow().UtcDateTime;
        var directory = OrganizationDirectory.Of(db);
        var agencies = await directory.Agencies.Where(a => a.IsActive).Select(a => new { a.Id, a.Code }).ToListAsync(cancellationToken);
        var units = await directory.Units.Select(u => new { u.Id, u.AgencyId, u.Code }).ToListAsync(cancellationToken);
        var accounts = await directory.Accounts.Where(u => u.UserName != null).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        var officers = new List<DemoOfficer>();
        foreach (var account in DemoProvince.Accounts.Where(a => a.AgencyCode is not null && accounts.ContainsKey(a.UserName)))
        {
            var agency = agencies.Single(a => a.Code == account.AgencyCode).Id;
            var unit = units.FirstOrDefault(u => u.AgencyId == agency && u.Code == account.UnitCode)?.Id;
            officers.Add(new DemoOfficer(agency, unit, account.Role, accounts[account.UserName], account.FullName));
        }

        var citizen = DemoProvince.Accounts.Single(a => a.Role == Roles.Citizen);
        var plans = DemoYearPlan.Draw(count, now, await CandidatesAsync(agencies.Select(a => a.Id), cancellationToken));

        var clock = new DemoClock(new DateTimeOffset(plans.Min(p => p.ArrivesAt).AddDays(-1), TimeSpan.Zero));
        await using var yearProvider = yearServices.Build(clock);
        var world = new DemoYearWorld(yearProvider, clock, accounts[citizen.UserName], citizen.FullName, officers);
        var queue = new PriorityQueue<(DemoYearScript Script, IAsyncEnumerator<DateTime> Steps), (DateTime At, int Index)>();
        var scripts = new List<DemoYearScript>();
        foreach (var plan in plans)
        {
            var script = new DemoYearScript(world, plan);
            scripts.Add(script);
            var steps = script.PlayAsync().GetAsyncEnumerator(cancellationToken);
            if (await steps.MoveNextAsync() && steps.Current < now)
            {
                queue.Enqueue((script, steps), (steps.Current, plan.Index));
            }
        }

        var abandoned = 0;
        var day = VietnamTime.LocalDate(clock.GetUtcNow());
        while (queue.TryDequeue(out var next, out var when))
        {
            if (VietnamTime.LocalDate(when.At) != day)
            {
                await DeliverAsync(yearProvider, cancellationToken);
                day = VietnamTime.LocalDate(when.At);
            }

            clock.MoveTo(when.At);
            try
            {
                if (await next.Steps.MoveNextAsync())
                {
                    var at = next.Steps.Current < world.Now ? world.Now.AddMinutes(1) : next.Steps.Current;
                    if (at < now.AddMinutes(-5))
                    {
                        queue.Enqueue(next, (at, when.Index));
                        continue;
                    }
                }
            }
            catch (Exception rule) when (rule is Common.Errors.BusinessRuleException or InvalidOperationException or DbUpdateException)
            {
                // Left as the product saved it before the refused step; a demo must still start.
                abandoned++;
                LogAbandoned(logger, when.Index, rule.Message);
            }

            await next.Steps.DisposeAsync();
        }

        await DeliverAsync(yearProvider, cancellationToken);
        var judged = await JudgeAsync(cancellationToken);
        if (agencies.FirstOrDefault(a => a.Code == DemoProvince.HomeAffairs) is { } homeAffairs)
        {
            await world.ReportWithoutLateAsync(homeAffairs.Id, cancellationToken);
        }

        return new DemoYearSummary(plans.Count, scripts.Count(s => s.DossierId is not null), abandoned, judged, watch.Elapsed);
    }

    /// <summary>The procedures in force today at an agency with an approved process for them, weighted by how often desks see them.</summary>
    private async Task<List<DemoProcedure>> CandidatesAsync(IEnumerable<Guid> agencies, CancellationToken cancellationToken)
    {
        var byCode = new SortedDictionary<string, (PublishedProcedure Procedure, List<Guid> Agencies)>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            foreach (var procedure in await procedures.ListInForceForAgencyAsync(agency, cancellationToken))
            {
                if ((await workflows.ListInForceAsync(procedure.VersionId, cancellationToken)).Any(p => p.AgencyId == agency))
                {
                    if (!byCode.TryGetValue(procedure.Code, out var entry))
                    {
                        byCode[procedure.Code] = entry = (procedure, []);
                    }

                    entry.Agencies.Add(agency);
                }
            }
        }

        return [.. byCode.Values.Select(e => new DemoProcedure(
            e.Procedure.Code, e.Procedure.FieldCode, e.Agencies, e.Procedure.OnlineLevel, e.Procedure.Channels, e.Procedure.Fees.Any(f => f.AmountVnd > 0),
            e.Procedure.FieldCode switch
            {
                DemoCatalog.AuthenticationField => 8,
                DemoCatalog.CivilStatusField => 5,
                DemoCatalog.CriminalRecordField or DemoCatalog.SocialField => 3,
                _ => 1,
            }))];
    }

    /// <summary>The outbox's delivery as the scheduled job runs it, on the year's clock (the messages go nowhere).</summary>
    private static async Task DeliverAsync(IServiceProvider yearProvider, CancellationToken cancellationToken)
    {
        await using var scope = yearProvider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken);
    }

    /// <summary>Runs the metrics judging job once, on the application's own clock; returns how many dossiers it judged.</summary>
    private async Task<int> JudgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == "metrics.judge");
        await job.RunAsync(scope.ServiceProvider, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.MetricDossiers.CountAsync(m => m.StatisticClass != null, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo year: {Dossiers} of {Planned} dossiers seeded ({Abandoned} stopped by a rule), {Judged} judged, in {Seconds:F1} s")]
    private static partial void LogSeeded(ILogger logger, int dossiers, int planned, int abandoned, int judged, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo year: dossier {Index} stopped: {Reason}")]
    private static partial void LogAbandoned(ILogger logger, int index, string reason);
}
