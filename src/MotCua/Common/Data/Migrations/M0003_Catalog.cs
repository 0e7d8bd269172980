using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The procedure catalogue: fields, procedures, their versions and the versions' levels and agencies (ADR-004).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000003_Catalog")]
internal sealed class M0003_Catalog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // JSON documents are jsonb on PostgreSQL and TEXT (the default for strings) on SQLite.
        var json = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "jsonb" : null;

        migrationBuilder.CreateTable(
            name: "ProcedureFields",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 20, nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                SortOrder = t.Column<int>(nullable: false),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ProcedureFields", x => x.Id));
        migrationBuilder.CreateIndex("IX_ProcedureFields_Code", "ProcedureFields", "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "Procedures",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 20, nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_Procedures", x => x.Id));
        migrationBuilder.CreateIndex("IX_Procedures_Code", "Procedures", "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "ProcedureVersions",

            // Searched and filtered columns come first and long texts last: SQLite reads a row's columns in order and
            // keeps what does not fit a page in overflow pages, so a scan of the search columns stays on the row's first page.
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ProcedureId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                FieldId = t.Column<Guid>(nullable: false),
                OnlineLevel = t.Column<string>(maxLength: 20, nullable: false),
                SearchName = t.Column<string>(maxLength: 500, nullable: false),
                SearchText = t.Column<string>(maxLength: 2000, nullable: false),
                Name = t.Column<string>(maxLength: 500, nullable: false),
                Channels = t.Column<int>(nullable: false),
                ProcessingTimeAmount = t.Column<int>(nullable: false),
                ProcessingTimeUnit = t.Column<string>(maxLength: 20, nullable: false),
                CutOffTime = t.Column<TimeOnly>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                DecisionNumber = t.Column<string>(maxLength: 100, nullable: true),
                DecisionDate = t.Column<DateOnly>(nullable: true),
                EffectiveDate = t.Column<DateOnly>(nullable: true),
                PublishedAt = t.Column<DateTime>(nullable: true),
                SupersededAt = t.Column<DateTime>(nullable: true),
                AbolitionDecisionNumber = t.Column<string>(maxLength: 100, nullable: true),
                AbolitionDecisionDate = t.Column<DateOnly>(nullable: true),
                AbolitionEffectiveDate = t.Column<DateOnly>(nullable: true),
                AbolishedAt = t.Column<DateTime>(nullable: true),
                ProcessingTimeDescription = t.Column<string>(maxLength: 1000, nullable: true),
                PartialOnlineReason = t.Column<string>(maxLength: 1000, nullable: true),
                Location = t.Column<string>(maxLength: 1000, nullable: true),
                Subjects = t.Column<string>(nullable: false),
                Result = t.Column<string>(nullable: false),
                Requirements = t.Column<string>(nullable: true),
                Sequence = t.Column<string>(nullable: false),
                DossierComponents = t.Column<string>(type: json, nullable: true),
                Fees = t.Column<string>(type: json, nullable: true),
                LegalBases = t.Column<string>(type: json, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ProcedureVersions", x => x.Id);
                t.ForeignKey("FK_ProcedureVersions_Procedures_ProcedureId", x => x.ProcedureId, "Procedures", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_ProcedureVersions_ProcedureFields_FieldId", x => x.FieldId, "ProcedureFields", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProcedureVersions_ProcedureId_Number", "ProcedureVersions", ["ProcedureId", "Number"], unique: true);
        migrationBuilder.CreateIndex(
            "IX_ProcedureVersions_Search", "ProcedureVersions", ["Status", "SearchName", "OnlineLevel", "FieldId", "ProcedureId", "Id", "SearchText"]);
        migrationBuilder.CreateIndex("IX_ProcedureVersions_FieldId", "ProcedureVersions", "FieldId");

        migrationBuilder.CreateTable(
            name: "ProcedureVersionLevels",
            columns: t => new
            {
                VersionId = t.Column<Guid>(nullable: false),
                LevelId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ProcedureVersionLevels", x => new { x.VersionId, x.LevelId });
                t.ForeignKey("FK_ProcedureVersionLevels_ProcedureVersions_VersionId", x => x.VersionId, "ProcedureVersions", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_ProcedureVersionLevels_AdministrativeLevels_LevelId", x => x.LevelId, "AdministrativeLevels", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProcedureVersionLevels_LevelId", "ProcedureVersionLevels", "LevelId");

        migrationBuilder.CreateTable(
            name: "ProcedureVersionAgencies",
            columns: t => new
            {
                VersionId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Role = t.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ProcedureVersionAgencies", x => new { x.VersionId, x.AgencyId });
                t.ForeignKey("FK_ProcedureVersionAgencies_ProcedureVersions_VersionId", x => x.VersionId, "ProcedureVersions", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_ProcedureVersionAgencies_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProcedureVersionAgencies_AgencyId", "ProcedureVersionAgencies", "AgencyId");
    }
}
