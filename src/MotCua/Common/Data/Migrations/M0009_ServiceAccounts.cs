using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Service accounts of integrating systems and the hashes of their API keys (ADR-002, ADR-012).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000009_ServiceAccounts")]
internal sealed class M0009_ServiceAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ServiceAccounts",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                PublicId = t.Column<string>(maxLength: 32, nullable: false),
                SecretHash = t.Column<byte[]>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
                LastUsedAtUtc = t.Column<DateTime>(nullable: true),
                ExpiresAtUtc = t.Column<DateTime>(nullable: true),
                RevokedAtUtc = t.Column<DateTime>(nullable: true),
                RevokedBy = t.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ServiceAccounts", x => x.Id);
                t.ForeignKey("FK_ServiceAccounts_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ServiceAccounts_AgencyId", "ServiceAccounts", "AgencyId");
        migrationBuilder.CreateIndex("IX_ServiceAccounts_PublicId", "ServiceAccounts", "PublicId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ServiceAccounts");
}
