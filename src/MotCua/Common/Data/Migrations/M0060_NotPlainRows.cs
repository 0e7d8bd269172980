using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// A partial index of the facts rows whose statistic due is not the printed appointment alone — none on the receipt, or a
/// supplement asked for (ADR-061, addendum "Compact after a full recount"): the rolled rows of a bucket that may be
/// undecided at a period end are among them, a few in a hundred, where the 766 readers read the whole bucket.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000060_NotPlainRows")]
internal sealed class M0060_NotPlainRows : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(
            "IX_MetricDossiers_NotPlain", "MetricDossiers", ["ReceivedAt", "ResolvingAgencyId"], filter: "\"OriginalDueAt\" IS NULL OR \"FirstSupplementAt\" IS NOT NULL");

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIndex("IX_MetricDossiers_NotPlain", "MetricDossiers");
}
