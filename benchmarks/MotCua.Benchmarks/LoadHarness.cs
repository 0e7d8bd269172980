using System.Globalization;
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

    /// <summary>Starts the application on a fresh database of the provider on a Kestrel port of 127.0.0.1.</summary>
    public static (BenchmarkFactory App, Uri BaseAddress) Start(string provider, string? postgresServer)
    {
        if (postgresServer is not null)
        {
            Environment.SetEnvironmentVariable("MOTCUA_TEST_PG", postgresServer);
        }

        // WebApplicationFactory finds the app's content root through this variable when the caller is not a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MOTCUA", ContentRoot());
        var app = new BenchmarkFactory(TestDatabase.Create(provider));
        var baseAddress = app.StartKestrel();
        if (baseAddress.Host != "127.0.0.1")
        {
            throw new InvalidOperationException("The load generator only targets 127.0.0.1, not " + baseAddress);
        }

        return (app, baseAddress);
    }

    public static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

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
internal sealed class BenchmarkFactory(TestDatabase database) : MotCuaFactory(database)
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
}
