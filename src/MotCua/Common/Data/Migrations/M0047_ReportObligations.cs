using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The report obligations (ADR-060): the province's reporting schedule, the obligations generated from it (one per agency,
/// kind and period), the agencies' report versions and the Biểu 06a rows they reported.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000047_ReportObligations")]
internal sealed class M0047_ReportObligations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportSchedules",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 40, nullable: false),
                Frequency = t.Column<string>(maxLength: 20, nullable: false),
                Calendar = t.Column<string>(maxLength: 20, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
                ChangedAt = t.Column<DateTime>(nullable: false),
                ChangedByName = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ReportSchedules", x => x.Id));
        migrationBuilder.CreateIndex("IX_ReportSchedules_Agency_Kind_Frequency", "ReportSchedules", ["AgencyId", "Kind", "Frequency"], unique: true);

        migrationBuilder.CreateTable(
            name: "ReportObligations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 40, nullable: false),
                Frequency = t.Column<string>(maxLength: 20, nullable: false),
                Calendar = t.Column<string>(maxLength: 20, nullable: false),
                CutOffDay = t.Column<int>(nullable: false),
                PeriodYear = t.Column<int>(nullable: false),
                PeriodNumber = t.Column<int>(nullable: false),
                PeriodFirst = t.Column<DateOnly>(nullable: false),
                PeriodLast = t.Column<DateOnly>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                FirstSubmittedAt = t.Column<DateTime>(nullable: true),
                Revision = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ReportObligations", x => x.Id));
        migrationBuilder.CreateIndex("IX_ReportObligations_Agency_Kind_Period", "ReportObligations", ["AgencyId", "Kind", "PeriodFirst", "PeriodLast"], unique: true);
        migrationBuilder.CreateIndex("IX_ReportObligations_Period", "ReportObligations", ["PeriodYear", "Frequency", "PeriodNumber"]);
        migrationBuilder.CreateIndex("IX_ReportObligations_DueAt", "ReportObligations", "DueAt");

        migrationBuilder.CreateTable(
            name: "ReportSubmissions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ObligationId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                State = t.Column<string>(maxLength: 20, nullable: false),
                Purpose = t.Column<string>(maxLength: 20, nullable: false),
                Note = t.Column<string>(maxLength: 2000, nullable: true),
                PreparedAt = t.Column<DateTime>(nullable: false),
                PreparedByName = t.Column<string>(maxLength: 200, nullable: false),
                SubmittedAt = t.Column<DateTime>(nullable: true),
                SubmittedById = t.Column<Guid>(nullable: true),
                SubmittedByName = t.Column<string>(maxLength: 200, nullable: true),
                IsLate = t.Column<bool>(nullable: false),
                SupersededAt = t.Column<DateTime>(nullable: true),
                FileKey = t.Column<string>(maxLength: 200, nullable: true),
                FileName = t.Column<string>(maxLength: 255, nullable: true),
                FileContentType = t.Column<string>(maxLength: 100, nullable: true),
                FileSha256 = t.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                t.ForeignKey("FK_ReportSubmissions_ReportObligations_ObligationId", x => x.ObligationId, "ReportObligations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ReportSubmissions_Obligation_Sequence", "ReportSubmissions", ["ObligationId", "Sequence"], unique: true);

        migrationBuilder.CreateTable(
            name: "ReportSubmissionRows",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SubmissionId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                RowKey = t.Column<string>(maxLength: 50, nullable: false),
                Label = t.Column<string>(maxLength: 300, nullable: false),
                Value3 = t.Column<long>(nullable: false),
                Value4 = t.Column<long>(nullable: false),
                Value5 = t.Column<long>(nullable: false),
                Value6 = t.Column<long>(nullable: false),
                Value7 = t.Column<long>(nullable: false),
                Value8 = t.Column<long>(nullable: false),
                Value9 = t.Column<long>(nullable: false),
                Value10 = t.Column<long>(nullable: false),
                Value11 = t.Column<long>(nullable: false),
                Value12 = t.Column<long>(nullable: false),
                Value13 = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ReportSubmissionRows", x => x.Id);
                t.ForeignKey("FK_ReportSubmissionRows_ReportSubmissions_SubmissionId", x => x.SubmissionId, "ReportSubmissions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ReportSubmissionRows_SubmissionId", "ReportSubmissionRows", "SubmissionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReportSubmissionRows");
        migrationBuilder.DropTable(name: "ReportSubmissions");
        migrationBuilder.DropTable(name: "ReportObligations");
        migrationBuilder.DropTable(name: "ReportSchedules");
    }
}
