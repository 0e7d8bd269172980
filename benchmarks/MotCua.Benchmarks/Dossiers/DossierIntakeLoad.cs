using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Modules.Workflows;
using MotCua.Testing;
using Npgsql;

namespace MotCua.Benchmarks.Dossiers;

/// <summary>
/// Intake throughput: complete dossiers submitted through <c>POST /api/v1/dossiers</c> by many concurrent clients (one
/// API key per agency, spread evenly, each agency submitting a procedure it settles under an approved internal process,
/// so every acceptance also opens the first step), then — in the same run, on the same database — the same rows written
/// by plain SQL as the limit. Prints dossiers per second and p50/p99 for both, and checks that every agency-day's codes
/// are gap-free.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- dossier-intake [--provider PostgreSQL|Sqlite]
/// [--pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"] [--concurrency 50] [--seconds 30] [--warmup 20]
/// [--rate 100] [--rounds 1]</c>; with <c>--rate</c> both paths run once more at that many dossiers per second, for latency below
/// saturation; with <c>--rounds</c> the measured seconds of each path are split into that many rounds, the paths alternating.
/// </remarks>
internal sealed class DossierIntakeLoad : ILoadGenerator
{
    private static readonly string[] Tables = ["Dossiers", "DossierEvents", "DossierTasks", "OutboxMessages"];

    public string Name => "dossier-intake";

    public async Task<int> RunAsync(string[] args)
    {
        var values = LoadHarness.Arguments(args);
        var provider = values.GetValueOrDefault("provider", "PostgreSQL");
        var concurrency = values.Int("concurrency", 50, 200);
        var seconds = values.Int("seconds", 30, 600);
        var warmup = values.Int("warmup", 20, 600);
        var rate = values.ContainsKey("rate") ? values.Int("rate", 0, 10_000) : 0;
        var rounds = values.Int("rounds", 1, 30);
        var (app, baseAddress) = LoadHarness.Start(provider, values.GetValueOrDefault("pg"));
        await using var _ = app;

        var senders = await ArrangeAsync(app.Services);
        Console.WriteLine($"{app.ProviderName}: {senders.Count} agencies, {concurrency} clients, {warmup} s warm-up, {seconds} s per phase; serving {baseAddress}");
        foreach (var s in senders)
        {
            Console.WriteLine($"  {s.AgencyCode}: {s.Procedure.Code} {s.Procedure.Name} ({s.Procedure.Components.Count} components)");
        }

        var clients = senders.Select(s =>
        {
            var client = new HttpClient { BaseAddress = baseAddress };
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, s.Key);
            return client;
        }).ToList();
        for (var i = 0; i < senders.Count; i++)
        {
            await SubmitAsync(clients[i], senders[i].Body);
        }

        var templates = await TemplatesAsync(app, senders);
        await using var monitor = await OpenAsync(app.Database);
        Func<Task<TimeSpan?>> serverCpu = monitor is NpgsqlConnection pg ? () => LoadHarness.ServerCpuAsync(pg) : () => Task.FromResult<TimeSpan?>(null);

        // Both paths run under full load before they are measured, so that tiered JIT compilation has settled (a server runs for days).
        await RunPhaseAsync(concurrency, warmup, 0, serverCpu, worker => SubmitAsync(clients[worker % clients.Count], senders[worker % senders.Count].Body));
        await RunRawPhaseAsync(app, templates, concurrency, Math.Max(1, warmup / 3), 0, serverCpu);
        Console.WriteLine("Rows of one accepted dossier (the API's writes, copied by the plain-SQL path): "
            + string.Join(", ", Tables.Select(t => $"{t} {templates[0].Rows.Count(r => r.Table == t)}")));
        // Measured in alternating rounds when asked: PostgreSQL's background writes (checkpoints, autovacuum) of one path's
        // rows then fall on both paths alike instead of on whichever phase comes next.
        var roundSeconds = Math.Max(1, seconds / rounds);
        var api = await RunPhaseAsync(concurrency, roundSeconds, 0, serverCpu, worker => SubmitAsync(clients[worker % clients.Count], senders[worker % senders.Count].Body));
        var raw = await RunRawPhaseAsync(app, templates, concurrency, roundSeconds, 0, serverCpu);
        for (var round = 1; round < rounds; round++)
        {
            api = Combine(api, await RunPhaseAsync(concurrency, roundSeconds, 0, serverCpu, worker => SubmitAsync(clients[worker % clients.Count], senders[worker % senders.Count].Body)));
            raw = Combine(raw, await RunRawPhaseAsync(app, templates, concurrency, roundSeconds, 0, serverCpu));
        }

