using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MotCua.Common.Data.Migrations;

/// <summary>
/// Corrects M0030's conversion of indicator 7 on PostgreSQL: it read the result's and the appointment's dates with
/// <c>(instant + 7 hours)::date</c>, which PostgreSQL takes in the session's time zone, so on a server set to Vietnam's
/// time an on-time result (appointment at 17:00, date read 14 hours on) was scored as early. The dates are now read from
/// UTC plus 7 hours whatever the server's zone. Only the scores M0030 produced that way are rewritten (those equal to its
/// reading under the current zone and different from the correct one), for limits not counted in working hours: ratings
/// given since M0030 already carry the application's own reading, and for a limit in working hours that reading is by
/// the working hour, which neither M0030 nor SQL reproduces. SQLite's <c>date()</c> reads the stored UTC text and was
/// right, so nothing changes there.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261206000034_RatingConductTimeZone")]
internal sealed class M0034_RatingConductTimeZone : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return;
        }

        migrationBuilder.Sql("""
            UPDATE "DossierRatings" AS r SET "AttitudeScore" = CASE
                WHEN (d."FinishedAt" AT TIME ZONE 'UTC' + interval '7 hours')::date < (d."DueAt" AT TIME ZONE 'UTC' + interval '7 hours')::date THEN 2 ELSE 1 END
            FROM "Dossiers" AS d
            WHERE d."Id" = r."DossierId" AND NOT r."ConductComplaint" AND d."ProcessingTimeUnit" <> 'WorkingHours'
                AND r."AttitudeScore" = CASE
                    WHEN (d."FinishedAt" + interval '7 hours')::date < (d."DueAt" + interval '7 hours')::date THEN 2 ELSE 1 END
                AND r."AttitudeScore" <> CASE
                    WHEN (d."FinishedAt" AT TIME ZONE 'UTC' + interval '7 hours')::date < (d."DueAt" AT TIME ZONE 'UTC' + interval '7 hours')::date THEN 2 ELSE 1 END;
            """);
    }

    // The scores before this correction were wrong; there is nothing to restore.
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
