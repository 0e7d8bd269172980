using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Dossiers with their hash-chained history and the per agency-day code counters.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000010_Dossiers")]
internal sealed class M0010_Dossiers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var json = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "jsonb" : null;

        migrationBuilder.CreateTable(
            name: "Dossiers",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 60, nullable: true),
                CodeDate = t.Column<DateOnly>(nullable: true),
                CodeSequence = t.Column<int>(nullable: true),
                Status = t.Column<int>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: true),
                ProcedureVersionId = t.Column<Guid>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                ProcedureName = t.Column<string>(maxLength: 500, nullable: false),
                ProcessingTimeAmount = t.Column<int>(nullable: false),
                ProcessingTimeUnit = t.Column<string>(maxLength: 20, nullable: false),
                CutOffTime = t.Column<TimeOnly>(nullable: false),
                Channel = t.Column<int>(nullable: false),
                ReturnMethod = t.Column<int>(nullable: false),
                SetCount = t.Column<int>(nullable: false),
                SubmittedAt = t.Column<DateTime>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: true),
                OriginalDueAt = t.Column<DateTime>(nullable: true),
                ReceivedByUserId = t.Column<Guid>(nullable: true),
                ReceivedByName = t.Column<string>(maxLength: 256, nullable: true),
                DeskNote = t.Column<string>(maxLength: 4000, nullable: true),
                EventCount = t.Column<int>(nullable: false),
                LastEventHash = t.Column<string>(maxLength: 64, nullable: false),
                Revision = t.Column<Guid>(nullable: false),
                Applicant = t.Column<string>(type: json, nullable: false),
                Components = t.Column<string>(type: json, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Dossiers", x => x.Id);
                t.ForeignKey("FK_Dossiers_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Dossiers_Code", "Dossiers", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_CodeDate_CodeSequence", "Dossiers", ["AgencyId", "CodeDate", "CodeSequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_Status_DueAt", "Dossiers", ["AgencyId", "Status", "DueAt"]);

        migrationBuilder.CreateTable(
            name: "DossierEvents",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DossierId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                ActorId = t.Column<Guid>(nullable: true),
                ActorName = t.Column<string>(maxLength: 256, nullable: false),
                Ip = t.Column<string>(maxLength: 64, nullable: true),
                Action = t.Column<string>(maxLength: 60, nullable: false),
                FromStatus = t.Column<int>(nullable: true),
                ToStatus = t.Column<int>(nullable: false),
                Comment = t.Column<string>(maxLength: 4000, nullable: true),
                PreviousHash = t.Column<string>(maxLength: 64, nullable: false),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DossierEvents", x => x.Id);
                t.ForeignKey("FK_DossierEvents_Dossiers_DossierId", x => x.DossierId, "Dossiers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_DossierEvents_DossierId_Sequence", "DossierEvents", ["DossierId", "Sequence"], unique: true);

        migrationBuilder.CreateTable(
            name: "DossierCodeCounters",
            columns: t => new
            {
                AgencyId = t.Column<Guid>(nullable: false),
                Date = t.Column<DateOnly>(nullable: false),
                LastSequence = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_DossierCodeCounters", x => new { x.AgencyId, x.Date }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DossierCodeCounters");
        migrationBuilder.DropTable(name: "DossierEvents");
        migrationBuilder.DropTable(name: "Dossiers");
    }
}
