using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// A citizen's in-app notice may be about something other than a dossier (feedback, ADR-046): the dossier becomes
/// optional and a notice may carry the page it opens. SQLite cannot make a column optional in place, so there the table
/// is rebuilt with its rows and indexes.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000037_NoticeLinks")]
internal sealed class M0037_NoticeLinks : Migration
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Table = "CitizenNotifications";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.AlterColumn<Guid>(name: "DossierId", table: Table, nullable: true, oldClrType: typeof(Guid), oldNullable: false);
            migrationBuilder.AddColumn<string>(name: "Link", table: Table, maxLength: 200, nullable: true);
        }
        else
        {
            Rebuild(migrationBuilder, withLinks: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DELETE FROM "CitizenNotifications" WHERE "DossierId" IS NULL""");
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.DropColumn(name: "Link", table: Table);
            migrationBuilder.AlterColumn<Guid>(name: "DossierId", table: Table, nullable: false, oldClrType: typeof(Guid), oldNullable: true);
        }
        else
        {
            Rebuild(migrationBuilder, withLinks: false);
        }
    }

    /// <summary>The table as M0026 made it, or with an optional dossier and a link; the rows are copied over.</summary>
    private static void Rebuild(MigrationBuilder migrationBuilder, bool withLinks)
    {
        const string next = "ef_temp_CitizenNotifications";
        migrationBuilder.CreateTable(
            name: next,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UserId = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: withLinks),
                Kind = t.Column<string>(maxLength: 50, nullable: false),
                Text = t.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ReadAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenNotifications", x => x.Id);
                t.ForeignKey("FK_CitizenNotifications_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_CitizenNotifications_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Cascade);
            });
        if (withLinks)
        {
            migrationBuilder.AddColumn<string>(name: "Link", table: next, maxLength: 200, nullable: true);
        }

        migrationBuilder.Sql($"""
            INSERT INTO "{next}" ("Id", "UserId", "DossierId", "Kind", "Text", "CreatedAt", "ReadAt")
            SELECT "Id", "UserId", "DossierId", "Kind", "Text", "CreatedAt", "ReadAt" FROM "{Table}"
            """);
        migrationBuilder.DropTable(name: Table);
        migrationBuilder.RenameTable(name: next, newName: Table);
        migrationBuilder.CreateIndex("IX_CitizenNotifications_UserId_CreatedAt", Table, ["UserId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_CitizenNotifications_UserId_ReadAt", Table, ["UserId", "ReadAt"]);
        migrationBuilder.CreateIndex("IX_CitizenNotifications_DossierId", Table, "DossierId");
    }
}
