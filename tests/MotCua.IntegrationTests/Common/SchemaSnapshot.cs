using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.IntegrationTests.Common;

/// <summary>Reads a database's tables, columns, keys, indexes and foreign keys from its catalogue, as sortable lines.</summary>
internal static class SchemaSnapshot
{
    private static readonly string[] EfTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    public static async Task<List<string>> ReadAsync(AppDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var lines = db.Database.IsNpgsql() ? await ReadPostgresAsync(connection) : await ReadSqliteAsync(connection);
        return lines.Where(l => !EfTables.Any(t => l.Contains(t, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var lines = new List<string>();
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.AddRange((await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                .Select(c => $"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}"));
            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                lines.Add($"index {table} {(index[2] == "pk" ? "(pk)" : index[0])} unique={index[1]} ({string.Join(",", columns.Select(c => c[0]))})");
            }

            lines.AddRange((await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"fk {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}"));
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        lines.AddRange((await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length::text, ''), is_identity
            FROM information_schema.columns WHERE table_schema = 'public'
            """)).Select(c => $"column {c[0]}.{c[1]} {c[2]}({c[4]}) nullable={c[3]} identity={c[5]}"));
        lines.AddRange((await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            .Select(i => $"index {i[0]} {i[1]} {i[2]}"));
        lines.AddRange((await QueryAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
            """)).Select(c => $"constraint {c[0]} {c[1]} {c[2]}"));
        lines.AddRange((await QueryAsync(connection, """
            SELECT relname, array_to_string(reloptions, ',') FROM pg_class
            WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND reloptions IS NOT NULL
            """)).Select(t => $"storage {t[0]} {t[1]}"));
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
