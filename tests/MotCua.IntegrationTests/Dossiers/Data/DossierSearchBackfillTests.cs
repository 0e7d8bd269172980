using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Common;
using MotCua.Modules.Dossiers.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers.Data;

/// <summary>
/// The start-up backfill of the dossiers' search text (M0059): it still fills every dossier written without it, and once
/// none is left its query is answered by the partial index of the dossiers without search text, not the dossiers table.
/// </summary>
public sealed class DossierSearchBackfillTests
{
    [Fact]
    public async Task The_backfill_fills_every_dossier_without_search_text_and_then_finds_none_through_its_index()
    {
        await using var factory = new MotCuaFactory();
        var desk = await factory.ClientAsync("motcua");
        for (var i = 0; i < 3; i++)
        {
            await factory.ReceiveAsync(desk, LicenceCode);
        }

        await using var scope = factory.CreateDbScope(out var db);
        var total = await db.Dossiers.CountAsync();
        total.ShouldBeGreaterThanOrEqualTo(3);
        (await db.Dossiers.ExecuteUpdateAsync(u => u.SetProperty(d => d.SearchText, ""))).ShouldBe(total);

        var backfill = factory.Services.GetRequiredService<DossierSearchBackfill>();
        var filled = 0;
        while (await backfill.FillBatchAsync(CancellationToken.None) is var count and > 0)
        {
            filled += count;
        }

        filled.ShouldBe(total);
        (await db.Dossiers.CountAsync(d => d.SearchText == "")).ShouldBe(0);
        var postgres = db.Database.IsNpgsql();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE \"Dossiers\"" : "ANALYZE");
        if (postgres)
        {
            // A table of a few rows is read whole whatever its indexes: what is checked is that the partial index answers
            // the query (its filter is implied by the query's). At 2 million rows PostgreSQL takes it unprompted (M0059).
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        var plan = await QueryPlans.PlanAsync(db, postgres, QueryPlans.Inline(DossierSearchBackfill.Unfilled(db.Dossiers).ToQueryString()));
        plan.ShouldContain(DossierConfiguration.UnsearchableIndex);
        plan.ShouldNotContain("Seq Scan");
    }
}
