using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>Published versions served from a node's memory (ADR-018): a change is seen at once on the node that saves it, within a second on every other.</summary>
public sealed class PublishedVersionCacheTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Code = "1.001193";
    private const string OtherCode = "1.000656";

    [Fact]
    public async Task A_procedure_abolished_on_another_node_is_no_longer_in_force_here_once_the_stamp_is_read_again()
    {
        await using var second = factory.WithWebHostBuilder(_ => { });
        var before = (await FindAsync(factory.Services, Code))!;
        (await FindAsync(factory.Services, Code))!.ShouldBeSameAs(before, "the second lookup is served from memory");

        await AbolishAsync(second.Services, Code);

        factory.Clock.Advance(PublishedVersionCache.Recheck);
        (await FindAsync(factory.Services, Code)).ShouldBeNull();
        await using var reading = factory.Services.CreateAsyncScope();
        var kept = await reading.ServiceProvider.GetRequiredService<PublishedProcedures>().GetVersionAsync(before.VersionId, default);
        kept!.InForce.ShouldBeFalse("a dossier keeps its version, now shown as no longer in force");
        kept.Name.ShouldBe(before.Name);
    }

    [Fact]
    public async Task A_procedure_abolished_on_this_node_is_no_longer_in_force_for_the_next_lookup()
    {
        (await FindAsync(factory.Services, OtherCode)).ShouldNotBeNull();

        await AbolishAsync(factory.Services, OtherCode);

        (await FindAsync(factory.Services, OtherCode)).ShouldBeNull();
    }

    [Fact]
    public async Task Unknown_codes_are_not_kept_and_answer_null()
    {
        (await FindAsync(factory.Services, "9.999999")).ShouldBeNull();
        (await FindAsync(factory.Services, "9.999999")).ShouldBeNull();
    }

    private static async Task AbolishAsync(IServiceProvider services, string code)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == code);
        procedure.Abolish(new Decision("88/QĐ-UBND", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 21)), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private static async Task<PublishedProcedure?> FindAsync(IServiceProvider services, string code)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(code, default);
    }
}
