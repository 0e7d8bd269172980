using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.IntegrationTests.Common;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Rollups;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>
/// What the judging job reads to find the buckets to count (ADR-061, addendum 07/12/2026): among thousands of facts rows —
/// most rolled up, many open (which no roll-up ever holds) — the rows to roll up are found through the partial index of
/// exactly those rows, not by walking every unrolled row.
/// </summary>
public sealed class RowsToRollTests
{
    private const int Rows = 6000;

    [Fact]
    public async Task The_judging_job_finds_the_rows_to_roll_up_through_the_index_of_those_rows_alone()
    {
        await using var factory = new MotCuaFactory();
        await using var scope = factory.CreateDbScope(out var db);
        var postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteSqlRawAsync(Generate(postgres));
        await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE \"MetricDossiers\"" : "ANALYZE");

        var query = MetricRollupsWriter.ToRoll(db.MetricDossiers).Select(m => new { m.ResolvingAgencyId, m.ReceivedAt }).Take(MetricRollupsWriter.BatchSize);
        (await query.CountAsync()).ShouldBe(Rows / 50, "the ended and judged rows never rolled up");
        var plan = await QueryPlans.PlanAsync(db, postgres, QueryPlans.Inline(query.ToQueryString()));

        plan.ShouldContain(MetricDossierConfiguration.ToRollIndex);
        plan.ShouldNotContain(MetricDossierConfiguration.UnrolledIndex);
        plan.ShouldNotContain("Seq Scan");
        plan.ShouldNotContain("SCAN m\n");
        if (!postgres)
        {
            plan.ShouldContain("COVERING INDEX " + MetricDossierConfiguration.ToRollIndex, Case.Sensitive, "SQLite takes a partial index only when it covers the query");
        }
    }

    /// <summary>
    /// Facts rows of three agencies received over two years: of every 50, 35 ended, judged and rolled up, 14 open (unrolled for
    /// good), 1 ended and judged but not rolled up yet.
    /// </summary>
    private static string Generate(bool postgres)
    {
        var numbers = postgres ? "generate_series(1, " + Rows + ") AS n(i)" : "n";
        var prefix = postgres ? "" : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + Rows + ") ";
        var id = postgres ? "gen_random_uuid()" : "lower(hex(randomblob(16)))";
        var agency = postgres ? "(ARRAY['a0000000-0000-0000-0000-000000000001', 'a0000000-0000-0000-0000-000000000002', 'a0000000-0000-0000-0000-000000000003'])[i % 3 + 1]::uuid" : "'A0000000-0000-0000-0000-00000000000' || (i % 3 + 1)";
        var at = postgres ? "TIMESTAMPTZ '2025-01-01 01:00:00+00' + (i % 700) * INTERVAL '1 day'" : "datetime('2025-01-01 01:00:00', '+' || (i % 700) || ' days')";
        var open = "i % 50 BETWEEN 35 AND 48";
        var toRoll = "i % 50 = 49";
        var insert = $"""
            INSERT INTO "MetricDossiers" ("DossierId", "AgencyId", "ResolvingAgencyId", "ProcedureCode", "ProcedureVersionId", "Channel", "Status",
                "SubmittedAt", "ReceivedAt", "EndedAt", "ProcessingTimeAmount", "ProcessingTimeUnit", "SupplementCount", "ExtensionCount", "ApologyCount",
                "ApologyAfterDue", "ComponentCount", "DigitisedCount", "ExemptCount", "ReusedCount", "FeeStatus", "FeesRequested", "PaidOnline",
                "ElectronicResult", "CapturedSequence", "CapturedAt", "JudgedSequence", "StatisticClass", "RolledAgencyId", "RolledBucket", "RolledSequence")
            {prefix}SELECT {id}, {agency}, {agency}, '1.000001', {agency}, 1, 1,
                {at}, {at}, CASE WHEN {open} THEN NULL ELSE {at} END, 5, 'WorkingDays', 0, 0, 0,
                {(postgres ? "false" : "0")}, 1, 0, 0, 0, 0, {(postgres ? "false, false, false" : "0, 0, 0")}, 1, {at},
                CASE WHEN {open} THEN NULL ELSE 1 END, CASE WHEN {open} THEN NULL ELSE 'OnTime' END,
                CASE WHEN {open} OR {toRoll} THEN NULL ELSE {agency} END, CASE WHEN {open} OR {toRoll} THEN NULL ELSE {at} END,
                CASE WHEN {open} OR {toRoll} THEN NULL ELSE 1 END
            FROM {numbers}
            """;
        return insert;
    }
}
