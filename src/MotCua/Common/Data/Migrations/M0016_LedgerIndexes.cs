using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// The ledger filtered by status or by procedure reads in book order (code date, sequence) within the agency
/// (docs/benchmarks.md): (agency, status, code date, sequence) replaces (agency, status, due), whose users — a status
/// filter, the API's overdue filter — it serves as well; (agency, procedure code, code date, sequence) is new.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000016_LedgerIndexes")]
internal sealed class M0016_LedgerIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Dossiers_AgencyId_Status_DueAt", table: "Dossiers");
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_Status_CodeDate_CodeSequence", "Dossiers", ["AgencyId", "Status", "CodeDate", "CodeSequence"]);
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_ProcedureCode_CodeDate_CodeSequence", "Dossiers", ["AgencyId", "ProcedureCode", "CodeDate", "CodeSequence"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Dossiers_AgencyId_ProcedureCode_CodeDate_CodeSequence", table: "Dossiers");
        migrationBuilder.DropIndex(name: "IX_Dossiers_AgencyId_Status_CodeDate_CodeSequence", table: "Dossiers");
        migrationBuilder.CreateIndex("IX_Dossiers_AgencyId_Status_DueAt", "Dossiers", ["AgencyId", "Status", "DueAt"]);
    }
}
