using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The history of the appointment in force on each facts row (ADR-064): <c>Dues</c>, the appointments and the instants
/// from which each held, null while the appointment never moved, and <c>DueMovedAt</c>, its last move. Existing rows start
/// with both null — read as "today's appointment at every instant", as before — and the rebuild job rewrites every row
/// whose history differs from its dossier's.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000051_MetricDossierDues")]
internal sealed class M0051_MetricDossierDues : Migration
{
    private const string Table = "MetricDossiers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Dues", Table, maxLength: 4000, nullable: true);
        migrationBuilder.AddColumn<DateTime>("DueMovedAt", Table, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("DueMovedAt", Table);
        migrationBuilder.DropColumn("Dues", Table);
    }
}
