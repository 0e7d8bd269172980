using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The facts layer, second part (ADR-049, "Facts from other aggregates", "Procedure versions", "Judging"): a dossier's
/// fees, electronic result and rating; one row per published procedure version with its agencies; each agency's calendar
/// fingerprint; the partial index of the rows still to judge and the index of a version's dossiers by period. The new
/// columns of existing rows and the versions' rows are written by the rebuild job; every row is judged once more, so
/// that each agency gets its calendar fingerprint.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000042_MetricFactsExtended")]
internal sealed class M0042_MetricFactsExtended : Migration
{
    private const string Table = "MetricDossiers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("FeesRequested", Table, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("PaidOnline", Table, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("ElectronicResult", Table, nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateTime>("RatedAt", Table, nullable: true);
        migrationBuilder.AddColumn<bool>("Satisfied", Table, nullable: true);
        migrationBuilder.AddColumn<short>("RatingTime", Table, nullable: true);
        migrationBuilder.AddColumn<short>("RatingContacts", Table, nullable: true);
        migrationBuilder.AddColumn<short>("RatingAgencies", Table, nullable: true);
        migrationBuilder.AddColumn<short>("RatingAttitude", Table, nullable: true);
        migrationBuilder.CreateIndex("IX_MetricDossiers_ProcedureVersionId_ReceivedAt", Table, ["ProcedureVersionId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_MetricDossiers_Unjudged", Table, "DossierId", filter: "\"JudgedSequence\" IS NULL OR \"JudgedSequence\" < \"CapturedSequence\"");
        migrationBuilder.Sql("""UPDATE "MetricDossiers" SET "JudgedSequence" = NULL""");

        migrationBuilder.CreateTable(
            name: "MetricProcedureVersions",
            columns: t => new
            {
                VersionId = t.Column<Guid>(nullable: false),
                ProcedureId = t.Column<Guid>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                VersionNumber = t.Column<int>(nullable: false),
                FieldCode = t.Column<string>(maxLength: 20, nullable: false),
                FieldName = t.Column<string>(maxLength: 300, nullable: false),
                LevelCodes = t.Column<string>(maxLength: 200, nullable: false),
                OnlineLevel = t.Column<string>(maxLength: 20, nullable: false),
                FeesApply = t.Column<bool>(nullable: false),
                DecisionNumber = t.Column<string>(maxLength: 100, nullable: true),
                DecisionDate = t.Column<DateOnly>(nullable: true),
                EffectiveDate = t.Column<DateOnly>(nullable: true),
                PublishedAt = t.Column<DateTime>(nullable: true),
                ReplacedOn = t.Column<DateOnly>(nullable: true),
                AbolitionDecisionDate = t.Column<DateOnly>(nullable: true),
                AbolitionEffectiveDate = t.Column<DateOnly>(nullable: true),
                CapturedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricProcedureVersions", x => x.VersionId));
        migrationBuilder.CreateIndex("IX_MetricProcedureVersions_DecisionDate", "MetricProcedureVersions", "DecisionDate");
        migrationBuilder.CreateIndex("IX_MetricProcedureVersions_FieldCode", "MetricProcedureVersions", "FieldCode");
        migrationBuilder.CreateIndex("IX_MetricProcedureVersions_ProcedureCode", "MetricProcedureVersions", "ProcedureCode");

        migrationBuilder.CreateTable(
            name: "MetricProcedureAgencies",
            columns: t => new
            {
                VersionId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricProcedureAgencies", x => new { x.VersionId, x.AgencyId }));
        migrationBuilder.CreateIndex("IX_MetricProcedureAgencies_AgencyId", "MetricProcedureAgencies", "AgencyId");

        migrationBuilder.CreateTable(
            name: "MetricCalendarStamps",
            columns: t => new
            {
                AgencyId = t.Column<Guid>(nullable: false),
                Fingerprint = t.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MetricCalendarStamps", x => x.AgencyId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MetricCalendarStamps");
        migrationBuilder.DropTable(name: "MetricProcedureAgencies");
        migrationBuilder.DropTable(name: "MetricProcedureVersions");
        migrationBuilder.DropIndex(name: "IX_MetricDossiers_Unjudged", table: Table);
        migrationBuilder.DropIndex(name: "IX_MetricDossiers_ProcedureVersionId_ReceivedAt", table: Table);
        foreach (var column in new[] { "RatingAttitude", "RatingAgencies", "RatingContacts", "RatingTime", "Satisfied", "RatedAt", "ElectronicResult", "PaidOnline", "FeesRequested" })
        {
            migrationBuilder.DropColumn(column, Table);
        }
    }
}
