using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Common.Data;

/// <summary>
/// A command on the context's connection and transaction for a statement on the hot path that needs none of the query
/// pipeline (no translation, no materialiser): the dossier code counter (ADR-043). Its values are typed by Entity
/// Framework's own mappings, so they are stored as a query would store them; the placeholders <c>{0}</c>, <c>{1}</c>…
/// become <c>$1</c>, <c>$2</c>… on PostgreSQL (positional: Npgsql need not rewrite the text) and <c>@p0</c>… elsewhere.
/// </summary>
internal static class DirectCommand
{
    private static readonly ConcurrentDictionary<(string Sql, bool Positional), string> Texts = new();
    private static readonly string[] Named = [.. Enumerable.Range(0, MaxParameters).Select(i => $"@p{i}")];
    private static readonly string[] Positional = [.. Enumerable.Range(0, MaxParameters).Select(i => $"${i + 1}")];

    /// <summary>The most parameters one statement written this way (or by <see cref="InsertOnlySaves"/>) takes.</summary>
    public const int MaxParameters = 128;

    /// <summary>The placeholder of the parameter at <paramref name="index"/>: <c>$n</c> (positional, PostgreSQL) or <c>@pn</c>.</summary>
    public static string Placeholder(int index, bool positional) => positional ? Positional[index] : Named[index];

    /// <summary>A parameter's name: none when positional (Npgsql then binds by position and does not rewrite the text).</summary>
    public static string ParameterName(int index, bool positional) => positional ? "" : Named[index];

    /// <summary>The command, in the context's current transaction; the connection must be open (it is inside a transaction).</summary>
    public static DbCommand Create(DbContext db, string sql, params object[] values)
    {
        var positional = db.Database.IsNpgsql();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Texts.GetOrAdd((sql, positional), key => string.Format(
            CultureInfo.InvariantCulture, key.Sql, [.. Enumerable.Range(0, values.Length).Select(i => Placeholder(i, key.Positional))]));
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        for (var i = 0; i < values.Length; i++)
        {
            var mapping = mappings.FindMapping(values[i].GetType())
                ?? throw new InvalidOperationException($"No database type for a value of {values[i].GetType().Name}.");
            command.Parameters.Add(mapping.CreateParameter(command, ParameterName(i, positional), values[i], nullable: false));
        }

        return command;
    }
}
