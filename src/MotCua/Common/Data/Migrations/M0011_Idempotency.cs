using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Stored first answers of API requests sent with an Idempotency-Key.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000011_Idempotency")]
internal sealed class M0011_Idempotency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ClientId = t.Column<string>(maxLength: 100, nullable: false),
                Key = t.Column<string>(maxLength: 100, nullable: false),
                RequestHash = t.Column<string>(maxLength: 64, nullable: false),
                StatusCode = t.Column<int>(nullable: false),
                ResponseJson = t.Column<string>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_IdempotencyRecords", x => x.Id));
        migrationBuilder.CreateIndex("IX_IdempotencyRecords_ClientId_Key", "IdempotencyRecords", ["ClientId", "Key"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IdempotencyRecords");
    }
}
