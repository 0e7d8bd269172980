using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Internal processes (quy trình nội bộ): one row per version, steps as a JSON document (ADR-010).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000007_Workflows")]
internal sealed class M0007_Workflows : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "InternalProcesses",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ProcedureVersionId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Version = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                DecisionNumber = t.Column<string>(maxLength: 50, nullable: true),
                DecisionDate = t.Column<DateOnly>(nullable: true),
                FirstStepId = t.Column<Guid>(nullable: false),
                StepsJson = t.Column<string>(nullable: false),
                Revision = t.Column<int>(nullable: false),
                CreatedBy = t.Column<string>(maxLength: 256, nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedBy = t.Column<string>(maxLength: 256, nullable: true),
                UpdatedAtUtc = t.Column<DateTime>(nullable: true),
                ApprovedBy = t.Column<string>(maxLength: 256, nullable: true),
                ApprovedAtUtc = t.Column<DateTime>(nullable: true),
                SupersededAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_InternalProcesses", x => x.Id);
                t.ForeignKey("FK_InternalProcesses_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_InternalProcesses_AgencyId", "InternalProcesses", "AgencyId");
        migrationBuilder.CreateIndex(
            "IX_InternalProcesses_ProcedureVersionId_AgencyId_Version", "InternalProcesses", ["ProcedureVersionId", "AgencyId", "Version"], unique: true);
    }
}
