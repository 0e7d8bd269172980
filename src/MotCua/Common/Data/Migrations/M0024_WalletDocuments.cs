using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Citizens' document wallets (kho dữ liệu điện tử): accepted components and issued results, one row per dossier file.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000024_WalletDocuments")]
internal sealed class M0024_WalletDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WalletDocuments",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OwnerId = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: true),
                Title = t.Column<string>(maxLength: 500, nullable: false),
                Origin = t.Column<int>(nullable: false),
                SourceDossierId = t.Column<Guid>(nullable: false),
                SourceDossierCode = t.Column<string>(maxLength: 50, nullable: true),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                SourceAttachmentId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                StoragePath = t.Column<string>(maxLength: 200, nullable: false),
                ValidUntil = t.Column<DateOnly>(nullable: true),
                AddedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_WalletDocuments", x => x.Id);
                t.ForeignKey("FK_WalletDocuments_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_WalletDocuments_SourceAttachmentId", "WalletDocuments", "SourceAttachmentId", unique: true);
        migrationBuilder.CreateIndex("IX_WalletDocuments_OwnerId_AddedAt", "WalletDocuments", ["OwnerId", "AddedAt"]);
        migrationBuilder.CreateIndex("IX_WalletDocuments_OrganisationId", "WalletDocuments", "OrganisationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "WalletDocuments");
}
