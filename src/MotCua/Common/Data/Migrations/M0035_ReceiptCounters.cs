using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Receipt numbers come from a counter per agency and year, locked by the transaction that records the payment, instead
/// of "largest number + 1" retried on a unique-index conflict (settlements at the same moment could run out of retries).
/// The counters start from the numbers already issued.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000035_ReceiptCounters")]
internal sealed class M0035_ReceiptCounters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReceiptCounters",
            columns: t => new
            {
                AgencyId = t.Column<Guid>(nullable: false),
                Year = t.Column<int>(nullable: false),
                LastNumber = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ReceiptCounters", x => new { x.AgencyId, x.Year }));
        migrationBuilder.Sql("""
            INSERT INTO "ReceiptCounters" ("AgencyId", "Year", "LastNumber")
            SELECT "AgencyId", "ReceiptYear", MAX("ReceiptNumber") FROM "PaymentRequests"
            WHERE "ReceiptNumber" IS NOT NULL AND "ReceiptYear" IS NOT NULL
            GROUP BY "AgencyId", "ReceiptYear"
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ReceiptCounters");
}
