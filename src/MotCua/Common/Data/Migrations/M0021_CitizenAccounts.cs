using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Citizen accounts: profiles, verification codes, organisations and their members; sign-in by phone number.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000021_CitizenAccounts")]
internal sealed class M0021_CitizenAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_AspNetUsers_PhoneNumber", "AspNetUsers", "PhoneNumber");

        migrationBuilder.CreateTable(
            name: "CitizenProfiles",
            columns: t => new
            {
                UserId = t.Column<Guid>(nullable: false),
                IdentityNumber = t.Column<string>(maxLength: 12, nullable: true),
                TaxCode = t.Column<string>(maxLength: 14, nullable: true),
                DateOfBirth = t.Column<DateOnly>(nullable: true),
                Address = t.Column<string>(maxLength: 300, nullable: true),
                IdentityVerifiedBy = t.Column<string>(maxLength: 50, nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CitizenProfiles", x => x.UserId);
                t.ForeignKey("FK_CitizenProfiles_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CitizenProfiles_IdentityNumber", "CitizenProfiles", "IdentityNumber");

        migrationBuilder.CreateTable(
            name: "VerificationCodes",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Purpose = t.Column<int>(nullable: false),
                Contact = t.Column<string>(maxLength: 254, nullable: false),
                CodeHash = t.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ExpiresAt = t.Column<DateTime>(nullable: false),
                Attempts = t.Column<int>(nullable: false),
                UsedAt = t.Column<DateTime>(nullable: true),
                SubjectId = t.Column<Guid>(nullable: true),
                Payload = t.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_VerificationCodes", x => x.Id));
        migrationBuilder.CreateIndex("IX_VerificationCodes_Contact_CreatedAt", "VerificationCodes", ["Contact", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_VerificationCodes_ExpiresAt", "VerificationCodes", "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "CitizenOrganisations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                TaxCode = t.Column<string>(maxLength: 14, nullable: false),
                Address = t.Column<string>(maxLength: 300, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_CitizenOrganisations", x => x.Id));
        migrationBuilder.CreateIndex("IX_CitizenOrganisations_TaxCode", "CitizenOrganisations", "TaxCode", unique: true);

        migrationBuilder.CreateTable(
            name: "OrganisationMembers",
            columns: t => new
            {
                OrganisationId = t.Column<Guid>(nullable: false),
                UserId = t.Column<Guid>(nullable: false),
                IsManager = t.Column<bool>(nullable: false),
                JoinedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OrganisationMembers", x => new { x.OrganisationId, x.UserId });
                t.ForeignKey("FK_OrganisationMembers_CitizenOrganisations_OrganisationId", x => x.OrganisationId, "CitizenOrganisations", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_OrganisationMembers_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_OrganisationMembers_UserId", "OrganisationMembers", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OrganisationMembers");
        migrationBuilder.DropTable(name: "CitizenOrganisations");
        migrationBuilder.DropTable(name: "VerificationCodes");
        migrationBuilder.DropTable(name: "CitizenProfiles");
        migrationBuilder.DropIndex("IX_AspNetUsers_PhoneNumber", "AspNetUsers");
    }
}
