using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.IntegrationTests.Common;

/// <summary>The plan a provider chooses for a query: <c>EXPLAIN</c> on PostgreSQL, <c>EXPLAIN QUERY PLAN</c> on SQLite.</summary>
internal static partial class QueryPlans
{
    /// <summary>The query with its parameters' values written in, as the plan of a run's query.</summary>
    public static string Inline(string sql)
    {
        var values = Parameter().Matches(sql).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        var body = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            body = body.Replace(name, value, StringComparison.Ordinal);
        }

        return body;
    }

    public static async Task<string> PlanAsync(AppDbContext db, bool postgres, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(postgres ? reader.GetString(0) : reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A parameter's value as <c>ToQueryString</c> writes it: <c>-- @p='2000'</c> (Npgsql) or <c>.param set @p 2000</c> (SQLite).</summary>
    [GeneratedRegex(@"^(?:-- (?<name>@\w+)='(?<value>[^']*)'|\.param set (?<name>@\w+) (?<value>\S+))", RegexOptions.Multiline)]
    private static partial Regex Parameter();
}
