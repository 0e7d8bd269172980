using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// A published PAKN answer can be withdrawn from the public reads and published again, and its published text corrected
/// (ADR-046 §5): the instant of the withdrawal on the PAKN, and the text a correction replaced on its history entry.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000039_PublishedAnswerWithdrawal")]
internal sealed class M0039_PublishedAnswerWithdrawal : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: "WithdrawnAt", table: "Petitions", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PreviousWording", table: "PetitionEvents", maxLength: 16000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "PreviousAnswer", table: "PetitionEvents", maxLength: 16000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "PreviousAnswer", table: "PetitionEvents");
        migrationBuilder.DropColumn(name: "PreviousWording", table: "PetitionEvents");
        migrationBuilder.DropColumn(name: "WithdrawnAt", table: "Petitions");
    }
}
