using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Calendar.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Calendar;

[Collection(SharedHosts.DemoData)]
public sealed class CalendarSeederTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Published_2025_and_2026_exceptions_are_seeded_once_after_the_organisation()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<CalendarSeeder>().Single();
        var before = await db.CalendarExceptions.CountAsync();

        await seeder.SeedAsync(db, CancellationToken.None);

        seeder.Order.ShouldBe(150);
        before.ShouldBe(PublishedExceptions.All.Count);
        (await db.CalendarExceptions.CountAsync()).ShouldBe(before);
        (await db.CalendarExceptions.AllAsync(e => e.LegalReference != "" && e.AgencyId == null)).ShouldBeTrue();
    }
}
