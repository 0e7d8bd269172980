using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics.Facts;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Evaluation;

/// <summary>
/// The steps' facts of the TT 01/2018 evaluation (ADR-058) equal a computation from scratch over DossierTasks after random
/// histories — steps taken, handed on, sent back for a supplement, results issued and returned, with the clock moved by
/// hours or days between actions so that steps end early, on time and late — and after the rebuild repaired rows spoilt
/// on purpose. The seed is in every failure message.
/// </summary>
public sealed class StepFactsReconciliationTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private readonly HashSet<Guid> _supplemented = [];

    [Fact]
    public async Task The_steps_facts_equal_the_dossiers_tasks_after_random_histories_and_the_rebuild()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await RebuildAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode));
        }

        await ReconcileAsync($"seed {seed}, received");
        for (var step = 0; step < 16; step++)
        {
            factory.Clock.Advance(TimeSpan.FromHours(random.Next(0, 3) switch { 0 => 1, 1 => 20, _ => 60 }));
            await ActAsync(ids[random.Next(ids.Count)], random);
            await ReconcileAsync($"seed {seed}, step {step}");
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            // Spoilt rows: one row's officer and verdict wrong, one dossier's rows gone, a row of no task.
            var some = await db.MetricDossierSteps.OrderBy(s => s.TaskId).Select(s => s.TaskId).FirstAsync();
            await db.MetricDossierSteps.Where(s => s.TaskId == some).ExecuteUpdateAsync(s => s.SetProperty(r => r.OfficerId, Guid.NewGuid()).SetProperty(r => r.Class, OnTimeClass.Late));
            await db.MetricDossierSteps.Where(s => s.DossierId == ids[1]).ExecuteDeleteAsync();
        }

        (await RebuildAsync()).ShouldBeGreaterThanOrEqualTo(2, $"seed {seed}");
        await ReconcileAsync($"seed {seed}, after the rebuild");
        (await RebuildAsync()).ShouldBe(0, $"seed {seed}: a second run finds nothing to repair");
    }

    /// <summary>The next action a random history takes on the dossier, as its state allows.</summary>
    private async Task ActAsync(Guid id, Random random)
    {
        var (dossier, tasks) = await factory.LoadAsync(id);
        var open = tasks.FirstOrDefault(t => t.IsOpen && t.Kind == DossierTaskKind.Step && t.ParentTaskId is null);
        switch (dossier.Status)
        {
            case DossierStatus.SupplementRequested:
                await factory.DoAsync(await factory.ClientAsync("motcua"), id, "CompleteSupplement");
                break;
            case DossierStatus.Done:
                await factory.DoAsync(await factory.ClientAsync("motcua"), id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
                break;
            case DossierStatus.Processing when open is not null:
                var first = tasks.Where(t => t.Kind == DossierTaskKind.Step && t.StepId == open.StepId).Min(t => t.Sequence) == tasks.Min(t => t.Sequence);
                if (first && open.AssigneeId is null)
                {
                    await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "Take", open.Id);
                }
                else if (first && random.Next(3) == 0 && _supplemented.Add(id)
                    && (await factory.ActAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", open.Id, null, ("Comment", "Tờ khai — thiếu chữ ký"))).StatusCode == System.Net.HttpStatusCode.Redirect)
                {
                    // Asked for a supplement (refused after the first 3 working days: then the step is handed on below, next time).
                }
                else if (first)
                {
                    await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "Forward", open.Id, ("Comment", "Hồ sơ đủ điều kiện."));
                }
                else if (open.Role == "UnitLeader")
                {
                    await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "Approve", open.Id);
                }
                else
                {
                    var today = MotCua.Common.Time.VietnamTime.LocalDate(factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "IssueResult", open.Id, ("ResultNumber", "7/GP-SNV"), ("ResultDate", today), ("Comment", "Cấp giấy phép."));
                }

                break;
        }
    }

    /// <summary>Every step's facts row, computed again from DossierTasks with the agencies' calendars and the control sheet's timing.</summary>
    private async Task ReconcileAsync(string because)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarProvider>();
        var granularity = scope.ServiceProvider.GetRequiredService<IOptions<DossierTimePolicy>>().Value.OnTimeGranularity;
        var tasks = await db.DossierTasks.AsNoTracking().Where(t => t.Kind == DossierTaskKind.Step).OrderBy(t => t.Id).ToListAsync();
        var expected = new List<string>();
        foreach (var t in tasks)
        {
            var verdict = t.CompletedAt is { } closed ? t.Timing(await calendars.GetAsync(t.AgencyId), closed.AsInstant(), granularity).Class : (OnTimeClass?)null;
            expected.Add(string.Join("|", t.Id, t.DossierId, t.AgencyId, t.UnitId, t.CompletedById ?? t.AssigneeId, t.ReceivedAt.Ticks, t.DueAt.Ticks, t.CompletedAt?.Ticks, verdict));
        }

        var actual = (await db.MetricDossierSteps.AsNoTracking().OrderBy(s => s.TaskId).ToListAsync()).Select(s => string.Join(
            "|", s.TaskId, s.DossierId, s.AgencyId, s.UnitId, s.OfficerId, s.ReceivedAt.Ticks, s.DueAt.Ticks, s.ClosedAt?.Ticks, s.Class)).ToList();
        actual.ShouldBe(expected, because);
    }

    private async Task<int> RebuildAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
    }
}
