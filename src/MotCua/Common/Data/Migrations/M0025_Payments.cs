using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Fees of dossiers (NĐ 61/2018 Điều 22): payment requests with their receipts, and gateway transactions.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000025_Payments")]
internal sealed class M0025_Payments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PaymentRequests",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Amount = t.Column<long>(nullable: false),
                Description = t.Column<string>(maxLength: 500, nullable: false),
                Required = t.Column<bool>(nullable: false),
                Status = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedByName = t.Column<string>(maxLength: 256, nullable: false),
                PaidAt = t.Column<DateTime>(nullable: true),
                PaidVia = t.Column<int>(nullable: true),
                ReceiptNumber = t.Column<int>(nullable: true),
                ReceiptYear = t.Column<int>(nullable: true),
                Revision = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PaymentRequests", x => x.Id);
                t.ForeignKey("FK_PaymentRequests_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_PaymentRequests_DossierId", "PaymentRequests", "DossierId");
        migrationBuilder.CreateIndex("IX_PaymentRequests_AgencyId_ReceiptYear_ReceiptNumber", "PaymentRequests", ["AgencyId", "ReceiptYear", "ReceiptNumber"], unique: true);

        migrationBuilder.CreateTable(
            name: "PaymentTransactions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PaymentRequestId = t.Column<Guid>(nullable: false),
                OrderRef = t.Column<string>(maxLength: 40, nullable: false),
                Provider = t.Column<string>(maxLength: 40, nullable: false),
                Amount = t.Column<long>(nullable: false),
                Status = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CompletedAt = t.Column<DateTime>(nullable: true),
                GatewayTransactionId = t.Column<string>(maxLength: 100, nullable: true),
                FailureReason = t.Column<string>(maxLength: 500, nullable: true),
                CallbackCount = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PaymentTransactions", x => x.Id);
                t.ForeignKey("FK_PaymentTransactions_PaymentRequests_PaymentRequestId", x => x.PaymentRequestId, "PaymentRequests", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PaymentTransactions_OrderRef", "PaymentTransactions", "OrderRef", unique: true);
        migrationBuilder.CreateIndex("IX_PaymentTransactions_PaymentRequestId", "PaymentTransactions", "PaymentRequestId");
        migrationBuilder.CreateIndex("IX_PaymentTransactions_Status_CreatedAt", "PaymentTransactions", ["Status", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "PaymentTransactions");
        migrationBuilder.DropTable(name: "PaymentRequests");
    }
}
