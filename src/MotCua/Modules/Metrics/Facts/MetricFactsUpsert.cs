using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Common.Data;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Writes facts rows whether or not the dossier has one yet (ADR-049): one <c>INSERT … ON CONFLICT ("DossierId") DO UPDATE</c>
/// per row (PostgreSQL and SQLite alike), which replaces the captured figures only when they are not older than the stored
/// ones (<see cref="MetricDossier.CapturedSequence"/>) and leaves the judged columns to the job that fills them, and the
/// facts other aggregates hold to their own statement (<see cref="DossierOutsideFacts"/>). No row is read first, so a
/// dossier that had none (received before the module existed, or its row deleted) gets one. The procedure versions' rows
/// are written with plain inserts, after their old rows are deleted (<see cref="ProcedureVersionFactsWriter"/>).
/// </summary>
internal static class MetricFactsUpsert
{
    /// <summary>
    /// The columns a capture does not write over: the verdicts, which the judging job fills for a captured sequence, and
    /// the facts other aggregates hold, written when those change, and the roll-up key the row was counted in (its
    /// <see cref="MetricDossier.RolledSequence"/> is written, cleared: the bucket reads dirty until the job counts it again).
    /// </summary>
    private static readonly HashSet<string> NotCaptured =
    [
        nameof(MetricDossier.StatisticDueAt), nameof(MetricDossier.StatisticClass), nameof(MetricDossier.LegalClass), nameof(MetricDossier.JudgedSequence),
        nameof(MetricDossier.FeesRequested), nameof(MetricDossier.PaidOnline), nameof(MetricDossier.ElectronicResult), nameof(MetricDossier.RatedAt),
        nameof(MetricDossier.Satisfied), nameof(MetricDossier.RatingTime), nameof(MetricDossier.RatingContacts), nameof(MetricDossier.RatingAgencies),
        nameof(MetricDossier.RatingAttitude), nameof(MetricDossier.RolledAgencyId), nameof(MetricDossier.RolledBucket),
    ];

    private static readonly ConcurrentDictionary<(IEntityType Type, bool Positional), Statement> Statements = new();

    /// <summary>Writes <paramref name="rows"/> on the context's connection, in its current transaction when there is one.</summary>
    public static Task WriteAsync(AppDbContext db, IReadOnlyCollection<MetricDossier> rows, CancellationToken cancellationToken) =>
        ExecuteAsync(db, rows, cancellationToken);

    /// <summary>Inserts <paramref name="rows"/> (of a table without a sequence guard) on the context's connection, in its current transaction when there is one.</summary>
    public static Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class => ExecuteAsync(db, rows, cancellationToken);

    private static async Task ExecuteAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var positional = db.Database.IsNpgsql();
        var statement = Statements.GetOrAdd((db.Model.FindEntityType(typeof(T))!, positional), key => Statement.For(key.Type, key.Positional));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var row in rows)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                if (db.Database.GetCommandTimeout() is { } seconds)
                {
                    command.CommandTimeout = seconds;
                }

                statement.Bind(command, row, positional);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Statement(string Sql, IReadOnlyList<(IProperty Property, RelationalTypeMapping Mapping, bool Nullable)> Columns)
    {
        public static Statement For(IEntityType type, bool positional)
        {
            var mapping = type.GetTableMappings().Single();
            var table = mapping.Table;
            var columns = mapping.ColumnMappings.Select(c => (c.Property, c.TypeMapping, c.Column.IsNullable)).ToList();
            var names = columns.Select(c => Quote(c.Property.GetColumnName())).ToList();
            var sql = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", columns.Select((_, i) => DirectCommand.Placeholder(i, positional)))})";
            if (type.ClrType != typeof(MetricDossier))
            {
                return new Statement(sql, columns);
            }

            var key = Quote(type.FindPrimaryKey()!.Properties.Single().GetColumnName());
            var sequence = Quote(nameof(MetricDossier.CapturedSequence));
            var updates = columns.Select(c => c.Property.GetColumnName()).Where(n => !NotCaptured.Contains(n) && Quote(n) != key).Select(n => $"{Quote(n)} = excluded.{Quote(n)}");
            sql += $" ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", updates)} WHERE {Quote(table.Name)}.{sequence} <= excluded.{sequence}";
            return new Statement(sql, columns);
        }

        public void Bind(DbCommand command, object row, bool positional)
        {
            command.CommandText = Sql;
            for (var i = 0; i < Columns.Count; i++)
            {
                var (property, mapping, nullable) = Columns[i];
                command.Parameters.Add(mapping.CreateParameter(command, DirectCommand.ParameterName(i, positional), property.GetGetter().GetClrValue(row), nullable));
            }
        }

        private static string Quote(string name) => $"\"{name}\"";
    }
}
