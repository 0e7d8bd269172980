using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The agencies' one-stop lists (ADR-063): per agency and procedure, whether it is received and returned, or decided, at
/// the Bộ phận Một cửa, and the declared posting day (TT 01/2018 chỉ số 5 and 6); and the reminders sent about a report
/// obligation, each once (ADR-060 addendum).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000050_OneStopListAndReminders")]
internal sealed class M0050_OneStopListAndReminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OneStopProcedures",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                ProcedureId = t.Column<Guid>(nullable: false),
                Handling = t.Column<string>(maxLength: 30, nullable: false),
                PostedOn = t.Column<DateOnly>(nullable: true),
                ChangedAt = t.Column<DateTime>(nullable: false),
                ChangedByName = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_OneStopProcedures", x => x.Id));
        migrationBuilder.CreateIndex("IX_OneStopProcedures_Agency_Procedure", "OneStopProcedures", ["AgencyId", "ProcedureId"], unique: true);

        migrationBuilder.AddColumn<DateTime>(name: "RemindedSoonAt", table: "ReportObligations", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "RemindedLateAt", table: "ReportObligations", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RemindedLateAt", table: "ReportObligations");
        migrationBuilder.DropColumn(name: "RemindedSoonAt", table: "ReportObligations");
        migrationBuilder.DropTable(name: "OneStopProcedures");
    }
}
