using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The keyed audit chain (ADR-027): key ids and state hashes on history events, the admin audit log's chain and head,
/// and the daily anchors. Rows written before stay as they are; the application seals them once at start-up.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000029_KeyedAuditChain")]
internal sealed class M0029_KeyedAuditChain : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "StateHash", table: "DossierEvents", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "KeyId", table: "DossierEvents", maxLength: 32, nullable: true);

        migrationBuilder.AddColumn<long>(name: "Sequence", table: "AuditEntries", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PreviousHash", table: "AuditEntries", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "KeyId", table: "AuditEntries", maxLength: 32, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Hash", table: "AuditEntries", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_AuditEntries_Sequence", "AuditEntries", "Sequence", unique: true);

        migrationBuilder.CreateTable(
            name: "AuditChainHeads",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                Count = t.Column<long>(nullable: false),
                LastHash = t.Column<string>(maxLength: 64, nullable: false),
                HistoriesSealed = t.Column<bool>(nullable: false),
                KeyId = t.Column<string>(maxLength: 32, nullable: false),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AuditChainHeads", x => x.Id));

        migrationBuilder.CreateTable(
            name: "AuditAnchors",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Day = t.Column<DateOnly>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                DossierCount = t.Column<int>(nullable: false),
                EventCount = t.Column<long>(nullable: false),
                DossierRoot = t.Column<string>(maxLength: 64, nullable: false),
                AuditCount = t.Column<long>(nullable: false),
                AuditHead = t.Column<string>(maxLength: 64, nullable: false),
                PreviousHash = t.Column<string>(maxLength: 64, nullable: false),
                KeyId = t.Column<string>(maxLength: 32, nullable: false),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AuditAnchors", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditAnchors_Day", "AuditAnchors", "Day", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditAnchors");
        migrationBuilder.DropTable(name: "AuditChainHeads");
        migrationBuilder.DropIndex("IX_AuditEntries_Sequence", "AuditEntries");
        foreach (var column in new[] { "Hash", "KeyId", "PreviousHash", "Sequence" })
        {
            migrationBuilder.DropColumn(name: column, table: "AuditEntries");
        }

        migrationBuilder.DropColumn(name: "KeyId", table: "DossierEvents");
        migrationBuilder.DropColumn(name: "StateHash", table: "DossierEvents");
    }
}
