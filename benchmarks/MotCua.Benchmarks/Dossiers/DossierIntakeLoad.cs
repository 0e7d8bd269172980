using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization.ServiceAccounts;
using Npgsql;

namespace MotCua.Benchmarks.Dossiers;

/// <summary>
/// Intake throughput: complete dossiers submitted through <c>POST /api/v1/dossiers</c> by many concurrent clients (one
/// API key per agency, spread evenly), then — in the same run, on the same database — the same rows written by plain
/// SQL (counter increment, dossier row, two history rows in one transaction) as the limit. Prints dossiers per second
/// and p50/p99 for both, and checks that every agency-day's codes are gap-free.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- dossier-intake [--provider PostgreSQL|Sqlite]
/// [--pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"] [--concurrency 50] [--seconds 30]</c>
/// </remarks>
internal sealed class DossierIntakeLoad : ILoadGenerator
{
    private const string ProcedureCode = "1.001193";

    public string Name => "dossier-intake";

    public async Task<int> RunAsync(string[] args)
    {
        var values = LoadHarness.Arguments(args);
        var provider = values.GetValueOrDefault("provider", "PostgreSQL");
        var concurrency = values.Int("concurrency", 50, 200);
        var seconds = values.Int("seconds", 30, 600);
        var (app, baseAddress) = LoadHarness.Start(provider, values.GetValueOrDefault("pg"));
        await using var _ = app;

        var (keys, procedure) = await ArrangeAsync(app.Services);
        Console.WriteLine($"{app.ProviderName}: {keys.Count} agencies, {concurrency} clients, {seconds} s per phase; serving {baseAddress}");
        var clients = keys.Select(k =>
        {
            var client = new HttpClient { BaseAddress = baseAddress };
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, k.Key);
            return client;
        }).ToList();
        var body = Submission(procedure);
        for (var i = 0; i < 100; i++)
        {
            await SubmitAsync(clients[i % clients.Count], body);
        }

        var api = await RunPhaseAsync(concurrency, seconds, worker => SubmitAsync(clients[worker % clients.Count], body));
        var raw = await RunRawPhaseAsync(app, keys.Select(k => k.AgencyId).ToList(), concurrency, seconds);
        clients.ForEach(c => c.Dispose());

