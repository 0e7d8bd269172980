using System.Buffers;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MotCua.Common.Data;

/// <summary>
/// Writes a save that only adds rows — a dossier received with its events, first step and notices; an audit entry; an
/// outbox message — with one INSERT per row whose text is built once per table, instead of Entity Framework's update
/// pipeline, which builds every column modification, the SQL text and its parameters anew on each save (ADR-043). The
/// values, their conversions and the JSON of owned collections come from the same model and type mappings Entity
/// Framework uses; a save that updates or deletes, a value the database generates, a table shared by several entity
/// types or rows of one table that refer to each other go through Entity Framework unchanged.
/// </summary>
/// <remarks>
/// It runs after every other save interceptor (registered last) and only for <c>SaveChangesAsync</c> with every change
/// accepted on success. A database error comes back as Entity Framework's <see cref="DbUpdateException"/>, like before.
/// The new rows a unit of work keeps out of the change tracker (<see cref="AppDbContext.AddNew"/>, ADR-045) are written
/// with the tracked additions, or attached as added when the save goes to Entity Framework.
/// </remarks>
internal sealed class InsertOnlySaves : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<IEntityType, TableInsert?> inserts = new();
    private readonly ConcurrentDictionary<IEntityType, int> depths = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext { AcceptsAllChangesOnSuccess: true } context)
        {
            return result;
        }

        if (result.HasResult || !CanWriteUntracked(context))
        {
            context.TrackNewRows();
            if (result.HasResult)
            {
                return result;
            }
        }

        if (Rows(context) is not { } rows)
        {
            // Entity Framework saves the whole unit of work, the new rows kept out of the tracker with it.
            context.TrackNewRows();
            return result;
        }

        await WriteAsync(context, rows, cancellationToken);
        context.NewRowsWritten();
        context.ChangeTracker.AcceptAllChanges();

        // Entity Framework compares every tracked entity once more after the interceptors, even for a save an interceptor
        // made: here that comparison was made in Rows, so it is skipped (the context restores the setting after the save).
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        return InterceptionResult<int>.SuppressWithResult(rows.Saved);
    }

    /// <summary>The rows to insert, principals first; null when the save is not only additions this writer can make.</summary>
    /// <remarks>
    /// The context compared the tracked entities before the interceptors ran (ADR-041). What an interceptor may have changed
    /// since is an entity that was unchanged (a stamp, a chain's head): those are compared again here, one by one. The rows
    /// to add are read as they are now, and an interceptor adds an entity with <c>Add</c>, not through a navigation.
    /// </remarks>
    private Batch? Rows(AppDbContext context)
    {
        var detecting = context.ChangeTracker.AutoDetectChangesEnabled;
        var rows = new List<Row>();
        var saved = 0;
        foreach (var entity in context.NewRows)
        {
            var insert = Insert(context.Model.FindEntityType(entity.GetType())!)!;
            rows.Add(new Row(insert, entity, null));
            saved += 1 + insert.OwnedCount(entity);
        }

        foreach (var entry in PendingChanges.Entries(context))
        {
            if (detecting && entry.State == EntityState.Unchanged)
            {
                entry.DetectChanges();
            }

            switch (entry.State)
            {
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                case EntityState.Added when entry.Metadata.IsOwned():
                    // Written inside its owner's JSON column; an owned row of its own table is left to Entity Framework.
                    if (!entry.Metadata.IsMappedToJson())
                    {
                        return null;
                    }

                    saved++;
                    continue;
                case EntityState.Added when Insert(entry.Metadata) is { } insert && !insert.HasTemporaryValue(entry):
                    rows.Add(new Row(insert, entry.Entity, entry));
                    saved++;
                    continue;
                default:
                    return null;
            }
        }

        if (rows.Count == 0 || !InDependencyOrder(rows))
        {
            return null;
        }

        return new Batch(rows, saved);
    }

    private TableInsert? Insert(IEntityType type) => inserts.GetOrAdd(type, TableInsert.For);

    /// <summary>Whether every new row kept out of the tracker is of a table this writer fills from the entity alone.</summary>
    private bool CanWriteUntracked(AppDbContext context)
    {
        foreach (var entity in context.NewRows)
        {
            if (context.Model.FindEntityType(entity.GetType()) is not { } type || Insert(type) is not { WritesUntracked: true })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sorts the rows so that a row comes after the rows of the tables it refers to; false for rows of a table that refers to itself.</summary>
    private bool InDependencyOrder(List<Row> rows)
    {
        var types = rows.Select(r => r.Insert.Type).Distinct().ToList();
        foreach (var type in types)
        {
            if (rows.Count(r => r.Insert.Type == type) > 1 && type.GetForeignKeys().Any(k => k.PrincipalEntityType == type))
            {
                return false;
            }
        }

        // A stable sort: rows of one table keep the order they were added in.
        var sorted = rows.OrderBy(r => Depth(r.Insert.Type)).ToList();
        rows.Clear();
        rows.AddRange(sorted);
        return true;
    }

    /// <summary>How many tables lie between an entity type and the tables that refer to nothing (its own table left out).</summary>
    private int Depth(IEntityType type) => depths.GetOrAdd(type, t => Depth(t, []));

    private static int Depth(IEntityType type, HashSet<IEntityType> seen)
    {
        if (!seen.Add(type))
        {
            return 0;
        }

        var depth = type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type).Select(p => Depth(p, seen) + 1).DefaultIfEmpty(0).Max();
        seen.Remove(type);
        return depth;
    }

    private static async Task WriteAsync(AppDbContext context, Batch batch, CancellationToken cancellationToken)
    {
        var database = context.Database;
        var postgres = database.IsNpgsql();
        await database.OpenConnectionAsync(cancellationToken);
        var ownTransaction = database.CurrentTransaction is null && batch.Rows.Count > 1
            ? await database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var connection = database.GetDbConnection();
            var transaction = database.CurrentTransaction?.GetDbTransaction();
            var timeout = database.GetCommandTimeout();
            if (postgres && connection.CanCreateBatch)
            {
                await using var dbBatch = connection.CreateBatch();
                dbBatch.Transaction = transaction;
                if (timeout is { } seconds)
                {
                    dbBatch.Timeout = seconds;
                }

                await using var scratch = connection.CreateCommand();
                foreach (var row in batch.Rows)
                {
                    var command = dbBatch.CreateBatchCommand();
                    command.CommandText = row.Insert.Bind(row.Entity, row.Entry, scratch, command.Parameters, positional: true);
                    dbBatch.BatchCommands.Add(command);
                }

                await dbBatch.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                foreach (var row in batch.Rows)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    if (timeout is { } seconds)
                    {
                        command.CommandTimeout = seconds;
                    }

                    command.CommandText = row.Insert.Bind(row.Entity, row.Entry, command, command.Parameters, positional: false);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbException e)
        {
            // As Entity Framework does: the failure reaches the interceptors' SaveChangesFailed, then the caller as a DbUpdateException,
            // every row still to add (the new rows kept out of the tracker are attached as added).
            context.TrackNewRows();
            var failure = new DbUpdateException(
                "An error occurred while saving the entity changes. See the inner exception for details.", e, [.. batch.Rows.Select(r => r.Entry ?? context.Entry(r.Entity))]);
            await context.GetService<IDiagnosticsLogger<DbLoggerCategory.Update>>().SaveChangesFailedAsync(context, failure, cancellationToken);
            throw failure;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }

            await database.CloseConnectionAsync();
        }
    }

    /// <summary>A row to insert: a tracked entity (with its entry) or a new row kept out of the tracker (without).</summary>
    private sealed record Row(TableInsert Insert, object Entity, EntityEntry? Entry);

    private sealed record Batch(List<Row> Rows, int Saved);

    /// <summary>
    /// The INSERT of one entity type's table, built from the model once: its columns, and its SQL text once per set of
    /// columns a row fills. A nullable column whose value is null is left out (the row gets NULL all the same, and no
    /// nullable column has a default), so PostgreSQL binds fewer parameters; a table has few such sets, each prepared once.
    /// </summary>
    private sealed class TableInsert
    {
        private readonly Column[] columns;
        private readonly string into;
        private readonly ConcurrentDictionary<(UInt128 Filled, bool Positional), string> statements = new();

        private TableInsert(IEntityType type, Column[] columns, string into)
        {
            Type = type;
            this.columns = columns;
            this.into = into;
            WritesUntracked = columns.All(c => c.Property is null || (!c.Property.IsShadowProperty() && c.Property.ValueGenerated == ValueGenerated.Never));
        }

        public IEntityType Type { get; }

        /// <summary>Whether a row is written from its object alone: no value kept only by the tracker (a shadow property) nor generated on add.</summary>
        public bool WritesUntracked { get; }

        /// <summary>How many owned objects the row's JSON columns hold (each counts as saved, as for Entity Framework).</summary>
        public int OwnedCount(object entity)
        {
            var count = 0;
            foreach (var column in columns)
            {
                if (column.Navigation is { } navigation)
                {
                    count += OwnedJson.Count(navigation, entity);
                }
            }

            return count;
        }

        /// <summary>The insert of <paramref name="type"/>, or null when a row of it needs what only Entity Framework does.</summary>
        public static TableInsert? For(IEntityType type)
        {
            var mappings = type.GetTableMappings().ToList();
            if (type.IsOwned() || type.HasSharedClrType || type.BaseType is not null || type.GetDirectlyDerivedTypes().Any()
                || mappings.Count != 1 || mappings[0].Table.EntityTypeMappings.Count(m => m.TypeBase is IEntityType { } mapped && !mapped.IsMappedToJson()) != 1
                || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned() && !(n.TargetEntityType.IsMappedToJson() && OwnedJson.HasOnlyClrValues(n.TargetEntityType)))
                || type.GetProperties().Any(StoreGenerated))
            {
                return null;
            }

            var table = mappings[0].Table;
            var columns = new List<Column>();
            foreach (var mapping in mappings[0].ColumnMappings)
            {
                columns.Add(new Column(Quote(mapping.Column.Name), mapping.TypeMapping, mapping.Column.IsNullable, mapping.Property, null));
            }

            foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson() && n.TargetEntityType.FindOwnership()!.PrincipalEntityType == type))
            {
                var column = table.FindColumn(navigation.TargetEntityType.GetContainerColumnName()!)!;
                columns.Add(new Column(Quote(column.Name), column.StoreTypeMapping, column.IsNullable, null, navigation));
            }

            return columns.Count > DirectCommand.MaxParameters
                ? null
                : new TableInsert(type, [.. columns], $"INSERT INTO {(table.Schema is null ? "" : Quote(table.Schema) + ".")}{Quote(table.Name)} (");
        }

        public bool HasTemporaryValue(EntityEntry entry)
        {
            foreach (var column in columns)
            {
                if (column.Property is { ValueGenerated: not ValueGenerated.Never } property && entry.Property(property).IsTemporary)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds the row's parameters (positional <c>$n</c> for PostgreSQL, <c>@pn</c> otherwise) and returns its SQL text.</summary>
        public string Bind(object entity, EntityEntry? entry, DbCommand factory, DbParameterCollection parameters, bool positional)
        {
            var filled = UInt128.Zero;
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                var value = column.Property is { } property
                    ? property.IsShadowProperty() ? entry!.CurrentValues[property] : property.GetGetter().GetClrValueUsingContainingEntity(entity)
                    : OwnedJson.Write(column.Navigation!, entity);
                if (value is null && column.IsNullable)
                {
                    continue;
                }

                filled |= UInt128.One << i;
                parameters.Add(column.Mapping.CreateParameter(factory, DirectCommand.ParameterName(parameters.Count, positional), value, column.IsNullable));
            }

            return statements.GetOrAdd((filled, positional), Sql);
        }

        private string Sql((UInt128 Filled, bool Positional) key)
        {
            var used = columns.Where((_, i) => (key.Filled & (UInt128.One << i)) != 0).ToList();
            return into + string.Join(", ", used.Select(c => c.QuotedName)) + ") VALUES ("
                + string.Join(", ", used.Select((_, i) => DirectCommand.Placeholder(i, key.Positional))) + ")";
        }

        private static bool StoreGenerated(IProperty property) =>
            property.ValueGenerated is ValueGenerated.OnUpdate or ValueGenerated.OnAddOrUpdate or ValueGenerated.OnUpdateSometimes
            || property.GetDefaultValueSql() is not null || property.GetComputedColumnSql() is not null || property.TryGetDefaultValue(out _);

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private sealed record Column(string QuotedName, RelationalTypeMapping Mapping, bool IsNullable, IProperty? Property, INavigation? Navigation);
    }

    /// <summary>
    /// The JSON column of an owned reference or collection, written the way Entity Framework writes it: each property under
    /// its JSON name through its own JSON reader/writer, nested owned types as objects or arrays, keys left out. The values
    /// are read from the objects themselves (an owned type mapped to JSON keeps no value outside its properties, see
    /// <see cref="TableInsert.For"/>).
    /// </summary>
    private static class OwnedJson
    {
        public static string? Write(INavigation navigation, object owner)
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(owner) is not { } value)
            {
                return null;
            }

            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                WriteValue(writer, navigation, value);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        /// <summary>How many owned objects the navigation holds, those nested in them included.</summary>
        public static int Count(INavigation navigation, object owner) =>
            navigation.GetGetter().GetClrValueUsingContainingEntity(owner) switch
            {
                null => 0,
                System.Collections.IEnumerable items when navigation.IsCollection => items.Cast<object>().Sum(item => 1 + Nested(navigation.TargetEntityType, item)),
                { } value => 1 + Nested(navigation.TargetEntityType, value),
            };

        private static int Nested(IEntityType type, object item) =>
            type.GetNavigations().Where(n => !n.IsOnDependent && n.TargetEntityType.IsMappedToJson()).Sum(n => Count(n, item));

        /// <summary>Whether every value of the owned JSON type (and of those nested in it) is a property of its object.</summary>
        public static bool HasOnlyClrValues(IEntityType owned) =>
            owned.GetProperties().All(p => p.GetJsonPropertyName() is null || !p.IsShadowProperty())
            && owned.GetNavigations().Where(n => !n.IsOnDependent && n.TargetEntityType.IsMappedToJson()).All(n => HasOnlyClrValues(n.TargetEntityType));

        private static void WriteValue(Utf8JsonWriter writer, INavigation navigation, object value)
        {
            if (navigation.IsCollection)
            {
                writer.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    WriteObject(writer, navigation.TargetEntityType, item);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteObject(writer, navigation.TargetEntityType, value);
            }
        }

        private static void WriteObject(Utf8JsonWriter writer, IEntityType type, object item)
        {
            writer.WriteStartObject();
            foreach (var property in type.GetProperties())
            {
                if (property.GetJsonPropertyName() is not { } name)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                if (property.GetGetter().GetClrValueUsingContainingEntity(item) is { } value)
                {
                    // The reader/writer takes the property's own value and applies its conversion, as for Entity Framework's own JSON.
                    (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, value);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            foreach (var navigation in type.GetNavigations())
            {
                if (navigation.IsOnDependent || !navigation.TargetEntityType.IsMappedToJson())
                {
                    continue;
                }

                writer.WritePropertyName(navigation.TargetEntityType.GetJsonPropertyName()!);
                if (navigation.GetGetter().GetClrValueUsingContainingEntity(item) is { } nested)
                {
                    WriteValue(writer, navigation, nested);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndObject();
        }
    }
}
