using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The periodic reports on TTHC control and the one-stop work (ADR-059): one row per agency (or the province) and period,
/// its text sections, its frozen figures and its approval.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000046_ControlReports")]
internal sealed class M0046_ControlReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ControlReports",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ScopeKey = t.Column<string>(maxLength: 40, nullable: false),
                AgencyId = t.Column<Guid>(nullable: true),
                ScopeName = t.Column<string>(maxLength: 500, nullable: false),
                PeriodKey = t.Column<string>(maxLength: 10, nullable: false),
                PeriodFirst = t.Column<DateOnly>(nullable: false),
                PeriodLast = t.Column<DateOnly>(nullable: false),
                Number = t.Column<string>(maxLength: 50, nullable: true),
                State = t.Column<string>(maxLength: 20, nullable: false),
                ImpactAssessment = t.Column<string>(maxLength: 20000, nullable: true),
                Publication = t.Column<string>(maxLength: 20000, nullable: true),
                Handling = t.Column<string>(maxLength: 20000, nullable: true),
                Review = t.Column<string>(maxLength: 20000, nullable: true),
                Difficulties = t.Column<string>(maxLength: 20000, nullable: true),
                Petitions = t.Column<string>(maxLength: 20000, nullable: true),
                Communication = t.Column<string>(maxLength: 20000, nullable: true),
                Other = t.Column<string>(maxLength: 20000, nullable: true),
                Proposals = t.Column<string>(maxLength: 20000, nullable: true),
                FiguresJson = t.Column<string>(nullable: false),
                FiguresTakenAt = t.Column<DateTime>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedByName = t.Column<string>(maxLength: 256, nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                UpdatedByName = t.Column<string>(maxLength: 256, nullable: false),
                ApprovedAt = t.Column<DateTime>(nullable: true),
                ApprovedByName = t.Column<string>(maxLength: 256, nullable: true),
                ReturnReason = t.Column<string>(maxLength: 2000, nullable: true),
                Revision = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ControlReports", x => x.Id));
        migrationBuilder.CreateIndex("IX_ControlReports_ScopeKey_PeriodKey", "ControlReports", ["ScopeKey", "PeriodKey"], unique: true);
        migrationBuilder.CreateIndex("IX_ControlReports_AgencyId_PeriodFirst", "ControlReports", ["AgencyId", "PeriodFirst"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ControlReports");
}
