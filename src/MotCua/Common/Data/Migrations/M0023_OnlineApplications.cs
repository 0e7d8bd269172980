using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Online submission: citizens' applications and their files; dossiers know the account and organisation that sent them.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000023_OnlineApplications")]
internal sealed class M0023_OnlineApplications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(name: "OwnerId", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<Guid>(name: "OrganisationId", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "EFormValues", table: "Dossiers", maxLength: 100_000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReturnAddress", table: "Dossiers", maxLength: 300, nullable: true);
        migrationBuilder.CreateIndex("IX_Dossiers_OwnerId_SubmittedAt", "Dossiers", ["OwnerId", "SubmittedAt"]);
        migrationBuilder.CreateIndex("IX_Dossiers_OrganisationId_SubmittedAt", "Dossiers", ["OrganisationId", "SubmittedAt"]);

        migrationBuilder.CreateTable(
            name: "OnlineApplications",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OwnerId = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: true),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                ProcedureVersionId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: true),
                ApplicantName = t.Column<string>(maxLength: 300, nullable: false),
                IdentityNumber = t.Column<string>(maxLength: 12, nullable: true),
                TaxCode = t.Column<string>(maxLength: 14, nullable: true),
                Address = t.Column<string>(maxLength: 300, nullable: true),
                Phone = t.Column<string>(maxLength: 20, nullable: true),
                Email = t.Column<string>(maxLength: 254, nullable: true),
                Values = t.Column<string>(maxLength: 100_000, nullable: false),
                ReturnMethod = t.Column<string>(maxLength: 20, nullable: false),
                PostalAddress = t.Column<string>(maxLength: 300, nullable: true),
                Status = t.Column<int>(nullable: false),
                DossierId = t.Column<Guid>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                SubmittedAt = t.Column<DateTime>(nullable: true),
                Revision = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OnlineApplications", x => x.Id);
                t.ForeignKey("FK_OnlineApplications_AspNetUsers_OwnerId", x => x.OwnerId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_OnlineApplications_OwnerId_UpdatedAt", "OnlineApplications", ["OwnerId", "UpdatedAt"]);
        migrationBuilder.CreateIndex("IX_OnlineApplications_DossierId", "OnlineApplications", "DossierId");

        migrationBuilder.CreateTable(
            name: "OnlineApplicationFiles",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ApplicationId = t.Column<Guid>(nullable: false),
                ComponentPosition = t.Column<int>(nullable: false),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                StoragePath = t.Column<string>(maxLength: 200, nullable: false),
                WalletDocumentId = t.Column<Guid>(nullable: true),
                AddedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OnlineApplicationFiles", x => x.Id);
                t.ForeignKey("FK_OnlineApplicationFiles_OnlineApplications_ApplicationId", x => x.ApplicationId, "OnlineApplications", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_OnlineApplicationFiles_ApplicationId", "OnlineApplicationFiles", "ApplicationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OnlineApplicationFiles");
        migrationBuilder.DropTable(name: "OnlineApplications");
        migrationBuilder.DropIndex("IX_Dossiers_OrganisationId_SubmittedAt", "Dossiers");
        migrationBuilder.DropIndex("IX_Dossiers_OwnerId_SubmittedAt", "Dossiers");
        migrationBuilder.DropColumn(name: "ReturnAddress", table: "Dossiers");
        migrationBuilder.DropColumn(name: "EFormValues", table: "Dossiers");
        migrationBuilder.DropColumn(name: "OrganisationId", table: "Dossiers");
        migrationBuilder.DropColumn(name: "OwnerId", table: "Dossiers");
    }
}
