using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The citizen's in-app notices about the dossiers they submitted online.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000026_CitizenNotifications")]
internal sealed class M0026_CitizenNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CitizenNotifications",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UserId = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
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
        migrationBuilder.CreateIndex("IX_CitizenNotifications_UserId_CreatedAt", "CitizenNotifications", ["UserId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_CitizenNotifications_UserId_ReadAt", "CitizenNotifications", ["UserId", "ReadAt"]);
        migrationBuilder.CreateIndex("IX_CitizenNotifications_DossierId", "CitizenNotifications", "DossierId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "CitizenNotifications");
}
