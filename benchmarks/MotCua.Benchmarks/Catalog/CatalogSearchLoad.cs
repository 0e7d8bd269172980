using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;

namespace MotCua.Benchmarks.Catalog;

/// <summary>
/// Seeds a fresh database with 10,000 published procedures, serves the application on a Kestrel port on 127.0.0.1
/// and fires a mix of catalogue searches at <c>/api/v1/procedures</c>, bounded by a request count and a time limit.
/// Prints p50/p95/p99 latency and throughput.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MotCua.Benchmarks -- catalog-search [--provider Sqlite|PostgreSQL]
/// [--pg "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"] [--procedures 10000] [--requests 5000]
/// [--seconds 60] [--concurrency 4]</c>
/// </remarks>
internal sealed class CatalogSearchLoad : ILoadGenerator
{
    private static readonly string[] Queries =
    [
        "q=dang%20ky%20ket%20hon",
        "q=giay%20phep%20lao%20dong",
        "q=tro%20cap%20that%20nghiep",
        "q=chung%20thuc",
        "q=2.000635",
        "q=khai%20sinh&page=2",
        "q=cap%20lai",
        "q=nguoi%20co%20cong&online=full",
        "field=HOTICH",
        "field=GDNN&page=3",
        "agency=H99.10&level=TINH",
        "agency=H99.50&online=partial",
        "online=none&page=5",
        "page=40",
        "q=xyzxyz",
        "q=Đăng%20ký%20giám%20hộ",
    ];

    public string Name => "catalog-search";

    public async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        var (app, baseAddress) = LoadHarness.Start(options.Provider, options.PostgresServer);
        await using var _ = app;
        var seeding = Stopwatch.StartNew();
        await SeedAsync(app.Services, options.Procedures);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A live database has planner statistics; a bulk-loaded one has none until autovacuum gets to it.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"Seeded {options.Procedures} procedures on {app.ProviderName} in {seeding.Elapsed.TotalSeconds:F1} s; serving {baseAddress}");

        using var client = new HttpClient { BaseAddress = baseAddress };
        for (var i = 0; i < 100; i++)
        {
            await SendAsync(client, Queries[i % Queries.Length]);
        }

        var rebuild = await MeasureRebuildAsync(app.Services, client);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First search after a catalogue change (index rebuild), median of 5: {rebuild:F1} ms"));

        var byQuery = Queries.ToDictionary(q => q, _ => new List<double>());
        var latencies = new List<double>(options.Requests);
        var errors = 0;
        var issued = -1;
        var deadline = TimeSpan.FromSeconds(options.Seconds);
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref issued)) < options.Requests && total.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, Queries[n % Queries.Length]);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    byQuery[Queries[n % Queries.Length]].Add(ms);
                    errors += ok ? 0 : 1;
                }
            }
        });
        await Task.WhenAll(workers);
        total.Stop();

        latencies.Sort();
        foreach (var (query, times) in byQuery.Where(q => q.Value.Count > 0))
        {
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query,-40} n={times.Count,5}  p50={LoadHarness.Percentile(times, 50),7:F1} ms  p95={LoadHarness.Percentile(times, 95),7:F1} ms"));
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {app.ProviderName} | {options.Procedures} | {latencies.Count} | {options.Concurrency} | {LoadHarness.Percentile(latencies, 50):F1} | {LoadHarness.Percentile(latencies, 95):F1} | {LoadHarness.Percentile(latencies, 99):F1} | {latencies[^1]:F1} | {latencies.Count / total.Elapsed.TotalSeconds:F0} | {errors} |");
        Console.WriteLine("| provider | procedures | requests | concurrency | p50 ms | p95 ms | p99 ms | max ms | req/s | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(line);
        if (options.KeepSqlite is { } copy && app.ProviderName == "Sqlite")
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlAsync($"VACUUM INTO {copy}");
        }

        return errors == 0 ? 0 : 1;
    }

    /// <summary>Renews the catalogue stamp as a save of catalogue data does, then times the search that rebuilds the index.</summary>
    private static async Task<double> MeasureRebuildAsync(IServiceProvider services, HttpClient client)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var stamp = await db.CatalogStamps.SingleAsync();
                stamp.Renew();
                await db.SaveChangesAsync();
            }

            var started = Stopwatch.GetTimestamp();
            await SendAsync(client, Queries[0]);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<bool> SendAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/procedures?" + query);
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    /// <summary>Adds generated procedures (names varied from the demo catalogue), published, in batches.</summary>
    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        string[] prefixes = ["", "Cấp lại ", "Điều chỉnh ", "Gia hạn ", "Thu hồi ", "Hướng dẫn ", "Xác nhận ", "Hỗ trợ "];
        string[] suffixes = ["", " cho tổ chức", " cho cá nhân", " có yếu tố nước ngoài", " tại cấp xã", " trên địa bàn tỉnh", " đối với hộ gia đình", " (liên thông)"];
        var now = DateTime.SpecifyKind(new DateTime(2026, 11, 23), DateTimeKind.Utc);
        const int batch = 500;
        for (var start = 0; start < count; start += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var fields = await db.ProcedureFields.ToDictionaryAsync(f => f.Code);
            var agencies = await db.Agencies.Include(a => a.Level).ToDictionaryAsync(a => a.Code);
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var template = DemoCatalog.Procedures[i % DemoCatalog.Procedures.Count];
                var name = prefixes[i / DemoCatalog.Procedures.Count % prefixes.Length]
                    + LowerFirst(template.Name)
                    + suffixes[i / (DemoCatalog.Procedures.Count * prefixes.Length) % suffixes.Length]
                    + (i >= DemoCatalog.Procedures.Count * prefixes.Length * suffixes.Length ? $" – mẫu {i}" : "");
                var demo = template with { Code = string.Create(CultureInfo.InvariantCulture, $"{5 + i / 1_000_000}.{i % 1_000_000:D6}"), Name = Capitalise(name.Trim()) };
                var field = fields[demo.Field];
                var procedure = Procedure.Create(demo.Code, CatalogSeeder.Content(demo, field, agencies), field.Name, now);
                procedure.Publish(DemoCatalog.Publication, now);
                db.Procedures.Add(procedure);
            }

            await db.SaveChangesAsync();
        }
    }

    private static string LowerFirst(string s) => char.ToLower(s[0], CultureInfo.GetCultureInfo("vi")) + s[1..];

    private static string Capitalise(string s) => char.ToUpper(s[0], CultureInfo.GetCultureInfo("vi")) + s[1..];

    private sealed record Options(string Provider, string? PostgresServer, int Procedures, int Requests, int Seconds, int Concurrency, string? KeepSqlite)
    {
        public static Options Parse(string[] args)
        {
            var values = LoadHarness.Arguments(args);
            return new Options(
                values.GetValueOrDefault("provider", "Sqlite"),
                values.GetValueOrDefault("pg"),
                values.Int("procedures", 10_000, 100_000),
                values.Int("requests", 5_000, 100_000),
                values.Int("seconds", 60, 600),
                values.Int("concurrency", 4, 32),
                values.GetValueOrDefault("keep-sqlite"));
        }
    }
}
