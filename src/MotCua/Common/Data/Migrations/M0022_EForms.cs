using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>The e-form of each procedure version (biểu mẫu điện tử, NĐ 224/2026/NĐ-CP Điều 15), as JSON.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000022_EForms")]
internal sealed class M0022_EForms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "EForm", table: "ProcedureVersions", maxLength: 20000, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "EForm", table: "ProcedureVersions");
}
