using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Chỉ số 7 of TT 01/2018/TT-VPCP Điều 13 is early/on time without a complaint, or a complaint: the applicant's answer
/// becomes a complaint flag and the stored scores are recomputed (old 0 = "chưa đúng mực" → a complaint; otherwise 2 when
/// the result was ready on a local date before the appointment in force, else 1).
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000030_RatingConduct")]
internal sealed class M0030_RatingConduct : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "ConductComplaint", table: "DossierRatings", nullable: false, defaultValue: false);
        migrationBuilder.Sql("UPDATE \"DossierRatings\" SET \"ConductComplaint\" = TRUE WHERE \"AttitudeScore\" = 0;");
        migrationBuilder.Sql(migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? """
              UPDATE "DossierRatings" AS r SET "AttitudeScore" = CASE
                  WHEN (d."FinishedAt" + interval '7 hours')::date < (d."DueAt" + interval '7 hours')::date THEN 2 ELSE 1 END
              FROM "Dossiers" AS d WHERE d."Id" = r."DossierId" AND r."AttitudeScore" > 0;
              """
            : """
              UPDATE "DossierRatings" SET "AttitudeScore" = (SELECT CASE
                  WHEN date(d."FinishedAt", '+7 hours') < date(d."DueAt", '+7 hours') THEN 2 ELSE 1 END
                  FROM "Dossiers" AS d WHERE d."Id" = "DossierRatings"."DossierId")
              WHERE "AttitudeScore" > 0;
              """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "ConductComplaint", table: "DossierRatings");
}
