using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The roll-ups (ADR-061): the counts of ended and judged facts rows per competent agency, half-month of reception and
/// what the 766 period-dependent predicates read, with a sum per static flag (MetricDossierRollups), and per procedure and channel (MetricProcedureRollups); on each
/// facts row the bucket it was counted in and the capture counted, with the partial index of the rows no roll-up holds as
/// they are. Every existing row starts never rolled up: the judging job counts the buckets (the rebuild job all of them).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000048_MetricRollups")]
internal sealed class M0048_MetricRollups : Migration
{
    private const string Facts = "MetricDossiers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("RolledAgencyId", Facts, nullable: true);
        migrationBuilder.AddColumn<DateTime>("RolledBucket", Facts, nullable: true);
        migrationBuilder.AddColumn<int>("RolledSequence", Facts, nullable: true);
        migrationBuilder.CreateIndex("IX_MetricDossiers_RolledAgencyId_RolledBucket", Facts, ["RolledAgencyId", "RolledBucket"]);
        migrationBuilder.CreateIndex(
            "IX_MetricDossiers_Dirty", Facts, ["RolledAgencyId", "RolledBucket"],
            filter: "\"RolledBucket\" IS NOT NULL AND (\"RolledSequence\" IS NULL OR \"RolledSequence\" <> \"CapturedSequence\")");
        migrationBuilder.CreateIndex(
            "IX_MetricDossiers_Unrolled", Facts, ["ResolvingAgencyId", "ReceivedAt"], filter: "\"RolledSequence\" IS NULL OR \"RolledSequence\" <> \"CapturedSequence\"");

        migrationBuilder.CreateTable(
            name: "MetricDossierRollups",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ResolvingAgencyId = t.Column<Guid>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                HasDueAt = t.Column<bool>(nullable: false),
                OriginalDueAt = t.Column<DateTime>(nullable: true),
                FirstSupplementAt = t.Column<DateTime>(nullable: true),
                EndedAt = t.Column<DateTime>(nullable: true),
                RatedAt = t.Column<DateTime>(nullable: true),
                Satisfied = t.Column<bool>(nullable: true),
                StatisticClass = t.Column<string>(maxLength: 10, nullable: true),
                Online33 = t.Column<int>(nullable: false),
                WithResult41 = t.Column<int>(nullable: false),
                ElectronicResult41 = t.Column<int>(nullable: false),
                Digitised42 = t.Column<int>(nullable: false),
                Reused43 = t.Column<int>(nullable: false),
                WithFees36 = t.Column<int>(nullable: false),
                PaidOnline36 = t.Column<int>(nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricDossierRollups", x => x.Id));
        migrationBuilder.CreateIndex("IX_MetricDossierRollups_ResolvingAgencyId_ReceivedAt", "MetricDossierRollups", ["ResolvingAgencyId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_MetricDossierRollups_EndedAt_ResolvingAgencyId", "MetricDossierRollups", ["EndedAt", "ResolvingAgencyId"]);

        migrationBuilder.CreateTable(
            name: "MetricProcedureRollups",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ResolvingAgencyId = t.Column<Guid>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                Channel = t.Column<int>(nullable: false),
                FeesRequested = t.Column<bool>(nullable: false),
                PaidOnline = t.Column<bool>(nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricProcedureRollups", x => x.Id));
        migrationBuilder.CreateIndex("IX_MetricProcedureRollups_ResolvingAgencyId_ReceivedAt", "MetricProcedureRollups", ["ResolvingAgencyId", "ReceivedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MetricProcedureRollups");
        migrationBuilder.DropTable("MetricDossierRollups");
        migrationBuilder.DropIndex("IX_MetricDossiers_Unrolled", Facts);
        migrationBuilder.DropIndex("IX_MetricDossiers_Dirty", Facts);
        migrationBuilder.DropIndex("IX_MetricDossiers_RolledAgencyId_RolledBucket", Facts);
        migrationBuilder.DropColumn("RolledSequence", Facts);
        migrationBuilder.DropColumn("RolledBucket", Facts);
        migrationBuilder.DropColumn("RolledAgencyId", Facts);
    }
}
