using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Past periods judged as they stood (ADR-066): <c>MetricDossiers.ChangedAt</c>, when a figure read as it stood at a
/// period end (the appointment, a supplement's completion, an extension, an apology) last changed — on existing rows the
/// appointment's last move (<c>DueMovedAt</c>) until the rebuild job rewrites the rows whose apologies or extensions it did
/// not hold with their instants — and <c>OneStopProcedureChanges</c>, the history of the agencies' one-stop lists, started with each existing
/// line as in force from its last change (what was on the list before that was not kept).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000054_PastPeriodsAsTheyStood")]
internal sealed class M0054_PastPeriodsAsTheyStood : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("ChangedAt", "MetricDossiers", nullable: true);
        // Until the rebuild adds the apologies' instants, a row's last change is its appointment's last move (ADR-064).
        migrationBuilder.Sql("UPDATE \"MetricDossiers\" SET \"ChangedAt\" = \"DueMovedAt\" WHERE \"DueMovedAt\" IS NOT NULL");
        // The few rows a past period's table reads from the facts rather than the statistics roll-up (ADR-065, ADR-066).
        migrationBuilder.CreateIndex("IX_MetricDossiers_Moved", "MetricDossiers", ["ChangedAt"], filter: "\"ChangedAt\" IS NOT NULL");
        migrationBuilder.CreateTable(
            name: "OneStopProcedureChanges",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                ProcedureId = t.Column<Guid>(nullable: false),
                Handling = t.Column<string>(maxLength: 30, nullable: false),
                PostedOn = t.Column<DateOnly>(nullable: true),
                From = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_OneStopProcedureChanges", x => x.Id));
        migrationBuilder.CreateIndex("IX_OneStopProcedureChanges_Agency_Procedure_From", "OneStopProcedureChanges", ["AgencyId", "ProcedureId", "From"]);
        // The existing lines, each in force from its last change; the line's own id serves as the change's (one per line).
        migrationBuilder.Sql(
            "INSERT INTO \"OneStopProcedureChanges\" (\"Id\", \"AgencyId\", \"ProcedureId\", \"Handling\", \"PostedOn\", \"From\") "
            + "SELECT \"Id\", \"AgencyId\", \"ProcedureId\", \"Handling\", \"PostedOn\", \"ChangedAt\" FROM \"OneStopProcedures\"");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OneStopProcedureChanges");
        migrationBuilder.DropIndex("IX_MetricDossiers_Moved", "MetricDossiers");
        migrationBuilder.DropColumn("ChangedAt", "MetricDossiers");
    }
}
