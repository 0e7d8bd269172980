using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The audit log of administrative changes and the optimistic-concurrency token of agencies (ADR-002, ADR-005).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000004_Accounts")]
internal sealed class M0004_Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "Version", table: "Agencies", nullable: false, defaultValue: Guid.Empty);

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                UserId = t.Column<Guid>(nullable: true),
                UserName = t.Column<string>(maxLength: 256, nullable: false),
                Action = t.Column<string>(maxLength: 60, nullable: false),
                EntityType = t.Column<string>(maxLength: 60, nullable: false),
                EntityId = t.Column<string>(maxLength: 100, nullable: false),
                Summary = t.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditEntries_AtUtc", "AuditEntries", "AtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropColumn(name: "Version", table: "Agencies");
    }
}
