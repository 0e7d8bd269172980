using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>Apologies with a new appointment for late dossiers, issued at any time (NĐ 61/2018 Điều 19 khoản 9; ADR-028).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000028_Apologies")]
internal sealed class M0028_Apologies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var json = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "jsonb" : null;
        migrationBuilder.AddColumn<string>(name: "Apologies", table: "Dossiers", type: json, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "Apologies", table: "Dossiers");
}
