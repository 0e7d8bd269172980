using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The public search of answered PAKN filtered by category or by agency reads that category's or agency's answers in
/// publication order from an index, and the agency filter's list probes each agency there (ADR-048).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000039_PublishedAnswerIndexes")]
internal sealed class M0039_PublishedAnswerIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Petitions_AgencyId_PublishedAt_Code", "Petitions", ["AgencyId", "PublishedAt", "Code"]);
        migrationBuilder.CreateIndex("IX_Petitions_Category_PublishedAt_Code", "Petitions", ["Category", "PublishedAt", "Code"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Petitions_Category_PublishedAt_Code", table: "Petitions");
        migrationBuilder.DropIndex(name: "IX_Petitions_AgencyId_PublishedAt_Code", table: "Petitions");
    }
}
