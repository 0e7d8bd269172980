using System.Collections.Concurrent;
using System.Globalization;

namespace MotCua.Testing;

/// <summary>
/// Migrated (and, unless told otherwise, seeded) databases built once per test run and per provider, which each test host
/// copies instead of migrating and seeding its own (<see cref="TestDatabase.CopyOf"/>). The demo data is stamped with the
/// time it is seeded at, so a host on a stopped clock copies a template seeded at that clock's time.
/// </summary>
internal static class DemoTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<TestDatabase>> Built = new();

    static DemoTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var template in Built.Values.Where(t => t.IsValueCreated))
        {
            template.Value.Dispose();
        }
    };

    /// <param name="provider">The database provider (<see cref="TestDatabase.ConfiguredProvider"/>).</param>
    /// <param name="seeded">Whether the template holds the demo province or only the schema.</param>
    /// <param name="clock">The stopped clock the host will run on, or null for the system clock.</param>
    public static TestDatabase For(string provider, bool seeded, FakeTimeProvider? clock)
    {
        var at = clock?.GetUtcNow();
        var key = string.Join('|', provider.ToUpperInvariant(), seeded, at?.ToString("O", CultureInfo.InvariantCulture) ?? "system");
        return Built.GetOrAdd(key, _ => new Lazy<TestDatabase>(() => Build(provider, seeded, at))).Value;
    }

    private static TestDatabase Build(string provider, bool seeded, DateTimeOffset? at)
    {
        var database = TestDatabase.CreateTemplate(provider);
        using (var host = MotCuaFactory.OnDatabase(database, at is { } start ? new FakeTimeProvider(start) : null, seeded))
        {
            // Starting the host migrates and seeds its database.
            _ = host.Services;
        }

        database.Seal();
        return database;
    }
}
