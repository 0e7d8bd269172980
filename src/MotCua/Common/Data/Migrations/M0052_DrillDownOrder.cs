using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The order of the 766 drill-down lists (ADR-054, addendum "A drill-down's first page"): the facts rows by reception,
/// newest first, the dossier's id breaking ties, so that the first page of a province's list (no agency to lead the
/// index) and each page after it read a few dozen index entries instead of sorting every row of the period. An agency's
/// or a procedure's list walks its existing (agency, reception) or (procedure, reception) index.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000052_DrillDownOrder")]
internal sealed class M0052_DrillDownOrder : Migration
{
    public const string Index = "IX_MetricDossiers_ReceivedAt_DossierId";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(Index, "MetricDossiers", ["ReceivedAt", "DossierId"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(Index, "MetricDossiers");
}
