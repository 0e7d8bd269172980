using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The worklists read open tasks only: their three indexes become partial indexes of the open rows (a few percent of the
/// step log), and the holder index carries the task's kind and key, so that a holder's counts and page keys are read from
/// the index alone. On PostgreSQL the dossiers table is scanned by one backend per query (ADR-044).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000036_OpenTaskIndexes")]
internal sealed class M0036_OpenTaskIndexes : Migration
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string Open = "\"IsOpen\"";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_UnitId_DueAt", table: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_DueAt", table: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_Holder_IsActionable_DueAt", table: "DossierTasks");
        migrationBuilder.CreateIndex("IX_DossierTasks_Open_Unit_DueAt", "DossierTasks", ["AgencyId", "UnitId", "DueAt", "Id"], filter: Open);
        migrationBuilder.CreateIndex("IX_DossierTasks_Open_DueAt", "DossierTasks", ["AgencyId", "DueAt", "Id"], filter: Open);
        migrationBuilder.CreateIndex(
            "IX_DossierTasks_Open_Holder", "DossierTasks", ["AgencyId", "AssigneeId", "Role", "UnitId", "IsActionable", "Kind", "DueAt", "Id"], filter: Open);
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.Sql("""ALTER TABLE "Dossiers" SET (parallel_workers = 0)""");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Npgsql)
        {
            migrationBuilder.Sql("""ALTER TABLE "Dossiers" RESET (parallel_workers)""");
        }

        migrationBuilder.DropIndex(name: "IX_DossierTasks_Open_Holder", table: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_Open_DueAt", table: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_Open_Unit_DueAt", table: "DossierTasks");
        migrationBuilder.CreateIndex(
            "IX_DossierTasks_AgencyId_IsOpen_Holder_IsActionable_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "AssigneeId", "Role", "UnitId", "IsActionable", "DueAt"]);
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "DueAt"]);
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_UnitId_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "UnitId", "DueAt"]);
    }
}
