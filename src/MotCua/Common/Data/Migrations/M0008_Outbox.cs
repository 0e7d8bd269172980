using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The notification outbox and the claims of scheduled-job slots (ADR-011).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000008_Outbox")]
internal sealed class M0008_Outbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Channel = t.Column<string>(maxLength: 10, nullable: false),
                Recipient = t.Column<string>(maxLength: 320, nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: true),
                Body = t.Column<string>(nullable: false),
                Kind = t.Column<string>(maxLength: 50, nullable: false),
                DeduplicationKey = t.Column<string>(maxLength: 200, nullable: true),
                Reference = t.Column<string>(maxLength: 50, nullable: true),
                Status = t.Column<string>(maxLength: 10, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                NextAttemptAt = t.Column<DateTime>(nullable: false),
                SentAt = t.Column<DateTime>(nullable: true),
                LockedUntil = t.Column<DateTime>(nullable: true),
                LockedBy = t.Column<string>(maxLength: 100, nullable: true),
                LastError = t.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_OutboxMessages", x => x.Id));
        // NULL keys do not collide in a unique index on SQLite or PostgreSQL: only keyed messages are deduplicated.
        migrationBuilder.CreateIndex("IX_OutboxMessages_DeduplicationKey", "OutboxMessages", "DeduplicationKey", unique: true);
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_NextAttemptAt", "OutboxMessages", ["Status", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_OutboxMessages_LockedBy", "OutboxMessages", "LockedBy");
        migrationBuilder.CreateIndex("IX_OutboxMessages_CreatedAt", "OutboxMessages", "CreatedAt");

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: t => new
            {
                JobName = t.Column<string>(maxLength: 100, nullable: false),
                SlotStart = t.Column<DateTime>(nullable: false),
                Node = t.Column<string>(maxLength: 100, nullable: false),
                StartedAt = t.Column<DateTime>(nullable: false),
                FinishedAt = t.Column<DateTime>(nullable: true),
                Outcome = t.Column<string>(maxLength: 20, nullable: false),
                Error = t.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_JobRuns", x => new { x.JobName, x.SlotStart }));
        migrationBuilder.CreateIndex("IX_JobRuns_StartedAt", "JobRuns", "StartedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "JobRuns");
        migrationBuilder.DropTable(name: "OutboxMessages");
    }
}
