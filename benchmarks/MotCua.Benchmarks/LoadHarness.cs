using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Testing;

namespace MotCua.Benchmarks;

/// <summary>What the load generators share: command-line options, the application host, latency statistics.</summary>
internal static class LoadHarness
{
    /// <summary>Reads <c>--name value</c> pairs.</summary>
    public static Dictionary<string, string> Arguments(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return values;
    }

    public static int Int(this Dictionary<string, string> values, string key, int fallback, int max) =>
        values.TryGetValue(key, out var v) ? Math.Clamp(int.Parse(v, CultureInfo.InvariantCulture), 1, max) : fallback;

    /// <summary>
    /// Starts the application on a fresh database of the provider (or on <paramref name="existing"/>) on a Kestrel port of
    /// 127.0.0.1, on the system clock or on <paramref name="clock"/>.
    /// </summary>
    public static (BenchmarkFactory App, Uri BaseAddress) Start(string provider, string? postgresServer, TimeProvider? clock = null, TestDatabase? existing = null)
    {
        if (postgresServer is not null)
        {
            Environment.SetEnvironmentVariable("MOTCUA_TEST_PG", postgresServer);
        }

        // WebApplicationFactory finds the app's content root through this variable when the caller is not a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MOTCUA", ContentRoot());
        var app = new BenchmarkFactory(existing ?? TestDatabase.Create(provider), clock);
        var baseAddress = app.StartKestrel();
        if (baseAddress.Host != "127.0.0.1")
        {
            throw new InvalidOperationException("The load generator only targets 127.0.0.1, not " + baseAddress);
        }

        return (app, baseAddress);
    }

    /// <summary>
    /// Runs a generator that bulk-loads with COPY and so needs <c>--pg</c>: starts the application on a fresh database of
    /// that server, runs <paramref name="run"/> with the parsed options, then drops the database unless <c>--keep</c> asks
    /// to leave it for EXPLAIN. <c>--reuse NAME</c> starts it on a database an earlier <c>--keep</c> left instead (the
    /// application's migrations bring it up to date), and leaves it.
    /// </summary>
    public static async Task<int> OnPostgresAsync(string name, string[] args, Func<BenchmarkFactory, Uri, Dictionary<string, string>, Task<int>> run)
    {
        var values = Arguments(args);
        if (!values.TryGetValue("pg", out var server))
        {
            Console.WriteLine($"{name} needs --pg (a PostgreSQL server): it loads with COPY.");
            return 2;
        }

        var existing = values.TryGetValue("reuse", out var kept)
            ? TestDatabase.ExistingPostgres(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = kept }.ConnectionString)
            : null;
        var (app, baseAddress) = Start("PostgreSQL", server, existing: existing);
        try
        {
            return await run(app, baseAddress, values);
        }
        finally
        {
            if (values.ContainsKey("keep") || existing is not null)
            {
                Console.WriteLine($"Database kept: {new Npgsql.NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Database}");
            }
            else
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// CPU time used so far by the PostgreSQL server behind <paramref name="connection"/> (the postmaster, its live backends
    /// and the backends it has reaped), read from /proc; null when the server is not on this machine or not readable.
    /// </summary>
    public static async Task<TimeSpan?> ServerCpuAsync(Npgsql.NpgsqlConnection connection)
    {
        await using var command = new Npgsql.NpgsqlCommand("SELECT setting FROM pg_settings WHERE name = 'data_directory'", connection);
        var pidFile = Path.Combine((string)(await command.ExecuteScalarAsync())!, "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile))
        {
            return null;
        }

        var postmaster = File.ReadLines(pidFile).First().Trim();
        var ticks = Ticks(postmaster, withChildren: true);
        foreach (var child in File.ReadAllText($"/proc/{postmaster}/task/{postmaster}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            ticks += Ticks(child, withChildren: false);
        }

        // Linux reports these times in clock ticks of 1/100 s (USER_HZ).
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>The machine's one-minute load average (other jobs share its two cores), or "?" where /proc is missing.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Runs <paramref name="query"/> in a fresh scope (as a request does) 10 times unmeasured, then <paramref name="samples"/> times, and prints a row.</summary>
    public static async Task MeasureAsync(IServiceProvider root, string label, string officer, int samples, Func<IServiceProvider, CancellationToken, Task<string>> query)
    {
        var times = new List<double>();
        var result = "";
        for (var i = 0; i < samples + 10; i++)
        {
            await using var scope = root.CreateAsyncScope();
            var started = Stopwatch.GetTimestamp();
            result = await query(scope.ServiceProvider, CancellationToken.None);
            if (i >= 10)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {officer} | {result} | {Percentile(times, 50):F1} | {Percentile(times, 95):F1} | {times[^1]:F1} | {LoadAverage()} |"));
    }

    public static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    /// <summary>utime + stime (and, for a parent, cutime + cstime) of a process, in clock ticks; 0 once it has exited.</summary>
    private static long Ticks(string pid, bool withChildren)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return 0;
        }

        // Fields after the command name, which is in parentheses and may contain spaces: state is field 3, utime field 14.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var sum = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withChildren ? sum + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : sum;
    }

    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "MotCua");
            if (File.Exists(Path.Combine(candidate, "MotCua.csproj")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the load generator from inside the repository (src/MotCua not found).");
    }
}

/// <summary>
/// The application on the given database, quiet (warnings only) so that logging does not skew latency, with
/// SQLite connection pooling on as in production (the test harness turns it off to delete its files).
/// </summary>
internal sealed class BenchmarkFactory(TestDatabase database, TimeProvider? clock) : MotCuaFactory(database)
{
    public TestDatabase Database { get; } = database;

    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Database:ConnectionString"] = database.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString
            : database.ConnectionString,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("MOTCUA_BENCH_SQL") is null ? "Warning" : "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (clock is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }
    }
}

/// <summary>The system clock moved forward by <see cref="Offset"/>, for generators that must let time pass (a new day, due dates).</summary>
internal sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