        var paced = rate > 0
            ? (Api: await RunPhaseAsync(concurrency, seconds, rate, serverCpu, worker => SubmitAsync(clients[worker % clients.Count], senders[worker % senders.Count].Body)),
                Raw: await RunRawPhaseAsync(app, templates, concurrency, seconds, rate, serverCpu))
            : default;
        clients.ForEach(c => c.Dispose());

        Console.WriteLine("| provider | path | clients | dossiers | per second | p50 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row(app.ProviderName, "HTTP API", concurrency, api));
        Console.WriteLine(Row(app.ProviderName, "plain SQL", concurrency, raw));
        if (rate > 0)
        {
            Console.WriteLine(Row(app.ProviderName, $"HTTP API at {rate}/s", concurrency, paced.Api));
            Console.WriteLine(Row(app.ProviderName, $"plain SQL at {rate}/s", concurrency, paced.Raw));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"API rate / plain SQL rate = {api.Rate / raw.Rate:P0}"));
        Console.WriteLine();
        Console.WriteLine("| path | CPU ms per dossier: this process (app and load generator) | of which GC pauses ms | KB allocated per dossier | CPU ms per dossier: PostgreSQL | load average (1 min) before → after |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(CpuRow("HTTP API", api));
        Console.WriteLine(CpuRow("plain SQL", raw));
        if (rate > 0)
        {
            Console.WriteLine(CpuRow($"HTTP API at {rate}/s", paced.Api));
            Console.WriteLine(CpuRow($"plain SQL at {rate}/s", paced.Raw));
        }
        var gaps = await GapsAsync(app.Services);
        Console.WriteLine(gaps == 0 ? "Codes: every agency-day numbered 1..n without a gap or a duplicate." : $"Codes: {gaps} agency-days with a gap or duplicate!");
        return api.Errors == 0 && raw.Errors == 0 && gaps == 0 ? 0 : 1;
    }

