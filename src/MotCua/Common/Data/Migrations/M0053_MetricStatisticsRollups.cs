using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The statistics roll-up (ADR-065): the counts of ended and judged facts rows per competent agency, half-month of
/// reception, procedure version and the dossier statistics table's tally parts (MetricStatisticsRollups), and the partial
/// index of the facts rows whose appointment moved, which a past period's table judges as they stood at its end. The
/// roll-up starts empty, so every bucket counted so far is sent back dirty (its rows' rolled sequence cleared): the readers
/// take those rows from the facts until the judging job has counted their buckets again, into every roll-up.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000053_MetricStatisticsRollups")]
internal sealed class M0053_MetricStatisticsRollups : Migration
{
    private const string Table = "MetricStatisticsRollups";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("UPDATE \"MetricDossiers\" SET \"RolledSequence\" = NULL WHERE \"RolledSequence\" IS NOT NULL");
        migrationBuilder.CreateTable(
            name: Table,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ResolvingAgencyId = t.Column<Guid>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                ProcedureVersionId = t.Column<Guid>(nullable: false),
                Channel = t.Column<int>(nullable: false),
                Apologised = t.Column<bool>(nullable: false),
                State = t.Column<int>(nullable: false),
                Time = t.Column<int>(nullable: false),
                EndedAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: true),
                PendingSupplementSince = t.Column<DateTime>(nullable: true),
                PendingLate = t.Column<bool>(nullable: false),
                ChangedAt = t.Column<DateTime>(nullable: true),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricStatisticsRollups", x => x.Id));
        migrationBuilder.CreateIndex("IX_MetricStatisticsRollups_ResolvingAgencyId_ReceivedAt", Table, ["ResolvingAgencyId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_MetricStatisticsRollups_EndedAt_ResolvingAgencyId", Table, ["EndedAt", "ResolvingAgencyId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table);
    }
}
