using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The date a later published version takes over from a procedure version (ADR-031); null while none does.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000031_VersionReplacedOn")]
internal sealed class M0031_VersionReplacedOn : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateOnly>(name: "ReplacedOn", table: "ProcedureVersions", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "ReplacedOn", table: "ProcedureVersions");
}
