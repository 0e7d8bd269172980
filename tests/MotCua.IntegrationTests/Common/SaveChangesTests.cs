using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog.Data;
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
}
