using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Feedback on administrative regulations (PAKN, ADR-046): the PAKN with its history, deadlines and files, the daily code
/// counter and the proposals to review a procedure.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000038_Feedback")]
internal sealed class M0038_Feedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PetitionCodeCounters",
            columns: t => new
            {
                Date = t.Column<DateOnly>(nullable: false),
                LastSequence = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_PetitionCodeCounters", x => x.Date));

        migrationBuilder.CreateTable(
            name: "Petitions",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 23, nullable: false),
                CodeDate = t.Column<DateOnly>(nullable: false),
                CodeSequence = t.Column<int>(nullable: false),
                ReceivedAt = t.Column<DateTime>(nullable: false),
                Channel = t.Column<string>(maxLength: 20, nullable: false),
                Category = t.Column<string>(maxLength: 30, nullable: false),
                Content = t.Column<string>(maxLength: 100_000, nullable: false),
                SenderKind = t.Column<string>(maxLength: 20, nullable: false),
                SenderName = t.Column<string>(maxLength: 200, nullable: false),
                SenderTaxCode = t.Column<string>(maxLength: 20, nullable: true),
                SenderPhone = t.Column<string>(maxLength: 20, nullable: true),
                SenderEmail = t.Column<string>(maxLength: 256, nullable: true),
                SenderAddress = t.Column<string>(maxLength: 300, nullable: true),
                SenderUserId = t.Column<Guid>(nullable: true),
                CheckDigits = t.Column<string>(maxLength: 4, nullable: false),
                ConsentToPublish = t.Column<bool>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: true),
                ProcedureVersionId = t.Column<Guid>(nullable: true),
                ProcedureName = t.Column<string>(maxLength: 500, nullable: true),
                LegalDocument = t.Column<string>(maxLength: 100, nullable: true),
                LegalArticle = t.Column<string>(maxLength: 100, nullable: true),
                DossierCode = t.Column<string>(maxLength: 40, nullable: true),
                DossierId = t.Column<Guid>(nullable: true),
                Location = t.Column<string>(maxLength: 300, nullable: true),
                Latitude = t.Column<double>(nullable: true),
                Longitude = t.Column<double>(nullable: true),
                ExternalCode = t.Column<string>(maxLength: 40, nullable: true),
                ReceivingAgencyId = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                TransferredFromAgencyId = t.Column<Guid>(nullable: true),
                Status = t.Column<string>(maxLength: 30, nullable: false),
                StatusBeforeClarification = t.Column<string>(maxLength: 30, nullable: true),
                UnitId = t.Column<Guid>(nullable: true),
                AssigneeId = t.Column<Guid>(nullable: true),
                AssigneeName = t.Column<string>(maxLength: 256, nullable: true),
                ConsultedUnitId = t.Column<Guid>(nullable: true),
                ClarificationRequest = t.Column<string>(maxLength: 8000, nullable: true),
                ClarificationCount = t.Column<int>(nullable: false),
                Grounds = t.Column<string>(maxLength: 20, nullable: true),
                Outcome = t.Column<string>(maxLength: 30, nullable: true),
                DraftAnswer = t.Column<string>(maxLength: 16000, nullable: true),
                DraftSummary = t.Column<string>(maxLength: 16000, nullable: true),
                Answer = t.Column<string>(maxLength: 16000, nullable: true),
                PublicSummary = t.Column<string>(maxLength: 16000, nullable: true),
                AnsweredAt = t.Column<DateTime>(nullable: true),
                AnsweredByName = t.Column<string>(maxLength: 256, nullable: true),
                PublishedAt = t.Column<DateTime>(nullable: true),
                PublishedAnswer = t.Column<string>(maxLength: 16000, nullable: true),
                PublishedWording = t.Column<string>(maxLength: 16000, nullable: true),
                ReopenUntil = t.Column<DateTime>(nullable: true),
                RefusalReason = t.Column<string>(maxLength: 40, nullable: true),
                ClosingNote = t.Column<string>(maxLength: 8000, nullable: true),
                ClosedAt = t.Column<DateTime>(nullable: true),
                Satisfied = t.Column<bool>(nullable: true),
                RatedAt = t.Column<DateTime>(nullable: true),
                ReopenedAt = t.Column<DateTime>(nullable: true),
                ReopenReason = t.Column<string>(maxLength: 8000, nullable: true),
                MergedIntoId = t.Column<Guid>(nullable: true),
                MergedIntoCode = t.Column<string>(maxLength: 23, nullable: true),
                DueAt = t.Column<DateTime>(nullable: true),
                ClosedLate = t.Column<bool>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                SearchText = t.Column<string>(maxLength: 2000, nullable: false),
                PublicSearchText = t.Column<string>(maxLength: 2000, nullable: false),
                Revision = t.Column<Guid>(nullable: false),
                EventCount = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Petitions", x => x.Id);
                t.ForeignKey("FK_Petitions_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Petitions_Agencies_ReceivingAgencyId", x => x.ReceivingAgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Petitions_Code", "Petitions", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_Petitions_CodeDate_CodeSequence", "Petitions", ["CodeDate", "CodeSequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Petitions_AgencyId_Status_ReceivedAt", "Petitions", ["AgencyId", "Status", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_Petitions_AgencyId_DueAt", "Petitions", ["AgencyId", "DueAt"]);
        migrationBuilder.CreateIndex("IX_Petitions_SenderUserId_ReceivedAt", "Petitions", ["SenderUserId", "ReceivedAt"]);
        migrationBuilder.CreateIndex("IX_Petitions_ReceivedAt", "Petitions", "ReceivedAt");
        migrationBuilder.CreateIndex("IX_Petitions_Status_PublishedAt", "Petitions", ["Status", "PublishedAt"]);
        migrationBuilder.CreateIndex("IX_Petitions_PublishedAt_Code", "Petitions", ["PublishedAt", "Code"]);
        migrationBuilder.CreateIndex("IX_Petitions_ProcedureCode_Status", "Petitions", ["ProcedureCode", "Status"]);
        migrationBuilder.CreateIndex("IX_Petitions_ReceivingAgencyId", "Petitions", "ReceivingAgencyId");
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // The staff inbox and the public search look for words anywhere in the text (PetitionSearchIndex).
            migrationBuilder.Sql("""CREATE INDEX "IX_Petitions_SearchText" ON "Petitions" USING gin ("SearchText" gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Petitions_PublicSearchText" ON "Petitions" USING gin ("PublicSearchText" gin_trgm_ops);""");
        }

        migrationBuilder.CreateTable(
            name: "PetitionEvents",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PetitionId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
                ActorId = t.Column<Guid>(nullable: true),
                ActorName = t.Column<string>(maxLength: 256, nullable: false),
                Ip = t.Column<string>(maxLength: 64, nullable: true),
                Action = t.Column<string>(maxLength: 30, nullable: false),
                FromStatus = t.Column<string>(maxLength: 30, nullable: true),
                ToStatus = t.Column<string>(maxLength: 30, nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Comment = t.Column<string>(maxLength: 8000, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PetitionEvents", x => x.Id);
                t.ForeignKey("FK_PetitionEvents_Petitions_PetitionId", x => x.PetitionId, "Petitions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PetitionEvents_PetitionId_Sequence", "PetitionEvents", ["PetitionId", "Sequence"], unique: true);

        migrationBuilder.CreateTable(
            name: "PetitionDeadlines",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PetitionId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 30, nullable: false),
                Round = t.Column<int>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                StartAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                ClosedAt = t.Column<DateTime>(nullable: true),
                Class = t.Column<string>(maxLength: 10, nullable: true),
                RemindedSoonAt = t.Column<DateTime>(nullable: true),
                RemindedOverdueAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PetitionDeadlines", x => x.Id);
                t.ForeignKey("FK_PetitionDeadlines_Petitions_PetitionId", x => x.PetitionId, "Petitions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PetitionDeadlines_PetitionId_Kind_Round", "PetitionDeadlines", ["PetitionId", "Kind", "Round"], unique: true);
        migrationBuilder.CreateIndex("IX_PetitionDeadlines_ClosedAt_DueAt", "PetitionDeadlines", ["ClosedAt", "DueAt"]);

        migrationBuilder.CreateTable(
            name: "PetitionAttachments",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PetitionId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                StoragePath = t.Column<string>(maxLength: 100, nullable: false),
                AddedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_PetitionAttachments", x => x.Id);
                t.ForeignKey("FK_PetitionAttachments_Petitions_PetitionId", x => x.PetitionId, "Petitions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_PetitionAttachments_PetitionId", "PetitionAttachments", "PetitionId");

        migrationBuilder.CreateTable(
            name: "ReviewProposals",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PetitionId = t.Column<Guid>(nullable: false),
                PetitionCode = t.Column<string>(maxLength: 23, nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                ProcedureCode = t.Column<string>(maxLength: 20, nullable: false),
                ProcedureName = t.Column<string>(maxLength: 500, nullable: false),
                Proposal = t.Column<string>(maxLength: 4000, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                State = t.Column<string>(maxLength: 20, nullable: false),
                ClosedByVersionId = t.Column<Guid>(nullable: true),
                DeclineReason = t.Column<string>(maxLength: 4000, nullable: true),
                ClosedAt = t.Column<DateTime>(nullable: true),
                ClosedByName = t.Column<string>(maxLength: 256, nullable: true),
                Revision = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ReviewProposals", x => x.Id);
                t.ForeignKey("FK_ReviewProposals_Petitions_PetitionId", x => x.PetitionId, "Petitions", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ReviewProposals_ProcedureCode_State", "ReviewProposals", ["ProcedureCode", "State"]);
        migrationBuilder.CreateIndex("IX_ReviewProposals_State_CreatedAt", "ReviewProposals", ["State", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_ReviewProposals_PetitionId", "ReviewProposals", "PetitionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReviewProposals");
        migrationBuilder.DropTable(name: "PetitionAttachments");
        migrationBuilder.DropTable(name: "PetitionDeadlines");
        migrationBuilder.DropTable(name: "PetitionEvents");
        migrationBuilder.DropTable(name: "Petitions");
        migrationBuilder.DropTable(name: "PetitionCodeCounters");
    }
}
