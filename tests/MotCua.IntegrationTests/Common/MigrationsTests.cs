using Microsoft.EntityFrameworkCore;
using MotCua.Testing;
using static MotCua.IntegrationTests.Common.MigrationSteps;

namespace MotCua.IntegrationTests.Common;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Migrated_schema_matches_the_schema_the_model_describes()
    {
        using var migrated = TestDatabase.Create();
        using var fromModel = TestDatabase.Create();

        await using (var db = Open(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Open(fromModel))
        {
            // EnsureCreated is the reference here only: the application itself always migrates (ADR-002).
            await db.Database.EnsureCreatedAsync();
        }

        List<string> actual, expected;
        await using (var db = Open(migrated))
        {
            actual = await SchemaSnapshot.ReadAsync(db);
        }

        await using (var db = Open(fromModel))
        {
            expected = await SchemaSnapshot.ReadAsync(db);
        }

        actual.ShouldNotBeEmpty();
        actual.Except(expected).ShouldBeEmpty("in the migrated database but not in the model");
        expected.Except(actual).ShouldBeEmpty("in the model but missing from the migrations");
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing_and_records_every_migration()
    {
        using var database = TestDatabase.Create();
        await using var db = Open(database);

        await db.Database.MigrateAsync();
        var before = await SchemaSnapshot.ReadAsync(db);
        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await SchemaSnapshot.ReadAsync(db)).ShouldBe(before);
    }
}
