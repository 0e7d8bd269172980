using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// The one hook for what follows a dossier change (ADR-038): the applicant's messages and the citizen's in-app notices
/// are staged with the change and go with it when its save fails, and no event is saved without the hook.
/// </summary>
[Collection(SharedHosts.Citizens)]
public sealed class LifecycleTests(MotCuaFactory factory)
{
    private static readonly Actor Cashier = new(null, "Trần Thị Bình", null);

    [Fact]
    public async Task A_fee_fact_stages_the_applicants_messages_and_in_app_notice_and_a_failed_save_keeps_none()
    {
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn An", $"an.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitGraveVisitAsync(citizen);
        var before = await CountsAsync(id);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await scope.ServiceProvider.GetRequiredService<DossierFacts>()
                .RecordFeeAsync(id, FeeFact.Cancelled, "50.000 đồng — miễn lệ phí", factory.HostUtcNow(), Cashier, CancellationToken.None);

            db.OutboxMessages.Local.Count(m => m.Kind == "DossierPaymentCancelled").ShouldBeGreaterThan(0, "the applicant's e-mail or SMS is staged by the hook");
            db.CitizenNotifications.Local.ShouldContain(n => n.DossierId == id && n.Kind == "DossierPaymentCancelled");

            // Another officer changed the dossier meanwhile: the save fails as a concurrency conflict.
            await using (var other = factory.CreateDbScope(out var otherDb))
            {
                await otherDb.Dossiers.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, Guid.NewGuid()));
            }

            await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        (await CountsAsync(id)).ShouldBe(before);
    }

    [Fact]
    public async Task A_dossier_event_added_without_the_hook_is_refused_and_nothing_is_saved()
    {
        var citizen = await factory.RegisterCitizenAsync("Lê Thị Hoa", $"hoa.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitGraveVisitAsync(citizen);
        var before = await CountsAsync(id);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            dossier.RecordPayment(DossierAction.PaymentCancelled, "50.000 đồng", factory.HostUtcNow(), Cashier);
            db.DossierEvents.AddRange(dossier.NewEvents);

            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("without the lifecycle handlers");
        }

        (await CountsAsync(id)).ShouldBe(before);
    }

    private async Task<(int Events, int Messages, int InApp)> CountsAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return (
            await db.DossierEvents.CountAsync(e => e.DossierId == dossierId),
            await db.OutboxMessages.CountAsync(m => m.Kind == "DossierPaymentCancelled"),
            await db.CitizenNotifications.CountAsync(n => n.DossierId == dossierId));
    }
}
