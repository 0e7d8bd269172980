using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Processing after receipt: dossier tasks (worklists and step log), result, return, stop, supplements and extensions; the counter form's intake key.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000012_Processing")]
internal sealed class M0012_Processing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var json = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "jsonb" : null;

        migrationBuilder.AddColumn<Guid>(name: "IntakeKey", table: "Dossiers", nullable: true);
        migrationBuilder.CreateIndex("IX_Dossiers_IntakeKey", "Dossiers", "IntakeKey", unique: true);
        migrationBuilder.AddColumn<Guid>(name: "ProcessId", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<int>(name: "TaskCount", table: "Dossiers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>(name: "ProposedRefusal", table: "Dossiers", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Outcome", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ResultNumber", table: "Dossiers", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "ResultDate", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ResultSummary", table: "Dossiers", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "FinishedAt", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "ReturnedAt", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReturnedByName", table: "Dossiers", maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<int>(name: "ReturnedVia", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PostalTrackingNumber", table: "Dossiers", maxLength: 50, nullable: true);
        migrationBuilder.AddColumn<int>(name: "FeeStatus", table: "Dossiers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "ClosedAt", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "ClosingRequestedOn", table: "Dossiers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ClosingReason", table: "Dossiers", maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Supplements", table: "Dossiers", type: json, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Extensions", table: "Dossiers", type: json, nullable: true);

        migrationBuilder.CreateTable(
            name: "DossierTasks",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                Kind = t.Column<int>(nullable: false),
                ParentTaskId = t.Column<Guid>(nullable: true),
                AgencyId = t.Column<Guid>(nullable: false),
                ProcessId = t.Column<Guid>(nullable: false),
                StepId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                UnitId = t.Column<Guid>(nullable: true),
                HolderName = t.Column<string>(maxLength: 400, nullable: false),
                Role = t.Column<string>(maxLength: 40, nullable: false),
                AssigneeId = t.Column<Guid>(nullable: true),
                AssigneeName = t.Column<string>(maxLength: 256, nullable: true),
                GivenByName = t.Column<string>(maxLength: 256, nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                AllotmentAmount = t.Column<int>(nullable: false),
                AllotmentUnit = t.Column<string>(maxLength: 20, nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                IsOpen = t.Column<bool>(nullable: false),
                CompletedAt = t.Column<DateTime>(nullable: true),
                CompletedById = t.Column<Guid>(nullable: true),
                CompletedByName = t.Column<string>(maxLength: 256, nullable: true),
                Outcome = t.Column<string>(maxLength: 40, nullable: true),
                Comment = t.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DossierTasks", x => x.Id);
                t.ForeignKey("FK_DossierTasks_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_DossierTasks_DossierId_Sequence", "DossierTasks", ["DossierId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_DossierTasks_AgencyId_IsOpen_UnitId_DueAt", "DossierTasks", ["AgencyId", "IsOpen", "UnitId", "DueAt"]);
        migrationBuilder.CreateIndex("IX_DossierTasks_AssigneeId_IsOpen_DueAt", "DossierTasks", ["AssigneeId", "IsOpen", "DueAt"]);
        migrationBuilder.CreateIndex("IX_DossierTasks_ParentTaskId_IsOpen", "DossierTasks", ["ParentTaskId", "IsOpen"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DossierTasks");
        migrationBuilder.DropIndex(name: "IX_Dossiers_IntakeKey", table: "Dossiers");
        foreach (var column in new[]
        {
            "IntakeKey", "ProcessId", "TaskCount", "ProposedRefusal", "Outcome", "ResultNumber", "ResultDate", "ResultSummary", "FinishedAt", "ReturnedAt",
            "ReturnedByName", "ReturnedVia", "PostalTrackingNumber", "FeeStatus", "ClosedAt", "ClosingRequestedOn", "ClosingReason", "Supplements", "Extensions",
        })
        {
            migrationBuilder.DropColumn(name: column, table: "Dossiers");
        }
    }
}
