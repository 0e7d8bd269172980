using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MotCua.Common.Data;

namespace MotCua.Testing;

/// <summary>
/// The real application on its own fresh database (see <see cref="TestDatabase"/>), seeded with the demo province: a copy
/// of a template migrated and seeded once per test run (<see cref="DemoTemplates"/>), unless the host's settings change
/// what start-up writes (<see cref="StartsFromTemplate"/>), in which case it migrates and seeds an empty database itself.
/// Call <see cref="StartKestrel"/> before use when a browser must reach it on a real port.
/// </summary>
public class MotCuaFactory : WebApplicationFactory<Program>
{
    private readonly Lock _lock = new();
    private readonly bool _ownsDatabase;
    private readonly bool? _seed;
    private TestDatabase? _database;
    private bool _copiedTemplate;
    private bool _dropped;

    public MotCuaFactory() : this(clock: null)
    {
    }

    /// <param name="clock">A stopped clock the application runs on (the demo data is seeded at its time), or null for the system clock.</param>
    protected MotCuaFactory(FakeTimeProvider? clock)
    {
        StoppedClock = clock;
        _ownsDatabase = true;
    }

    /// <summary>A host on the given database, which it migrates and seeds itself, and drops when disposed.</summary>
    protected MotCuaFactory(TestDatabase database)
        : this(database, clock: null, seed: null)
    {
        _ownsDatabase = true;
    }

    private MotCuaFactory(TestDatabase database, FakeTimeProvider? clock, bool? seed)
    {
        _database = database;
        StoppedClock = clock;
        _seed = seed;
        _ownsDatabase = false;
    }

    /// <summary>The PBKDF2 rounds of password hashes in the Testing environment, instead of Identity's default (100,000).</summary>
    public const int PasswordHashIterations = 1;

    public string ProviderName => Database.ProviderName;

    /// <summary>The stopped clock given to the constructor, registered as the application's <see cref="TimeProvider"/>.</summary>
    protected FakeTimeProvider? StoppedClock { get; }

    /// <summary>
    /// Whether this host copies a template: true unless a setting changes what the first start writes (the database,
    /// demo data other than on/off, the audit chain's key, which seals the entries the seed writes), or a subclass says otherwise.
    /// </summary>
    protected virtual bool StartsFromTemplate => !Settings.Keys.Any(k =>
        (k.StartsWith("Demo:", StringComparison.OrdinalIgnoreCase) && !k.Equals("Demo:Seed", StringComparison.OrdinalIgnoreCase))
        || k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase)
        || k.Equals("AuditChain:CurrentKeyId", StringComparison.OrdinalIgnoreCase)
        || k.StartsWith("AuditChain:Keys:", StringComparison.OrdinalIgnoreCase));

    private TestDatabase Database
    {
        get
        {
            lock (_lock)
            {
                if (_database is null)
                {
                    _copiedTemplate = StartsFromTemplate;
                    _database = _copiedTemplate
                        ? TestDatabase.CopyOf(DemoTemplates.For(TestDatabase.ConfiguredProvider, Seeds, StoppedClock))
                        : TestDatabase.Create();
                }

                return _database;
            }
        }
    }

    private bool Seeds => _seed ?? !(Settings.TryGetValue("Demo:Seed", out var seed) && bool.TryParse(seed, out var on) && !on);

    /// <summary>Settings applied on top of appsettings.json, e.g. <c>["Demo:Seed"] = "false"</c>.</summary>
    protected virtual IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Serves on a real Kestrel port on 127.0.0.1 and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    /// <summary>
    /// A second application host on this host's database, like a second node behind a load balancer.
    /// Disposing it leaves the database to this factory.
    /// </summary>
    public MotCuaFactory CreateSecondNode() => new(Database, clock: null, seed: null);

    /// <summary>A host on <paramref name="database"/>, which it migrates and, when <paramref name="seed"/>, seeds; disposing it leaves the database.</summary>
    internal static MotCuaFactory OnDatabase(TestDatabase database, FakeTimeProvider? clock, bool seed) => new(database, clock, seed);

    /// <summary>A new scope with the application's <see cref="AppDbContext"/>, for arranging and asserting data.</summary>
    internal AsyncServiceScope CreateDbScope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // A host watches appsettings*.json for changes by default: a recursive file watcher over the project folder, built
        // and torn down with every test host for a file no test edits (ADR-033).
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", Database.ProviderName);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        // Background jobs would deliver and remind on their own clock; tests that are about jobs switch them on (ADR-011).
        builder.UseSetting("Jobs:Enabled", "false");
        // Every test signs in from the same address; the tests of the limit itself set a small one.
        builder.UseSetting("Accounts:FormPostsPer10Minutes", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Identity's PBKDF2 work factor makes each password check cost about 0.1 s of CPU on purpose; test hosts sign in and
        // seed accounts hundreds of times per run, so in the Testing environment they hash with one round (ADR-033).
        builder.ConfigureServices((context, services) =>
        {
            if (context.HostingEnvironment.IsEnvironment("Testing"))
            {
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);
            }
        });
        if (_seed is { } seed)
        {
            builder.UseSetting("Demo:Seed", seed ? "true" : "false");
        }

        if (StoppedClock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    /// <summary>A host that replaced the clock itself would start from a template seeded at another time: the clock goes to the constructor.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (host.Services.GetService<TimeProvider>() is FakeTimeProvider clock && clock != StoppedClock && _copiedTemplate)
        {
            host.Dispose();
            throw new InvalidOperationException($"{GetType().Name} registers its own stopped clock; pass it to the MotCuaFactory constructor instead, so that its database is seeded at that clock's time.");
        }

        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DropDatabase();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DropDatabase();
        }
    }

    private void DropDatabase()
    {
        if (!_dropped && _ownsDatabase)
        {
            _dropped = true;
            _database?.Dispose();
        }
    }
}
