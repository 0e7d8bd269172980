using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;

namespace MotCua.Testing;

/// <summary>
/// The real application on its own fresh database (see <see cref="TestDatabase"/>), seeded with the demo province.
/// Call <see cref="StartKestrel"/> before use when a browser must reach it on a real port.
/// </summary>
public class MotCuaFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private bool _dropped;

    public MotCuaFactory() : this(TestDatabase.Create())
    {
    }

    protected MotCuaFactory(TestDatabase database)
        : this(database, ownsDatabase: true)
    {
    }

    private MotCuaFactory(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public string ProviderName => _database.ProviderName;

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
    public MotCuaFactory CreateSecondNode() => new(_database, ownsDatabase: false);

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
        builder.UseSetting("Database:Provider", _database.ProviderName);
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        // Background jobs would deliver and remind on their own clock; tests that are about jobs switch them on (ADR-011).
        builder.UseSetting("Jobs:Enabled", "false");
        // Every test signs in from the same address; the tests of the limit itself set a small one.
        builder.UseSetting("Accounts:FormPostsPer10Minutes", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
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
            _database.Dispose();
        }
    }
}
