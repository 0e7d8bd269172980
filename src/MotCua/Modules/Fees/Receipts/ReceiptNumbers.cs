using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Fees.Receipts;

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
