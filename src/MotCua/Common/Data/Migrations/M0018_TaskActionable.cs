using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// A task's own actionable flag (<c>DossierTask.IsActionable</c>), kept whenever the dossier's work is saved: the
/// worklists no longer check each held task's dossier and sub-tasks (docs/benchmarks.md). Existing tasks get it from the
/// same rule in SQL: open, the dossier in processing (status 4), no open sub-task. The holder index gains the flag and the
/// due time, so counts and the waiting view are decided in the index; an agency's open tasks by due time are new.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000018_TaskActionable")]
internal sealed class M0018_TaskActionable : Migration
{
    /// <summary>Sets the flag of tasks written without it (also used by the worklist benchmark after its bulk load).</summary>
    public const string MarkActionable = """
        UPDATE "DossierTasks" SET "IsActionable" = TRUE
        WHERE "IsOpen" = TRUE
          AND EXISTS (SELECT 1 FROM "Dossiers" d WHERE d."Id" = "DossierTasks"."DossierId" AND d."Status" = 4)
          AND NOT EXISTS (SELECT 1 FROM "DossierTasks" c WHERE c."ParentTaskId" = "DossierTasks"."Id" AND c."IsOpen" = TRUE);
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("IsActionable", "DossierTasks", nullable: false, defaultValue: false);
        migrationBuilder.Sql(MarkActionable);
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_AssigneeId_Role_UnitId", table: "DossierTasks");
        migrationBuilder.CreateIndex(
            "IX_DossierTasks_AgencyId_IsOpen_Holder_IsActionable_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "AssigneeId", "Role", "UnitId", "IsActionable", "DueAt"]);
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "DueAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_DueAt", table: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_Holder_IsActionable_DueAt", table: "DossierTasks");
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_AssigneeId_Role_UnitId", "DossierTasks", ["AgencyId", "IsOpen", "AssigneeId", "Role", "UnitId"]);
        migrationBuilder.DropColumn(name: "IsActionable", table: "DossierTasks");
    }
}
