using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Payments;

/// <summary>The last receipt number (số biên lai) an agency issued in a year (NĐ 123/2020/NĐ-CP Điều 32).</summary>
internal sealed class ReceiptCounter
{
    public Guid AgencyId { get; private set; }

    public int Year { get; private set; }

    public int LastNumber { get; private set; }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> builder)
    {
        builder.ToTable("ReceiptCounters");
        builder.HasKey(c => new { c.AgencyId, c.Year });
    }
}

/// <summary>
/// Issues receipt numbers. It runs inside the transaction that records the payment: the agency-year's counter row stays
/// locked until that transaction ends and its increment commits or rolls back with the payment, so numbers are unique
/// and gap-free however many settlements arrive at the same moment, on one node or several.
/// </summary>
internal static class ReceiptNumbers
{
    public static async Task<int> NextAsync(AppDbContext db, Guid agencyId, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A receipt number must be issued inside the transaction that records the payment.");
        }

        // One statement on both databases (PostgreSQL 9.5+, SQLite 3.35+), as the dossier codes (ADR-014).
        return (await db.Database.SqlQuery<int>($"""
                INSERT INTO "ReceiptCounters" ("AgencyId", "Year", "LastNumber") VALUES ({agencyId}, {year}, 1)
                ON CONFLICT ("AgencyId", "Year") DO UPDATE SET "LastNumber" = "ReceiptCounters"."LastNumber" + 1
                RETURNING "LastNumber" AS "Value"
                """).ToListAsync(cancellationToken)).Single();
    }
}
