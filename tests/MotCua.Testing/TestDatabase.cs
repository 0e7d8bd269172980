using Microsoft.Data.Sqlite;
using MotCua.Common.Data;
using Npgsql;

namespace MotCua.Testing;

/// <summary>
/// A fresh, empty database for one test host. The provider comes from <c>MOTCUA_TEST_DB</c> (Sqlite, the default, or
/// PostgreSQL); PostgreSQL's server comes from <c>MOTCUA_TEST_PG</c> (e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>),
/// which <c>scripts/test.sh</c> sets for its throwaway server.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly string? _postgresServer;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName, string? postgresServer)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        _postgresServer = postgresServer;
    }

    internal DatabaseProvider Provider { get; }

    public string ProviderName => Provider.ToString();

    public string ConnectionString { get; }

    public static string ConfiguredProvider => Environment.GetEnvironmentVariable("MOTCUA_TEST_DB") ?? nameof(DatabaseProvider.Sqlite);

    public static TestDatabase Create() => Create(ConfiguredProvider);

    public static TestDatabase Create(string provider)
    {
        if (string.Equals(provider, nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable("MOTCUA_TEST_PG")
                ?? throw new InvalidOperationException("MOTCUA_TEST_DB=PostgreSQL needs MOTCUA_TEST_PG (a connection string to a PostgreSQL server); scripts/test.sh starts one.");
            var name = "motcua_test_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }

            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            return new TestDatabase(DatabaseProvider.PostgreSQL, cs, null, name, server);
        }

        var file = Path.Combine(Path.GetTempPath(), "motcua-test-" + Guid.NewGuid().ToString("N") + ".db");
        return new TestDatabase(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString, file, null, null);
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
