using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The counter queue: service groups of each desk's kiosk, and the tickets with their call and finish times.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000019_CounterQueue")]
internal sealed class M0019_CounterQueue : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "QueueServiceGroups",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                Letter = t.Column<string>(maxLength: 2, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Position = t.Column<int>(nullable: false),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_QueueServiceGroups", x => x.Id);
                t.ForeignKey("FK_QueueServiceGroups_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_QueueServiceGroups_AgencyId_Letter", "QueueServiceGroups", ["AgencyId", "Letter"], unique: true);

        migrationBuilder.CreateTable(
            name: "QueueTickets",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgencyId = t.Column<Guid>(nullable: false),
                GroupId = t.Column<Guid>(nullable: false),
                Day = t.Column<DateOnly>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Label = t.Column<string>(maxLength: 10, nullable: false),
                IssuedAt = t.Column<DateTime>(nullable: false),
                Status = t.Column<int>(nullable: false),
                CalledAt = t.Column<DateTime>(nullable: true),
                CalledById = t.Column<Guid>(nullable: true),
                CalledByName = t.Column<string>(maxLength: 256, nullable: true),
                Counter = t.Column<string>(maxLength: 40, nullable: true),
                FinishedAt = t.Column<DateTime>(nullable: true),
                Version = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_QueueTickets", x => x.Id);
                t.ForeignKey("FK_QueueTickets_QueueServiceGroups_GroupId", x => x.GroupId, "QueueServiceGroups", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_QueueTickets_GroupId_Day_Number", "QueueTickets", ["GroupId", "Day", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_QueueTickets_AgencyId_Day_Status_IssuedAt", "QueueTickets", ["AgencyId", "Day", "Status", "IssuedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "QueueTickets");
        migrationBuilder.DropTable(name: "QueueServiceGroups");
    }
}
