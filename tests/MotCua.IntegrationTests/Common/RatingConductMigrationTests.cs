using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Data.Migrations;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Testing;
using static MotCua.IntegrationTests.Common.MigrationSteps;

namespace MotCua.IntegrationTests.Common;

/// <summary>
/// Ratings stored before M0030 (indicator 7 as the applicant's answer: 2 attentive, 1 proper, 0 a complaint) become the
/// TT 01/2018 Điều 13 scale: a complaint flag, and 2 / 1 from the result's and the appointment's dates in Vietnam.
/// </summary>
public sealed class RatingConductMigrationTests
{
    // The appointment in force: 17:00 on Thursday 05/03/2026 in Vietnam.
    private static readonly DateTime Due = Utc(2026, 3, 5, 17, 0);

    [Fact]
    public async Task Old_ratings_become_a_complaint_flag_and_indicator_7_read_from_the_Vietnamese_dates_of_result_and_appointment()
    {
        using var database = TestDatabase.Create();

        // A PostgreSQL server set up for Vietnam reads timestamptz::date in UTC+7: the conversion must not depend on it.
        await using var db = Open(database, postgresTimeZone: "Asia/Ho_Chi_Minh");
        await db.Database.MigrateThroughAsync<M0029_KeyedAuditChain>();
        var agency = await InsertAgencyAsync(db);
        var onTheDay = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 5, 10, 0), oldAttitude: 2);
        var onTheDayEarlyMorning = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 5, 6, 30), oldAttitude: 1);
        var dayBefore = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 4, 16, 0), oldAttitude: 1);
        var late = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 6, 9, 0), oldAttitude: 2);
        var complaint = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 3, 9, 0), oldAttitude: 0);

        await db.Database.MigrateThroughAsync<M0030_RatingConduct>();

        // Scored by the application since M0030 (a limit in working hours, read by the working hour: early on the due date); later migrations leave it.
        var scoredSince = await InsertRatedDossierAsync(db, agency, finished: Utc(2026, 3, 5, 9, 0), oldAttitude: 2, unit: DeadlineUnit.WorkingHours);
        await db.Database.MigrateAsync();

        (await ConvertedAsync(db, onTheDay)).ShouldBe((false, 1));
        (await ConvertedAsync(db, onTheDayEarlyMorning)).ShouldBe((false, 1));
        (await ConvertedAsync(db, dayBefore)).ShouldBe((false, 2));
        (await ConvertedAsync(db, late)).ShouldBe((false, 1));
        (await ConvertedAsync(db, complaint)).ShouldBe((true, 0));
        (await ConvertedAsync(db, scoredSince)).ShouldBe((false, 2));
        (await db.Database.SqlQueryRaw<int>("SELECT \"TimeScore\" AS \"Value\" FROM \"DossierRatings\"").ToListAsync()).ShouldAllBe(s => s == 1);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);

    private static async Task<Guid> InsertAgencyAsync(AppDbContext db)
    {
        var level = Guid.CreateVersion7();
        var agency = Guid.CreateVersion7();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AdministrativeLevels" ("Id", "Code", "Name", "SortOrder") VALUES ({level}, 'TINH', 'Tỉnh', 1)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Agencies" ("Id", "Code", "Name", "Kind", "LevelId", "IsActive", "Version")
            VALUES ({agency}, 'H99.01', 'UBND xã Hòa Bình', 'PeoplesCommittee', {level}, {true}, {Guid.NewGuid()})
            """);
        return agency;
    }

    /// <summary>A returned dossier and its rating, written as the release before M0030 wrote them.</summary>
    private static async Task<Guid> InsertRatedDossierAsync(
        AppDbContext db, Guid agency, DateTime finished, int oldAttitude, DeadlineUnit unit = DeadlineUnit.WorkingDays)
    {
        var id = Guid.CreateVersion7();
        var received = Utc(2026, 3, 2, 9, 0);

        // PostgreSQL keeps the applicant as jsonb, SQLite as text.
        var applicant = db.Database.IsNpgsql() ? "CAST({2} AS jsonb)" : "{2}";
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Dossiers" ("Id", "AgencyId", "Applicant", "Channel", "ReturnMethod", "Status", "SetCount", "FeeStatus",
                "ProcedureVersionId", "ProcedureCode", "ProcedureName", "ProcessingTimeAmount", "ProcessingTimeUnit", "CutOffTime",
                "SubmittedAt", "ReceivedAt", "OriginalDueAt", "DueAt", "FinishedAt", "ReturnedAt",
                "EventCount", "TaskCount", "LastEventHash", "Revision", "SearchText")
            VALUES ({0}, {1}, @applicant, {3}, {4}, {5}, 1, 0, {6}, '1.001234', 'Cấp giấy phép', 3, {7}, {8},
                {9}, {9}, {10}, {10}, {11}, {11}, 0, 0, '', {12}, '')
            """.Replace("@applicant", applicant, StringComparison.Ordinal),
            id, agency, """{"Kind":"Individual","Name":"Nguyễn Văn An"}""", (int)SubmissionChannel.Direct, (int)ReturnMethod.Counter,
            (int)DossierStatus.Returned, Guid.CreateVersion7(), unit.ToString(), new TimeOnly(15, 0), received, Due, finished, Guid.NewGuid());
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DossierRatings" ("Id", "DossierId", "AgencyId", "RatedAt", "Channel", "TimeScore", "ContactsScore", "AgenciesScore", "AttitudeScore", "Satisfied")
            VALUES ({Guid.CreateVersion7()}, {id}, {agency}, {finished.AddDays(1)}, 1, 1, 2, 1, {oldAttitude}, {true})
            """);
        return id;
    }

    private static async Task<(bool Complaint, int Score)> ConvertedAsync(AppDbContext db, Guid dossier)
    {
        var rating = await db.DossierRatings.AsNoTracking().SingleAsync(r => r.DossierId == dossier);
        return (rating.ConductComplaint, rating.AttitudeScore);
    }
}
