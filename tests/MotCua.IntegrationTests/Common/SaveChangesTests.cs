using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Notifications.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

/// <summary>A save compares the tracked entities once before the interceptors and once after them, however many interceptors read them (ADR-041).</summary>
public sealed class SaveChangesTests
{
    [Fact]
    public async Task A_save_compares_the_tracked_entities_twice_and_its_interceptors_still_see_a_changed_property()
    {
        await using var factory = new MotCuaFactory();
        await using var scope = factory.CreateDbScope(out var db);
        var stamp = await CatalogStamp.ReadAsync(db, default);
        var agencies = await db.Agencies.OrderBy(a => a.Code).ToListAsync();
        await db.ProcedureVersions.Take(50).ToListAsync();
        var comparisons = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => comparisons++;

        // A property set directly, with no state change: only a comparison finds it.
        agencies[0].Address = "Số 1, đường Thử nghiệm";
        await db.SaveChangesAsync();

        comparisons.ShouldBe(2);
        (await CatalogStamp.ReadAsync(db, default)).ShouldNotBe(stamp, "the catalogue interceptor saw the agency change found by the one comparison before it");
        db.ChangeTracker.Clear();
        (await db.Agencies.SingleAsync(a => a.Id == agencies[0].Id)).Address.ShouldBe("Số 1, đường Thử nghiệm");
    }

    [Fact]
    public async Task A_save_that_only_adds_rows_compares_the_tracked_entities_once_and_stores_them_once()
    {
        await using var factory = new MotCuaFactory();
        await using var scope = factory.CreateDbScope(out var db);
        var comparisons = 0;
        db.ChangeTracker.DetectingAllChanges += (_, _) => comparisons++;

        var message = db.OutboxMessages.Add(OutboxMessage.Create(
            new OutgoingMessage(NotificationChannel.Email, "thu.nghiem@example.vn", "Thử", "Nội dung", MessageKind.DossierReceived), factory.HostUtcNow()));
        (await db.SaveChangesAsync()).ShouldBe(1);

        // Before the interceptors only (ADR-043): after them, only the entities that were unchanged are compared again.
        comparisons.ShouldBe(1);
        message.State.ShouldBe(EntityState.Unchanged);
        db.ChangeTracker.AutoDetectChangesEnabled.ShouldBeTrue("the setting is restored after the save");
        (await db.SaveChangesAsync()).ShouldBe(0);
        (await db.OutboxMessages.CountAsync(m => m.Id == message.Entity.Id)).ShouldBe(1);
    }
}
