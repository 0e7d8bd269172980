using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The Bộ chỉ số 766 figures entered by hand with their evidence (ADR-054): one row per entry, a correction adds a row and
/// marks the one it replaces.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000043_EnteredIndicatorValues")]
internal sealed class M0043_EnteredIndicatorValues : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EnteredIndicatorValues",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                IndicatorId = t.Column<string>(maxLength: 20, nullable: false),
                PeriodFirst = t.Column<DateOnly>(nullable: false),
                PeriodLast = t.Column<DateOnly>(nullable: false),
                Numerator = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Denominator = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Note = t.Column<string>(maxLength: 1000, nullable: true),
                EvidenceKey = t.Column<string>(maxLength: 200, nullable: false),
                EvidenceFileName = t.Column<string>(maxLength: 255, nullable: false),
                EvidenceContentType = t.Column<string>(maxLength: 100, nullable: false),
                EvidenceSha256 = t.Column<string>(maxLength: 64, nullable: false),
                EnteredById = t.Column<Guid>(nullable: true),
                EnteredByName = t.Column<string>(maxLength: 200, nullable: false),
                EnteredAt = t.Column<DateTime>(nullable: false),
                ReplacedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_EnteredIndicatorValues", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_EnteredIndicatorValues_Agency_Period", "EnteredIndicatorValues",
            ["AgencyId", "PeriodFirst", "PeriodLast", "IndicatorId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "EnteredIndicatorValues");
}
