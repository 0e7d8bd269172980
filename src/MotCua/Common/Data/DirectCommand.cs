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

    /// <summary>The command, in the context's current transaction; the connection must be open (it is inside a transaction).</summary>
    public static DbCommand Create(DbContext db, string sql, params object[] values)
    {
        var positional = db.Database.IsNpgsql();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Texts.GetOrAdd((sql, positional), key => string.Format(
            CultureInfo.InvariantCulture, key.Sql, [.. Enumerable.Range(0, values.Length).Select(i => key.Positional ? $"${i + 1}" : $"@p{i}")]));
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        for (var i = 0; i < values.Length; i++)
        {
            var mapping = mappings.FindMapping(values[i].GetType())
                ?? throw new InvalidOperationException($"No database type for a value of {values[i].GetType().Name}.");
            command.Parameters.Add(mapping.CreateParameter(command, positional ? "" : $"@p{i}", values[i], nullable: false));
        }

        return command;
    }
}
