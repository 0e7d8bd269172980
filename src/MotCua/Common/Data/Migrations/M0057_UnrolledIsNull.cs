using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// "Not rolled up" is <c>"RolledSequence" IS NULL</c> (ADR-061, addendum "Not rolled up is null"): the partial indexes of the
/// rows no roll-up holds and of the rows that make a bucket dirty are made again on that predicate, which PostgreSQL's planner
/// estimates from the column's null fraction, where it guessed a sixth of the table for the comparison of two columns and
/// read every facts row instead of the index. A row whose rolled sequence is not its captured one (none is written so) is
/// cleared first, so it stays counted as not rolled up.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000057_UnrolledIsNull")]
internal sealed class M0057_UnrolledIsNull : Migration
{
    private const string Facts = "MetricDossiers";
    private const string Unrolled = "IX_MetricDossiers_Unrolled";
    private const string Dirty = "IX_MetricDossiers_Dirty";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("UPDATE \"MetricDossiers\" SET \"RolledSequence\" = NULL WHERE \"RolledSequence\" <> \"CapturedSequence\"");
        Indexes(migrationBuilder, "\"RolledSequence\" IS NULL", "\"RolledBucket\" IS NOT NULL AND \"RolledSequence\" IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        Indexes(
            migrationBuilder,
            "\"RolledSequence\" IS NULL OR \"RolledSequence\" <> \"CapturedSequence\"",
            "\"RolledBucket\" IS NOT NULL AND (\"RolledSequence\" IS NULL OR \"RolledSequence\" <> \"CapturedSequence\")");

    private static void Indexes(MigrationBuilder migrationBuilder, string unrolled, string dirty)
    {
        migrationBuilder.DropIndex(Unrolled, Facts);
        migrationBuilder.DropIndex(Dirty, Facts);
        migrationBuilder.CreateIndex(Unrolled, Facts, ["ResolvingAgencyId", "ReceivedAt"], filter: unrolled);
        migrationBuilder.CreateIndex(Dirty, Facts, ["RolledAgencyId", "RolledBucket"], filter: dirty);
    }
}
