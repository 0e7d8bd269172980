using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// A procedure version's own cut-off rule (ADR-032): the channels it applies to and the rule quoted, both null for the
/// agency-wide setting. A dossier pins them with the version's cut-off time and keeps the due-date explanation its
/// receipt prints.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000032_ProcedureCutOffScope")]
internal sealed class M0032_ProcedureCutOffScope : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "CutOffChannels", table: "ProcedureVersions", nullable: true);
        migrationBuilder.AddColumn<string>(name: "CutOffSource", table: "ProcedureVersions", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<int>(name: "CutOffChannels", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "CutOffSource", table: "Dossiers", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<string>(name: "DueExplanation", table: "Dossiers", maxLength: 2000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "DueExplanation", table: "Dossiers");
        migrationBuilder.DropColumn(name: "CutOffSource", table: "Dossiers");
        migrationBuilder.DropColumn(name: "CutOffChannels", table: "Dossiers");
        migrationBuilder.DropColumn(name: "CutOffSource", table: "ProcedureVersions");
        migrationBuilder.DropColumn(name: "CutOffChannels", table: "ProcedureVersions");
    }
}
