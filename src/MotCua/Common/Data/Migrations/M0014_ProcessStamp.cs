using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The process stamp that tells each node when the internal processes in force have changed (ADR-018).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000014_ProcessStamp")]
internal sealed class M0014_ProcessStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ProcessStamps",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                Value = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ProcessStamps", x => x.Id));

        // The only row; its value changes with every approval (ProcessStampInterceptor).
        migrationBuilder.Sql("""INSERT INTO "ProcessStamps" ("Id", "Value") VALUES (1, '00000000-0000-0000-0000-000000000000')""");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ProcessStamps");
}
