using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The effective date of the legal act a procedure version's publication implements (ADR-062): Bộ chỉ số 766's 1.1 measures
/// the Quyết định công bố against it. Nullable: versions published before it was recorded have none.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261207000049_LegalBasisEffectiveDate")]
internal sealed class M0049_LegalBasisEffectiveDate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateOnly>("LegalBasisEffectiveDate", "ProcedureVersions", nullable: true);
}
