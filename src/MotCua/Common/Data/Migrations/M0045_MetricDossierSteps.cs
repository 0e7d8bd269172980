using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The steps' facts of the TT 01/2018 evaluation (ADR-058): one row per step of a dossier's processing with its agency,
/// unit, officer, times, due and verdict. The rows of existing dossiers are written by the rebuild job.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000045_MetricDossierSteps")]
internal sealed class M0045_MetricDossierSteps : Migration
{
    private const string Table = "MetricDossierSteps";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: t => new
            {
                TaskId = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                UnitId = t.Column<Guid>(nullable: true),
                OfficerId = t.Column<Guid>(nullable: true),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                ClosedAt = t.Column<DateTime>(nullable: true),
                Class = t.Column<string>(maxLength: 10, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_MetricDossierSteps", x => x.TaskId));
        migrationBuilder.CreateIndex("IX_MetricDossierSteps_DossierId", Table, "DossierId");
        migrationBuilder.CreateIndex("IX_MetricDossierSteps_AgencyId_UnitId_OfficerId", Table, ["AgencyId", "UnitId", "OfficerId"]);
        migrationBuilder.CreateIndex("IX_MetricDossierSteps_OfficerId", Table, "OfficerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: Table);
}
