using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The roll-ups' stamp (ADR-061, addendum 07/12/2026): the statutory cut-off day the roll-ups were counted with, one row,
/// absent until the judging job counts them — which, finding none, counts every bucket again once. And the partial index
/// of the rows the job has to roll up (ended, judged, received, not held by a roll-up as they are), holding every column the
/// job's query reads, so that each run reads those rows from the index alone instead of every row of the table.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000056_RollupCutOffAndRowsToRoll")]
internal sealed class M0056_RollupCutOffAndRowsToRoll : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MetricRollupStamps",
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                CutOffDay = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricRollupStamps", x => x.Id));
        migrationBuilder.CreateIndex(
            "IX_MetricDossiers_ToRoll", "MetricDossiers", ["ResolvingAgencyId", "ReceivedAt", "EndedAt", "JudgedSequence", "CapturedSequence", "StatisticClass", "RolledSequence"],
            filter: "\"RolledSequence\" IS NULL AND \"EndedAt\" IS NOT NULL AND \"JudgedSequence\" = \"CapturedSequence\" AND \"StatisticClass\" IS NOT NULL AND \"ReceivedAt\" IS NOT NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_MetricDossiers_ToRoll", "MetricDossiers");
        migrationBuilder.DropTable("MetricRollupStamps");
    }
}