        Console.WriteLine("| provider | path | clients | dossiers | per second | p50 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row(app.ProviderName, "HTTP API", concurrency, api));
        Console.WriteLine(Row(app.ProviderName, "plain SQL", concurrency, raw));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"API rate / plain SQL rate = {api.Rate / raw.Rate:P0}"));
        var gaps = await GapsAsync(app.Services);
        Console.WriteLine(gaps == 0 ? "Codes: every agency-day numbered 1..n without a gap or a duplicate." : $"Codes: {gaps} agency-days with a gap or duplicate!");
        return api.Errors == 0 && raw.Errors == 0 && gaps == 0 ? 0 : 1;
    }

    private static async Task<(List<(Guid AgencyId, string Key)> Keys, PublishedProcedure Procedure)> ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var agencies = await db.Agencies.Where(a => a.IsActive).Select(a => new { a.Id, a.Code }).ToListAsync();
        var now = DateTime.SpecifyKind(new DateTime(2026, 11, 23), DateTimeKind.Utc);
        var keys = agencies.Select(a => (a.Id, ServiceAccountIssuer.Issue(db, "Tải thử " + a.Code, a.Id, null, "benchmark", now).Key.Value)).ToList();
        await db.SaveChangesAsync();
        var procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(ProcedureCode, CancellationToken.None))!;
        return (keys, procedure);
    }

    private static object Submission(PublishedProcedure procedure) => new
    {
        procedureCode = procedure.Code,
        applicant = new { kind = "Individual", name = "Phạm Văn Tải", identityNumber = "001095012345", address = "Thôn Nam, xã An Bình", phone = "0987654321" },
        components = procedure.Components.Select(c => new { position = c.Position, provided = true, digitised = true }),
        channel = "Online",
        returnMethod = "Online",
    };

    private static async Task<bool> SubmitAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/dossiers", body);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }

    /// <summary>The same rows the API writes for an accepted dossier, by plain SQL, one transaction per dossier.</summary>
    private static async Task<PhaseResult> RunRawPhaseAsync(BenchmarkFactory app, List<Guid> agencies, int concurrency, int seconds)
    {
        var postgres = app.ProviderName == "PostgreSQL";
        await using var dataSource = postgres ? NpgsqlDataSource.Create(app.Database.ConnectionString) : null;
        var sqlite = postgres ? null : new SqliteConnectionStringBuilder(app.Database.ConnectionString) { Pooling = true, DefaultTimeout = 60 }.ConnectionString;
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(7).AddDays(1));
        return await RunPhaseAsync(concurrency, seconds, async worker =>
        {
            await using DbConnection connection = postgres ? await dataSource!.OpenConnectionAsync() : new SqliteConnection(sqlite);
            if (!postgres)
            {
                await connection.OpenAsync();
            }

            await using var transaction = await connection.BeginTransactionAsync();
            var agency = agencies[worker % agencies.Count];
            var counter = Command(connection, transaction, postgres,
                """INSERT INTO "DossierCodeCounters" ("AgencyId", "Date", "LastSequence") VALUES (@a, @d, 1) ON CONFLICT ("AgencyId", "Date") DO UPDATE SET "LastSequence" = "DossierCodeCounters"."LastSequence" + 1 RETURNING "LastSequence" """,
                ("a", agency), ("d", today));
            var sequence = Convert.ToInt32(await counter.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            var id = Guid.CreateVersion7();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            await Command(connection, transaction, postgres,
                $"""
                INSERT INTO "Dossiers" ("Id", "AgencyId", "Code", "CodeDate", "CodeSequence", "Status", "DueAt", "ProcedureVersionId", "ProcedureCode",
                  "ProcedureName", "ProcessingTimeAmount", "ProcessingTimeUnit", "CutOffTime", "Channel", "ReturnMethod", "SetCount", "SubmittedAt",
                  "ReceivedAt", "OriginalDueAt", "ReceivedByName", "EventCount", "LastEventHash", "Revision", "Applicant", "Components")
                VALUES (@id, @a, @code, @d, @s, 2, @due, @v, '1.001193', 'Đăng ký kết hôn', 0, 'Immediate', @cut, 2, 3, 1, @now, @now, @due, 'x', 2, @h, @r, {(postgres ? "CAST(@ap AS jsonb), CAST(@co AS jsonb)" : "@ap, @co")})
                """,
                ("id", id), ("a", agency), ("code", $"RAW{worker}-{today:yyMMdd}-{sequence:D4}-{id:N}"), ("d", today), ("s", sequence), ("due", now.AddDays(1)),
                ("v", Guid.Empty), ("cut", new TimeOnly(15, 0)), ("now", now), ("h", new string('0', 64)), ("r", Guid.NewGuid()),
                ("ap", """{"Kind":"Individual","Name":"Phạm Văn Tải","IdentityNumber":"001095012345","Address":"Thôn Nam, xã An Bình","Phone":"0987654321"}"""),
                ("co", """[{"Position":1,"Name":"Tờ khai","Form":"Original","Count":1,"IsRequired":true,"Provided":true,"Digitised":true,"Reused":false}]""")).ExecuteNonQueryAsync();
            for (var e = 1; e <= 2; e++)
            {
                await Command(connection, transaction, postgres,
                    """INSERT INTO "DossierEvents" ("Id", "DossierId", "Sequence", "At", "ActorName", "Action", "ToStatus", "PreviousHash", "Hash") VALUES (@id, @dossier, @seq, @now, 'x', 'Accept', 2, @h, @h)""",
                    ("id", Guid.CreateVersion7()), ("dossier", id), ("seq", e), ("now", now), ("h", new string('0', 64))).ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            return true;
        });
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, bool postgres, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            // SQLite keeps what EF writes: upper-case GUID text, ISO dates and times.
            parameter.Value = postgres ? value : value switch
            {
                Guid g => g.ToString().ToUpperInvariant(),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<PhaseResult> RunPhaseAsync(int concurrency, int seconds, Func<int, Task<bool>> operation)
    {
        var latencies = new List<double>();
        var errors = 0;
        var reported = 0;
        var deadline = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (clock.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(worker);
                }
                catch (DbException e)
                {
                    ok = false;
                    if (Interlocked.Increment(ref reported) == 1)
                    {
                        Console.WriteLine("First failure: " + e.Message);
                    }
                }

                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    errors += ok ? 0 : 1;
                }
            }
        }));
        clock.Stop();
        latencies.Sort();
        return new PhaseResult(latencies, errors, (latencies.Count - errors) / clock.Elapsed.TotalSeconds);
    }

    /// <summary>Agency-days whose codes issued by the application are not exactly 1..n.</summary>
    private static async Task<int> GapsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var days = await db.Dossiers.Where(d => d.CodeSequence != null && !d.Code!.StartsWith("RAW"))
            .GroupBy(d => new { d.AgencyId, d.CodeDate })
            .Select(g => new { Count = g.Count(), Distinct = g.Select(d => d.CodeSequence).Distinct().Count(), Max = g.Max(d => d.CodeSequence) })
            .ToListAsync();
        return days.Count(d => d.Count != d.Max || d.Distinct != d.Count);
    }

    private static string Row(string provider, string path, int clients, PhaseResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {provider} | {path} | {clients} | {r.Latencies.Count - r.Errors:N0} | {r.Rate:F0} | {LoadHarness.Percentile(r.Latencies, 50):F1} | {LoadHarness.Percentile(r.Latencies, 99):F1} | {(r.Latencies.Count > 0 ? r.Latencies[^1] : 0):F1} | {r.Errors} |");

    private sealed record PhaseResult(List<double> Latencies, int Errors, double Rate);
}