    /// <summary>
    /// One API key per active agency that settles, under an approved internal process of its own, a procedure in force
    /// that can be submitted online (the first by code); agencies without one are left out.
    /// </summary>
    internal static async Task<List<Sender>> ArrangeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var procedures = scope.ServiceProvider.GetRequiredService<PublishedProcedures>();
        var workflows = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
        var agencies = await db.Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new { a.Id, a.Code }).ToListAsync();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var senders = new List<Sender>();
        foreach (var agency in agencies)
        {
            foreach (var procedure in await procedures.ListInForceForAgencyAsync(agency.Id, CancellationToken.None))
            {
                if (procedure.Channels.HasFlag(SubmissionChannels.Online)
                    && (await workflows.ListInForceAsync(procedure.VersionId, CancellationToken.None)).Any(p => p.AgencyId == agency.Id))
                {
                    var key = ServiceAccountIssuer.Issue(db, "Tải thử " + agency.Code, agency.Id, null, "benchmark", now).Key.Value;
                    senders.Add(new Sender(agency.Id, agency.Code, key, procedure, Submission(procedure)));
                    break;
                }
            }
        }

        await db.SaveChangesAsync();
        return senders;
    }

    private static object Submission(PublishedProcedure procedure) => new
    {
        procedureCode = procedure.Code,
        applicant = new
        {
            kind = "Individual", name = "Phạm Văn Tải", identityNumber = "001095012345", address = "Thôn Nam, xã An Bình", phone = "0987654321",
            email = "pham.van.tai@example.vn",
        },
        components = procedure.Components.Select(c => new { position = c.Position, provided = true, digitised = false }),
        channel = "Online",
        returnMethod = "Online",
    };

    internal static async Task<bool> SubmitAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/dossiers", body);
        await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }

    /// <summary>Per agency, every row the API wrote for one of its accepted dossiers (read back generically, column by column).</summary>
    private static async Task<List<Template>> TemplatesAsync(BenchmarkFactory app, List<Sender> senders)
    {
        await using var connection = await OpenAsync(app.Database);
        var templates = new List<Template>();
        foreach (var sender in senders)
        {
            // The dossier the API has just accepted for the agency (the latest), not a demo dossier with a longer history.
            var dossierId = (await ReadRowsAsync(connection, """SELECT "Id" FROM "Dossiers" WHERE "AgencyId" = @a AND "Code" IS NOT NULL ORDER BY "ReceivedAt" DESC LIMIT 1""", "", ("a", sender.AgencyId)))
                .Single().Values["Id"];
            var rows = new List<TemplateRow>();
            rows.AddRange(await ReadRowsAsync(connection, """SELECT * FROM "Dossiers" WHERE "Id" = @d""", "Dossiers", ("d", dossierId)));
            rows.AddRange(await ReadRowsAsync(connection, """SELECT * FROM "DossierEvents" WHERE "DossierId" = @d""", "DossierEvents", ("d", dossierId)));
            rows.AddRange(await ReadRowsAsync(connection, """SELECT * FROM "DossierTasks" WHERE "DossierId" = @d""", "DossierTasks", ("d", dossierId)));
            var code = (string)rows[0].Values["Code"];
            rows.AddRange(await ReadRowsAsync(connection, """SELECT * FROM "OutboxMessages" WHERE "Reference" = @c""", "OutboxMessages", ("c", code)));
            templates.Add(new Template(sender.AgencyId, rows));
        }

        return templates;
    }

    /// <summary>
    /// The rows of a template dossier, by plain SQL, one transaction per dossier: the counter upsert (its number is needed
    /// for the code), then every insert in one command, then the commit — the fewest round trips a hand-written client needs.
    /// </summary>
    private static async Task<PhaseResult> RunRawPhaseAsync(
        BenchmarkFactory app, List<Template> templates, int concurrency, int seconds, int rate, Func<Task<TimeSpan?>> serverCpu)
    {
        var postgres = app.Database.Provider == DatabaseProvider.PostgreSQL;
        // The same connection settings as the application's (its statements prepared on second use, ADR-042): like for like.
        await using var dataSource = postgres ? NpgsqlDataSource.Create(PostgresConnectionString.WithPreparedStatements(app.Database.ConnectionString)) : null;
        var today = VietnamTime.Today(TimeProvider.System).AddDays(1);
        return await RunPhaseAsync(concurrency, seconds, rate, serverCpu, async worker =>
        {
            var template = templates[worker % templates.Count];
            await using DbConnection connection = postgres ? await dataSource!.OpenConnectionAsync() : await OpenAsync(app.Database);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var counter = Command(connection, transaction, postgres,
                """INSERT INTO "DossierCodeCounters" ("AgencyId", "Date", "LastSequence") VALUES (@a, @d, 1) ON CONFLICT ("AgencyId", "Date") DO UPDATE SET "LastSequence" = "DossierCodeCounters"."LastSequence" + 1 RETURNING "LastSequence" """,
                [("a", template.AgencyId, null), ("d", today, "date")]);
            var sequence = Convert.ToInt32(await counter.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            var id = Guid.CreateVersion7();
            // Unique without the id: a worker always copies the same agency, whose day counter never repeats a number. At most 50
            // characters, the outbox reference's width (with the id it was 51 from the tenth worker on, and those inserts failed).
            var code = $"RAW{worker}-{today:yyMMdd}-{sequence:D5}";
            var sql = new List<string>();
            var parameters = new List<(string, object, string?)>();
            foreach (var (row, index) in template.Rows.Select((r, i) => (r, i)))
            {
                var changed = new Dictionary<string, object>(row.Values);
                changed["Id"] = row.Table == "Dossiers" ? id : Guid.CreateVersion7();
                switch (row.Table)
                {
                    case "Dossiers":
                        changed["Code"] = code;
                        changed["CodeDate"] = today;
                        changed["CodeSequence"] = sequence;
                        changed["Revision"] = Guid.NewGuid();
                        break;
                    case "OutboxMessages":
                        changed["Reference"] = code;
                        changed["DeduplicationKey"] = $"{id:N}:{index}";
                        break;
                    default:
                        changed["DossierId"] = id;
                        break;
                }

                var columns = changed.Keys.ToList();
                sql.Add($"""INSERT INTO "{row.Table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(c => $"@r{index}_{c}"))})""");
                parameters.AddRange(columns.Select(c => ($"r{index}_{c}", changed[c], c == "CodeDate" ? "date" : row.Types.GetValueOrDefault(c))));
            }

            await using var insert = Command(connection, transaction, postgres, string.Join(";\n", sql), parameters);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return true;
        });
    }

    private static async Task<DbConnection> OpenAsync(TestDatabase database)
    {
        DbConnection connection = database.Provider == DatabaseProvider.PostgreSQL
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true, DefaultTimeout = 60 }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<TemplateRow>> ReadRowsAsync(DbConnection connection, string sql, string table, params (string Name, object Value)[] parameters)
    {
        var postgres = connection is NpgsqlConnection;
        await using var command = Command(connection, null, postgres, sql, [.. parameters.Select(p => (p.Name, p.Value, (string?)null))]);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<TemplateRow>();
        while (await reader.ReadAsync())
        {
            var values = new Dictionary<string, object>();
            var types = new Dictionary<string, string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[reader.GetName(i)] = reader.GetValue(i);
                types[reader.GetName(i)] = reader.GetDataTypeName(i);
            }

            rows.Add(new TemplateRow(table, values, postgres ? types : []));
        }

        return rows;
    }

    /// <summary>A command with parameters; on PostgreSQL each carries the column's type name, so text read back from jsonb goes in as jsonb.</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, bool postgres, string sql, IEnumerable<(string Name, object Value, string? Type)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            if (postgres && type is not null)
            {
                ((NpgsqlParameter)parameter).DataTypeName = type;
            }

            // SQLite keeps what EF writes: upper-case GUID text and ISO dates.
            parameter.Value = postgres ? value : value switch
            {
                Guid g => g.ToString().ToUpperInvariant(),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>
    /// Runs <paramref name="operation"/> from <paramref name="concurrency"/> workers for <paramref name="seconds"/>: as fast as
    /// they can, or at <paramref name="rate"/> operations per second in all, each worker keeping its own schedule and each
    /// latency counted from the scheduled start (so a slow answer also delays the count of the ones queued behind it).
    /// </summary>
    private static async Task<PhaseResult> RunPhaseAsync(int concurrency, int seconds, int rate, Func<Task<TimeSpan?>> serverCpu, Func<int, Task<bool>> operation)
    {
        var loadBefore = LoadHarness.LoadAverage();
        var serverBefore = await serverCpu();
        var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var latencies = new List<double>();
        var errors = 0;
        var reported = 0;
        var deadline = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();
        var interval = rate > 0 ? TimeSpan.FromSeconds((double)concurrency / rate) : TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var next = interval * worker / concurrency;
            while (clock.Elapsed < deadline)
            {
                if (rate > 0 && next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }

                var started = rate > 0 ? next : clock.Elapsed;
                next += interval;
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

                var ms = (clock.Elapsed - started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    errors += ok ? 0 : 1;
                }
            }
        }));
        clock.Stop();
        var app = Process.GetCurrentProcess().TotalProcessorTime - appBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var server = await serverCpu() - serverBefore;
        latencies.Sort();
        return new PhaseResult(latencies, errors, clock.Elapsed, app, server, allocated, paused, $"{loadBefore} → {LoadHarness.LoadAverage()}");
    }

    /// <summary>Two measurements of the same path as one: their requests, time, CPU and allocation added up.</summary>
    private static PhaseResult Combine(PhaseResult earlier, PhaseResult later) => new(
        [.. earlier.Latencies.Concat(later.Latencies).Order()], earlier.Errors + later.Errors, earlier.Elapsed + later.Elapsed,
        earlier.AppCpu + later.AppCpu, earlier.ServerCpu + later.ServerCpu, earlier.Allocated + later.Allocated, earlier.GcPause + later.GcPause,
        $"{earlier.Load.Split(" → ")[0]} → {later.Load.Split(" → ")[^1]}");

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

    internal sealed record Sender(Guid AgencyId, string AgencyCode, string Key, PublishedProcedure Procedure, object Body);

    private sealed record TemplateRow(string Table, Dictionary<string, object> Values, Dictionary<string, string> Types);

    private sealed record Template(Guid AgencyId, List<TemplateRow> Rows);

    private static string CpuRow(string path, PhaseResult r)
    {
        var done = Math.Max(1, r.Latencies.Count - r.Errors);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {r.AppCpu.TotalMilliseconds / done:F2} | {r.GcPause.TotalMilliseconds / done:F2} | {r.Allocated / 1024.0 / done:F0} | {(r.ServerCpu is { } s ? (s.TotalMilliseconds / done).ToString("F2", CultureInfo.InvariantCulture) : "n/a")} | {r.Load} |");
    }

    private sealed record PhaseResult(List<double> Latencies, int Errors, TimeSpan Elapsed, TimeSpan AppCpu, TimeSpan? ServerCpu, long Allocated, TimeSpan GcPause, string Load)
    {
        public double Rate => (Latencies.Count - Errors) / Elapsed.TotalSeconds;
    }
}
