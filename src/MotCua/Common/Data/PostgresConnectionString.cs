using System.Data.Common;
using Npgsql;

namespace MotCua.Common.Data;

/// <summary>
/// The PostgreSQL connection string the application uses: Npgsql prepares a statement the second time a connection runs
/// it, so PostgreSQL parses and plans each of the application's statements once per pooled connection instead of on every
/// call (ADR-042). A connection string that sets <c>Max Auto Prepare</c> itself keeps its value (0 turns it off).
/// </summary>
internal static class PostgresConnectionString
{
    /// <summary>How many statements each connection keeps prepared, the most used first.</summary>
    public const int PreparedStatements = 200;

    public static string WithPreparedStatements(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = PreparedStatements, AutoPrepareMinUsages = 2 }.ConnectionString;
    }
}
