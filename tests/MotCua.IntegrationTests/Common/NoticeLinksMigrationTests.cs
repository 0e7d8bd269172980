using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data.Migrations;
using MotCua.Testing;
using static MotCua.IntegrationTests.Common.MigrationSteps;

namespace MotCua.IntegrationTests.Common;

/// <summary>M0037 makes a notice's dossier optional: on SQLite by rebuilding the table, which must keep every notice as it was.</summary>
public sealed class NoticeLinksMigrationTests
{
    private static readonly DateTime Sent = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Notices_kept_before_links_keep_their_dossier_text_and_read_state_and_have_no_link()
    {
        using var database = TestDatabase.Create();
        await using var db = Open(database);
        await db.Database.OpenConnectionAsync();
        await db.Database.MigrateThroughAsync<M0036_OpenTaskIndexes>();
        // Only the notices' own columns matter here: the account and the dossier they name are not arranged.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF");
        Guid user = Guid.CreateVersion7(), dossier = Guid.CreateVersion7(), read = Guid.CreateVersion7(), unread = Guid.CreateVersion7();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CitizenNotifications" ("Id", "UserId", "DossierId", "Kind", "Text", "CreatedAt", "ReadAt")
            VALUES ({read}, {user}, {dossier}, 'DossierReceived', 'Hồ sơ đã được tiếp nhận', {Sent}, {Sent.AddHours(1)}),
                   ({unread}, {user}, {dossier}, 'DossierDone', 'Hồ sơ đã có kết quả', {Sent.AddDays(1)}, NULL)
            """);

        await db.Database.MigrateAsync();

        var notices = await db.CitizenNotifications.AsNoTracking().Where(n => n.UserId == user).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Id, n.DossierId, n.Kind, n.Text, n.CreatedAt, n.ReadAt, n.Link })
            .ToListAsync();
        notices.ShouldBe(
        [
            new { Id = read, DossierId = (Guid?)dossier, Kind = "DossierReceived", Text = "Hồ sơ đã được tiếp nhận", CreatedAt = Sent, ReadAt = (DateTime?)Sent.AddHours(1), Link = (string?)null },
            new { Id = unread, DossierId = (Guid?)dossier, Kind = "DossierDone", Text = "Hồ sơ đã có kết quả", CreatedAt = Sent.AddDays(1), ReadAt = (DateTime?)null, Link = (string?)null },
        ]);
    }
}
