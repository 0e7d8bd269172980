using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The partial index of the rows no roll-up holds is keyed by reception first (ADR-061, addendum "Compact after a full
/// recount"): a period's read — the province's, which names no agency, too — walks only the entries of that period, where it
/// walked every entry. Made anew, it also sheds the pages left by the first count of every roll-up (M0056's stamp released
/// every row); the other two partial indexes every row went through are built again for the same reason.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000058_UnrolledByReception")]
internal sealed class M0058_UnrolledByReception : Migration
{
    private const string Facts = "MetricDossiers";
    private const string Unrolled = "IX_MetricDossiers_Unrolled";
    private const string Filter = "\"RolledSequence\" IS NULL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(Unrolled, Facts);
        migrationBuilder.CreateIndex(Unrolled, Facts, ["ReceivedAt", "ResolvingAgencyId"], filter: Filter);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        foreach (var index in new[] { "IX_MetricDossiers_ToRoll", "IX_MetricDossiers_Dirty" })
        {
            migrationBuilder.Sql((postgres ? "REINDEX INDEX \"" : "REINDEX \"") + index + "\"");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(Unrolled, Facts);
        migrationBuilder.CreateIndex(Unrolled, Facts, ["ResolvingAgencyId", "ReceivedAt"], filter: Filter);
    }
}
