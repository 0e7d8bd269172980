using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The business calendar: yearly exceptions and per-agency working schedules (ADR-002, ADR-003).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000002_Calendar")]
internal sealed class M0002_Calendar : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CalendarExceptions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Date = t.Column<DateOnly>(nullable: false),
                Kind = t.Column<string>(maxLength: 30, nullable: false),
                AgencyId = t.Column<Guid>(nullable: true),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                LegalReference = t.Column<string>(maxLength: 300, nullable: false),
                CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedBy = t.Column<string>(maxLength: 256, nullable: true),
                UpdatedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CalendarExceptions", x => x.Id);
                t.ForeignKey("FK_CalendarExceptions_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_CalendarExceptions_AgencyId", "CalendarExceptions", "AgencyId");
        migrationBuilder.CreateIndex("IX_CalendarExceptions_Date", "CalendarExceptions", "Date");

        migrationBuilder.CreateTable(
            name: "AgencyWorkingSchedules",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                WorkingDays = t.Column<string>(maxLength: 20, nullable: false),
                Sessions = t.Column<string>(maxLength: 100, nullable: false),
                UpdatedBy = t.Column<string>(maxLength: 256, nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_AgencyWorkingSchedules", x => x.Id);
                t.ForeignKey("FK_AgencyWorkingSchedules_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_AgencyWorkingSchedules_AgencyId", "AgencyWorkingSchedules", "AgencyId", unique: true);
    }
}
