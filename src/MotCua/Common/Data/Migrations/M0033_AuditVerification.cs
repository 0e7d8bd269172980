using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Finishing the keyed audit chain (ADR-027): each history event names the format it was sealed in (the events written
/// before are format 1), anchors name their format and cut-off (those written before are format 1, without one), and
/// every verification run is recorded.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000033_AuditVerification")]
internal sealed class M0033_AuditVerification : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Format", table: "DossierEvents", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<int>(name: "Format", table: "AuditAnchors", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<DateTime>(name: "CutOff", table: "AuditAnchors", nullable: true);

        migrationBuilder.CreateTable(
            name: "IntegrityRuns",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                Source = t.Column<int>(nullable: false),
                RunBy = t.Column<string>(maxLength: 256, nullable: false),
                Code = t.Column<string>(maxLength: 60, nullable: true),
                AgencyId = t.Column<Guid>(nullable: true),
                From = t.Column<DateOnly>(nullable: true),
                To = t.Column<DateOnly>(nullable: true),
                Full = t.Column<bool>(nullable: false),
                DossiersChecked = t.Column<int>(nullable: false),
                DossiersBroken = t.Column<int>(nullable: false),
                Holds = t.Column<bool>(nullable: false),
                Findings = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_IntegrityRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_IntegrityRuns_At", "IntegrityRuns", "At");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IntegrityRuns");
        migrationBuilder.DropColumn(name: "CutOff", table: "AuditAnchors");
        migrationBuilder.DropColumn(name: "Format", table: "AuditAnchors");
        migrationBuilder.DropColumn(name: "Format", table: "DossierEvents");
    }
}
