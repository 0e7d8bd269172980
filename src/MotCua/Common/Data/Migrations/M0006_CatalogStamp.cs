using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The catalogue stamp that tells each node when to rebuild its in-memory search index, in place of the covering
/// search index the database no longer needs (ADR-008).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000006_CatalogStamp")]
internal sealed class M0006_CatalogStamp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CatalogStamps",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                Value = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_CatalogStamps", x => x.Id));

        // The only row; its value changes with every catalogue save (CatalogStampInterceptor).
        migrationBuilder.Sql("""INSERT INTO "CatalogStamps" ("Id", "Value") VALUES (1, '00000000-0000-0000-0000-000000000000')""");

        migrationBuilder.DropIndex(name: "IX_ProcedureVersions_Search", table: "ProcedureVersions");
        migrationBuilder.CreateIndex("IX_ProcedureVersions_Status_SearchName", "ProcedureVersions", ["Status", "SearchName"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_ProcedureVersions_Status_SearchName", table: "ProcedureVersions");
        migrationBuilder.CreateIndex(
            "IX_ProcedureVersions_Search", "ProcedureVersions", ["Status", "SearchName", "OnlineLevel", "FieldId", "ProcedureId", "Id", "SearchText"]);
        migrationBuilder.DropTable(name: "CatalogStamps");
    }
}
