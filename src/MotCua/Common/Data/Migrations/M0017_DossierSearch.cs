using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The dossiers' search text (code, procedure, applicant; ADR-019), searched on PostgreSQL through a trigram index of the
/// pg_trgm extension (a trusted extension: the database owner may create it); existing rows are filled at start-up by
/// <c>DossierSearchBackfill</c>, as the folding is done in .NET. Also (agency, due) for the dossier list sorted by due date.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000017_DossierSearch")]
internal sealed class M0017_DossierSearch : Migration
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("SearchText", "Dossiers", maxLength: 1000, nullable: false, defaultValue: "");
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_DueAt", "Dossiers", ["AgencyId", "DueAt"]);
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Dossiers_SearchText" ON "Dossiers" USING gin ("SearchText" gin_trgm_ops);""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.DropIndex(name: "IX_Dossiers_SearchText", table: "Dossiers");
        }

        migrationBuilder.DropIndex(name: "IX_Dossiers_AgencyId_DueAt", table: "Dossiers");
        migrationBuilder.DropColumn(name: "SearchText", table: "Dossiers");
    }
}
