using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Testing;
using Npgsql;

namespace MotCua.IntegrationTests.Common;

/// <summary>Databases migrated step by step, without the application host, for tests of the migrations themselves.</summary>
internal static class MigrationSteps
{
    /// <summary>
    /// A context on <paramref name="database"/> as the application configures it; <paramref name="postgresTimeZone"/> sets
    /// a PostgreSQL session's time zone, as a server configured for Vietnam would (SQLite has none).
    /// </summary>
    public static AppDbContext Open(TestDatabase database, string? postgresTimeZone = null)
    {
        var connectionString = database.Provider == DatabaseProvider.PostgreSQL && postgresTimeZone is not null
            ? new NpgsqlConnectionStringBuilder(database.ConnectionString) { Timezone = postgresTimeZone }.ConnectionString
            : database.ConnectionString;
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PlatformModule.ConfigureDatabase(options, new DatabaseOptions { Provider = database.Provider, ConnectionString = connectionString });
        return new AppDbContext(options.Options);
    }

    /// <summary>Applies the migrations up to and including <typeparamref name="TMigration"/>, as start-up would have at that release.</summary>
    public static Task MigrateThroughAsync<TMigration>(this DatabaseFacade database)
        where TMigration : Migration =>
        database.MigrateAsync(IdOf<TMigration>());

    /// <summary>The id EF records for <typeparamref name="TMigration"/> in the migrations history.</summary>
    public static string IdOf<TMigration>()
        where TMigration : Migration =>
        typeof(TMigration).GetCustomAttribute<MigrationAttribute>()?.Id
        ?? throw new InvalidOperationException($"{typeof(TMigration).Name} has no [Migration] id.");
}
