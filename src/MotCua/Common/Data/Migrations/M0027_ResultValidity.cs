using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The last valid day of a result with a term, recorded with its file and carried into the wallet.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000027_ResultValidity")]
internal sealed class M0027_ResultValidity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateOnly>(name: "ValidUntil", table: "DossierAttachments", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "ValidUntil", table: "DossierAttachments");
}
