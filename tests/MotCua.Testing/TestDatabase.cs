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

    public static TestDatabase Create(string provider) => Create(provider, "motcua_test_" + Guid.NewGuid().ToString("N")[..16]);

    /// <summary>A PostgreSQL database that already exists (a benchmark's kept load): used as it is and never dropped.</summary>
    public static TestDatabase ExistingPostgres(string connectionString) => new(DatabaseProvider.PostgreSQL, connectionString, null, null, null);

    /// <summary>
    /// An empty database to become a template (<see cref="Seal"/>, <see cref="CopyOf"/>), named after this process. The
    /// test runner may end the process without disposing it, so templates left by processes that no longer run are dropped first.
    /// </summary>
    public static TestDatabase CreateTemplate(string provider)
    {
        var name = $"{TemplatePrefix}{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";
        if (IsPostgreSql(provider))
        {
            using var connection = new NpgsqlConnection(PostgresServer());
            connection.Open();
            using var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{TemplatePrefix}%'", connection);
            var names = new List<string>();
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (var orphan in names.Where(IsOrphan))
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{orphan}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        else
        {
            foreach (var orphan in Directory.EnumerateFiles(Path.GetTempPath(), TemplatePrefix + "*").Where(f => IsOrphan(Path.GetFileNameWithoutExtension(f))))
            {
                File.Delete(orphan);
            }
        }

        return Create(provider, name);
    }

    private const string TemplatePrefix = "motcua_template_";

    private static bool IsOrphan(string name)
    {
        var pid = name[TemplatePrefix.Length..].Split('_')[0];
        if (!int.TryParse(pid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static bool IsPostgreSql(string provider) => string.Equals(provider, nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase);

    private static string PostgresServer() => Environment.GetEnvironmentVariable("MOTCUA_TEST_PG")
        ?? throw new InvalidOperationException("MOTCUA_TEST_DB=PostgreSQL needs MOTCUA_TEST_PG (a connection string to a PostgreSQL server); scripts/test.sh starts one.");

    private static TestDatabase Create(string provider, string name)
    {
        if (IsPostgreSql(provider))
        {
            var server = PostgresServer();
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }

            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            return new TestDatabase(DatabaseProvider.PostgreSQL, cs, null, name, server);
        }

        var file = Path.Combine(Path.GetTempPath(), name + ".db");
        return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(file), file, null, null);
    }

    /// <summary>
    /// Pooled, as in production: an unpooled connection opens the file and parses the whole schema again for every
    /// <c>DbContext</c> (ADR-033). <see cref="Seal"/> and <see cref="Dispose"/> clear the pools before a file is copied or deleted.
    /// </summary>
    private static string SqliteConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = file }.ConnectionString;

    /// <summary>A new database holding what <paramref name="template"/> holds (PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>, SQLite a file copy).</summary>
    public static TestDatabase CopyOf(TestDatabase template)
    {
        if (template._postgresName is not null)
        {
            var name = "motcua_test_" + Guid.NewGuid().ToString("N")[..16];
            using (var connection = new NpgsqlConnection(template._postgresServer))
            {
                connection.Open();
                // FILE_COPY (PostgreSQL 15+, as the tests require) copies the template's files; the default since 15, WAL_LOG,
                // writes every page of the template to the WAL as well, for a copy that lives one test class.
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template._postgresName}\" STRATEGY FILE_COPY", connection);
                create.ExecuteNonQuery();
            }

            var cs = new NpgsqlConnectionStringBuilder(template._postgresServer) { Database = name }.ConnectionString;
            return new TestDatabase(DatabaseProvider.PostgreSQL, cs, null, name, template._postgresServer);
        }

        var file = Path.Combine(Path.GetTempPath(), "motcua_test_" + Guid.NewGuid().ToString("N")[..16] + ".db");
        File.Copy(template._sqliteFile!, file);
        return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(file), file, null, null);
    }

    /// <summary>
    /// Closes every connection to this database and refuses new ones, so that <see cref="CopyOf"/> can copy it:
    /// PostgreSQL copies a template only while nobody is connected to it.
    /// </summary>
    public void Seal()
    {
        if (_postgresName is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        using var connection = new NpgsqlConnection(_postgresServer);
        connection.Open();
        using var refuse = new NpgsqlCommand($"ALTER DATABASE \"{_postgresName}\" ALLOW_CONNECTIONS false", connection);
        refuse.ExecuteNonQuery();
        using var close = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
        close.Parameters.AddWithValue("name", _postgresName);
        close.ExecuteNonQuery();
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
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
