using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The public search of answered PAKN filtered by category or by agency reads that category's or agency's public answers
/// in publication order from an index of the public answers alone, and the agency filter's list probes each agency there
/// (ADR-048). Partial indexes: PostgreSQL then prefers them to the inbox's agency index for the public reads.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000040_PublishedAnswerIndexes")]
internal sealed class M0040_PublishedAnswerIndexes : Migration
{
    private const string Public = "\"PublishedAt\" IS NOT NULL AND \"WithdrawnAt\" IS NULL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Petitions_AgencyId_PublishedAt_Code", "Petitions", ["AgencyId", "PublishedAt", "Code"], filter: Public);
        migrationBuilder.CreateIndex("IX_Petitions_Category_PublishedAt_Code", "Petitions", ["Category", "PublishedAt", "Code"], filter: Public);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Petitions_Category_PublishedAt_Code", table: "Petitions");
        migrationBuilder.DropIndex(name: "IX_Petitions_AgencyId_PublishedAt_Code", table: "Petitions");
    }
}
