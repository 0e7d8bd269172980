using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Files attached to dossiers: the checked facts of each file; the bytes live in the attachment store (ADR-016).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000013_DossierAttachments")]
internal sealed class M0013_DossierAttachments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DossierAttachments",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                Purpose = t.Column<string>(maxLength: 20, nullable: false),
                ComponentPosition = t.Column<int>(nullable: true),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                StoragePath = t.Column<string>(maxLength: 200, nullable: false),
                UploadedAt = t.Column<DateTime>(nullable: false),
                UploadedById = t.Column<Guid>(nullable: true),
                UploadedByName = t.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DossierAttachments", x => x.Id);
                t.ForeignKey("FK_DossierAttachments_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_DossierAttachments_DossierId", "DossierAttachments", "DossierId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DossierAttachments");
    }
}
