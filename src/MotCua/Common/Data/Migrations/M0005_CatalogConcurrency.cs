using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>A revision counter on procedures, checked on save so that a stale form cannot overwrite a newer change (ADR-007).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000005_CatalogConcurrency")]
internal sealed class M0005_CatalogConcurrency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Revision", table: "Procedures", nullable: false, defaultValue: 0);
    }
}
