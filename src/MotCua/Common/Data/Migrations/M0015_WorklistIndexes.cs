using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Indexes for a year of dossiers (docs/benchmarks.md, worklist and dossier-list queries): an agency's open tasks by
/// assignee, role and unit, which also serves the unit's pool (unassigned tasks) without reading every agency's pool, in
/// place of the province-wide (assignee, open, due) index; and an agency's dossiers newest first.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000015_WorklistIndexes")]
internal sealed class M0015_WorklistIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AssigneeId_IsOpen_DueAt", table: "DossierTasks");
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_AssigneeId_Role_UnitId", "DossierTasks", ["AgencyId", "IsOpen", "AssigneeId", "Role", "UnitId"]);
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_SubmittedAt", "Dossiers", ["AgencyId", "SubmittedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Dossiers_AgencyId_SubmittedAt", table: "Dossiers");
        migrationBuilder.DropIndex(name: "IX_DossierTasks_AgencyId_IsOpen_AssigneeId_Role_UnitId", table: "DossierTasks");
        migrationBuilder.CreateIndex("IX_DossierTasks_AssigneeId_IsOpen_DueAt", "DossierTasks", ["AssigneeId", "IsOpen", "DueAt"]);
    }
}
