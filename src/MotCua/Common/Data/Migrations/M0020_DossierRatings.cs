using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Applicants' ratings of how their dossiers were handled (TT 01/2018 Điều 13–14; 766 chỉ số 5.4), one per dossier.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000020_DossierRatings")]
internal sealed class M0020_DossierRatings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DossierRatings",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                RatedAt = t.Column<DateTime>(nullable: false),
                Channel = t.Column<int>(nullable: false),
                TimeScore = t.Column<int>(nullable: false),
                ContactsScore = t.Column<int>(nullable: false),
                AgenciesScore = t.Column<int>(nullable: false),
                AttitudeScore = t.Column<int>(nullable: false),
                Satisfied = t.Column<bool>(nullable: false),
                Comment = t.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DossierRatings", x => x.Id);
                t.ForeignKey("FK_DossierRatings_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_DossierRatings_DossierId", "DossierRatings", "DossierId", unique: true);
        migrationBuilder.CreateIndex("IX_DossierRatings_AgencyId_RatedAt", "DossierRatings", ["AgencyId", "RatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "DossierRatings");
}
