using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>
/// A recount writes only the facts rows no roll-up holds (ADR-061, addendum "Compact after a full recount"): a row still
/// stamped is counted as it stands, so the daily rebuild of every bucket rewrites none of them, and a bucket made dirty by one
/// changed row stamps that row alone — where every recount used to release and stamp its whole bucket again, ten million
/// rows a day through the partial indexes at a large province.
/// </summary>
public sealed class RecountWritesTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_recount_writes_only_the_facts_rows_no_rollup_holds()
    {
        foreach (var day in new[] { 7, 8, 16 })
        {
            factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, day, 1, 0, 0, TimeSpan.Zero));
            await factory.DoneAsync();
            await factory.DoneAsync();
        }

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.SettleFactsAsync();
        await using var scope = factory.CreateDbScope(out var db);
        var postgres = db.Database.IsNpgsql();
        var before = await RollupsAsync(db);
        var stamped = await db.MetricDossiers.AsNoTracking().Where(m => m.RolledSequence != null).Select(m => m.DossierId).ToListAsync();
        stamped.Count.ShouldBeGreaterThanOrEqualTo(6);
        await db.Database.ExecuteSqlRawAsync(postgres ? PostgresTrigger : SqliteTrigger);
        try
        {
            await using (var writing = factory.Services.CreateAsyncScope())
            {
                (await writing.ServiceProvider.GetRequiredService<MetricRollupsWriter>().RebuildAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);
            }

            (await TouchedAsync(db)).ShouldBeEmpty("the rebuild counts every bucket again but no stamped row changed");
            (await RollupsAsync(db)).ShouldBe(before);

            // A change clears the row's stamp (as every capture does): its bucket is dirty, and its recount stamps that row alone.
            var changed = stamped[0];
            await db.MetricDossiers.Where(m => m.DossierId == changed).ExecuteUpdateAsync(s => s.SetProperty(m => m.RolledSequence, (int?)null));
            await db.Database.ExecuteSqlRawAsync("DELETE FROM touched");
            await using (var writing = factory.Services.CreateAsyncScope())
            {
                (await writing.ServiceProvider.GetRequiredService<MetricRollupsWriter>().RunAsync(CancellationToken.None)).ShouldBe(1);
            }

            (await TouchedAsync(db)).ShouldBe([changed]);
            (await RollupsAsync(db)).ShouldBe(before);
            (await db.MetricDossiers.AsNoTracking().CountAsync(m => m.RolledSequence != null)).ShouldBe(stamped.Count);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(postgres ? "DROP TRIGGER touched ON \"MetricDossiers\"; DROP FUNCTION touched(); DROP TABLE touched" : "DROP TRIGGER touched; DROP TABLE touched");
        }
    }

    /// <summary>Every facts row updated since the trigger was made.</summary>
    private const string PostgresTrigger = """
        CREATE TABLE touched ("Id" uuid NOT NULL);
        CREATE FUNCTION touched() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO touched VALUES (NEW."DossierId"); RETURN NEW; END $$;
        CREATE TRIGGER touched AFTER UPDATE ON "MetricDossiers" FOR EACH ROW EXECUTE FUNCTION touched();
        """;

    private const string SqliteTrigger = """
        CREATE TABLE touched ("Id" TEXT NOT NULL);
        CREATE TRIGGER touched AFTER UPDATE ON "MetricDossiers" BEGIN INSERT INTO touched VALUES (NEW."DossierId"); END;
        """;

    private static async Task<List<Guid>> TouchedAsync(MotCua.Common.Data.AppDbContext db) =>
        await db.Database.SqlQueryRaw<Guid>("SELECT DISTINCT \"Id\" AS \"Value\" FROM touched").ToListAsync();

    /// <summary>The dossier roll-ups as a comparable list: every column but the row's own id, which each recount makes anew.</summary>
    private static async Task<List<string>> RollupsAsync(MotCua.Common.Data.AppDbContext db) =>
        [.. (await db.MetricDossierRollups.AsNoTracking().ToListAsync()).Select(Columns).Order(StringComparer.Ordinal)];

    private static string Columns(object rollup)
    {
        var row = System.Text.Json.JsonSerializer.SerializeToNode(rollup)!.AsObject();
        row.Remove("Id");
        return row.ToJsonString();
    }
}
