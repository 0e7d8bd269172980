using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The dossiers' facts (ADR-049): one row per dossier with its figures as captured with its last change, and the columns
/// the judging job fills later (null until then). The rows of existing dossiers are written by the rebuild job at the
/// first start, as the figures are read from the dossier in .NET.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000041_MetricFacts")]
internal sealed class M0041_MetricFacts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MetricDossiers",
            columns: t => new
            {
                DossierId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 60, nullable: true),
                AgencyId = t.Column<Guid>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                ProcedureVersionId = t.Column<Guid>(nullable: false),
                Channel = t.Column<int>(nullable: false),
                Status = t.Column<int>(nullable: false),
                SubmittedAt = t.Column<DateTime>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: true),
                DueAt = t.Column<DateTime>(nullable: true),
                OriginalDueAt = t.Column<DateTime>(nullable: true),
                ProcessingTimeAmount = t.Column<int>(nullable: false),
                ProcessingTimeUnit = t.Column<string>(maxLength: 20, nullable: false),
                FinishedAt = t.Column<DateTime>(nullable: true),
                ReturnedAt = t.Column<DateTime>(nullable: true),
                StoppedAt = t.Column<DateTime>(nullable: true),
                WithdrawnAt = t.Column<DateTime>(nullable: true),
                EndedAt = t.Column<DateTime>(nullable: true),
                Outcome = t.Column<int>(nullable: true),
                SupplementCount = t.Column<int>(nullable: false),
                FirstSupplementAt = t.Column<DateTime>(nullable: true),
                PendingSupplementSince = t.Column<DateTime>(nullable: true),
                Supplements = t.Column<string>(maxLength: 4000, nullable: true),
                ExtensionCount = t.Column<int>(nullable: false),
                ApologyCount = t.Column<int>(nullable: false),
                ApologyAfterDue = t.Column<bool>(nullable: false),
                Apologies = t.Column<string>(maxLength: 4000, nullable: true),
                ComponentCount = t.Column<int>(nullable: false),
                DigitisedCount = t.Column<int>(nullable: false),
                ExemptCount = t.Column<int>(nullable: false),
                ReusedCount = t.Column<int>(nullable: false),
                ReturnedVia = t.Column<int>(nullable: true),
                FeeStatus = t.Column<int>(nullable: false),
                CapturedSequence = t.Column<int>(nullable: false),
                CapturedAt = t.Column<DateTime>(nullable: false),
                StatisticDueAt = t.Column<DateTime>(nullable: true),
                StatisticClass = t.Column<string>(maxLength: 10, nullable: true),
                LegalClass = t.Column<string>(maxLength: 10, nullable: true),
                JudgedSequence = t.Column<int>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_MetricDossiers", x => x.DossierId));
        migrationBuilder.CreateIndex("IX_MetricDossiers_AgencyId_ReceivedAt", "MetricDossiers", ["AgencyId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_MetricDossiers_AgencyId_EndedAt", "MetricDossiers", ["AgencyId", "EndedAt"]);
        migrationBuilder.CreateIndex("IX_MetricDossiers_ProcedureCode_ReceivedAt", "MetricDossiers", ["ProcedureCode", "ReceivedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "MetricDossiers");
}
