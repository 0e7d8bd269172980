using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows;
using MotCua.Modules.Workflows.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Workflows;

/// <summary>Approved processes served from a node's memory (ADR-018): an approval is in force at once on the node that saves it, within a second on every other.</summary>
public sealed class ApprovedProcessCacheTests
{
    [Fact]
    public async Task A_process_approved_on_another_node_runs_the_next_dossier_received_here_while_earlier_dossiers_keep_theirs()
    {
        await using var factory = new ClockedFactory();
        await using var second = factory.WithWebHostBuilder(_ => { });
        var desk = await factory.ClientAsync("motcua");
        var earlier = await factory.ReceiveAsync(desk, LicenceCode);
        var first = await factory.OpenStepAsync(earlier);

        Guid approved;
        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var current = await db.InternalProcesses.SingleAsync(p => p.Id == first.ProcessId);
            var steps = current.Steps.Select(s => s.Order == 1 ? s with { Name = "Thẩm định hồ sơ (quy trình sửa đổi)" } : s).ToList();
            var next = ProcessDefinition.CreateDraft(current.ProcedureVersionId, current.AgencyId, current.Version + 1, steps, "test", second.HostUtcNow());
            next.Approve("3001/QĐ-UBND", new DateOnly(2026, 11, 20), current, "test", second.HostUtcNow());
            db.InternalProcesses.Add(next);
            await db.SaveChangesAsync();
            approved = next.Id;
        }

        factory.Clock.Advance(ApprovedProcessCache.Recheck);
        var later = await factory.OpenStepAsync(await factory.ReceiveAsync(desk, LicenceCode));

        later.ProcessId.ShouldBe(approved);
        later.Name.ShouldBe("Thẩm định hồ sơ (quy trình sửa đổi)");
        await using var reading = factory.Services.CreateAsyncScope();
        var pinned = await reading.ServiceProvider.GetRequiredService<WorkflowCatalog>().GetAsync(first.ProcessId, default);
        pinned!.Steps.Single(s => s.Order == 1).Name.ShouldBe(first.Name, "the earlier dossier keeps the version it started with");
        (await factory.OpenStepAsync(earlier)).ProcessId.ShouldBe(first.ProcessId);
    }

    [Fact]
    public async Task Editing_a_draft_leaves_the_process_stamp_alone()
    {
        await using var factory = new MotCuaFactory();
        await using var scope = factory.CreateDbScope(out var db);
        var before = await ProcessStamp.ReadAsync(db, default);
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
        var inForce = await db.InternalProcesses.FirstAsync(p => p.AgencyId == agencyId && p.Status == ProcessStatus.Approved);

        var draft = ProcessDefinition.CreateDraft(inForce.ProcedureVersionId, agencyId, inForce.Version + 1, inForce.Steps, "test", factory.HostUtcNow());
        db.InternalProcesses.Add(draft);
        await db.SaveChangesAsync();
        draft.ReviseSteps(inForce.Steps, "test", factory.HostUtcNow());
        await db.SaveChangesAsync();

        (await ProcessStamp.ReadAsync(db, default)).ShouldBe(before);
    }
}
