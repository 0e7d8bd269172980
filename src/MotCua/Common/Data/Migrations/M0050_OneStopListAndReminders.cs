using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The agencies' one-stop lists (ADR-063): per agency and procedure, whether it is received and returned, or decided, at
/// the Bộ phận Một cửa, and the declared posting day (TT 01/2018 chỉ số 5 and 6).
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
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OneStopProcedures");
    }
}
