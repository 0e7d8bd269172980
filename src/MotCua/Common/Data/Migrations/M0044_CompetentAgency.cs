using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The competent agency (ADR-049, "Competent agency"): a dossier's cơ quan có thẩm quyền giải quyết, set when processing
/// starts, back-filled from the agency of its first top-level task (where its process started); and the agency each facts
/// row counts for — the competent agency once processing started, else the receiving agency — with the period indexes
/// the readers scope by. The rebuild job rewrites any row whose agency still differs.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000044_CompetentAgency")]
internal sealed class M0044_CompetentAgency : Migration
{
    /// <summary>A started dossier's competent agency: the agency of its first top-level task.</summary>
    public const string BackFillDossiers = """
        UPDATE "Dossiers" SET "CompetentAgencyId" = (
            SELECT t."AgencyId" FROM "DossierTasks" t
            WHERE t."DossierId" = "Dossiers"."Id" AND t."ParentTaskId" IS NULL
            ORDER BY t."Sequence" LIMIT 1)
        WHERE "ProcessId" IS NOT NULL
        """;

    /// <summary>Each facts row's agency: its dossier's competent agency, else the receiving agency.</summary>
    public const string BackFillFacts = """
        UPDATE "MetricDossiers" SET "ResolvingAgencyId" = COALESCE(
            (SELECT d."CompetentAgencyId" FROM "Dossiers" d WHERE d."Id" = "MetricDossiers"."DossierId"),
            "AgencyId")
        """;

    private const string Facts = "MetricDossiers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("CompetentAgencyId", "Dossiers", nullable: true);
        migrationBuilder.Sql(BackFillDossiers);
        migrationBuilder.CreateIndex("IX_Dossiers_CompetentAgencyId_SubmittedAt", "Dossiers", ["CompetentAgencyId", "SubmittedAt"]);
        migrationBuilder.AddColumn<Guid>("ResolvingAgencyId", Facts, nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.Sql(BackFillFacts);
        migrationBuilder.CreateIndex("IX_MetricDossiers_ResolvingAgencyId_ReceivedAt", Facts, ["ResolvingAgencyId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_MetricDossiers_ResolvingAgencyId_EndedAt", Facts, ["ResolvingAgencyId", "EndedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_MetricDossiers_ResolvingAgencyId_EndedAt", Facts);
        migrationBuilder.DropIndex("IX_MetricDossiers_ResolvingAgencyId_ReceivedAt", Facts);
        migrationBuilder.DropColumn("ResolvingAgencyId", Facts);
        migrationBuilder.DropIndex("IX_Dossiers_CompetentAgencyId_SubmittedAt", "Dossiers");
        migrationBuilder.DropColumn("CompetentAgencyId", "Dossiers");
    }
}
