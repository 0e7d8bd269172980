using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MotCua.Benchmarks;

/// <summary>
/// Bulk-loads entities with PostgreSQL's binary COPY, column by column as Entity Framework maps them (table and column
/// names, value converters such as enums stored by name), so the rows are those the application would have saved.
/// </summary>
internal static class EntityCopy
{
    public static async Task<int> WriteAsync<T>(NpgsqlConnection connection, DbContext db, IEnumerable<T> rows)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!, Converter: p.GetTypeMapping().Converter)).ToList();
        var count = 0;
        await using var importer = await connection.BeginBinaryImportAsync(
            $"""COPY "{table.Name}" ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) FROM STDIN (FORMAT BINARY)""");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var (property, _, converter) in columns)
            {
                var value = property.GetGetter().GetClrValueUsingContainingEntity(row!);
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync();
                }
                else
                {
                    await importer.WriteAsync(value);
                }
            }

            count++;
        }

        await importer.CompleteAsync();
        return count;
    }
}
