using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Notifications.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

/// <summary>
/// A save that only adds rows is written by <see cref="InsertOnlySaves"/> instead of Entity Framework's update pipeline
/// (ADR-043): the rows must be the ones Entity Framework would have written, column by column.
/// </summary>
public sealed class InsertOnlySavesTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    // Tables whose rows Entity Framework writes itself: their keys are numbered by the database (ASP.NET Core Identity's claims).
    private static readonly string[] LeftToEntityFramework = ["AspNetRoleClaims", "AspNetUserClaims"];

    [Fact]
    public async Task Rows_of_every_table_written_without_the_update_pipeline_are_stored_as_entity_framework_stores_them()
    {
        // Dossiers with every JSON column filled: components and applicant, a supplement asked and completed, an apology.
        string newDue;
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), ProcessingArrange.LicenceCode);
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Tờ khai — thiếu chữ ký"));
        await factory.DoAsync(await factory.ClientAsync("motcua"), id, "CompleteSupplement");
        var (received, _) = await factory.LoadAsync(id);
        await using (var calendars = factory.Services.CreateAsyncScope())
        {
            var calendar = await calendars.ServiceProvider.GetRequiredService<CalendarProvider>().GetAsync(received.AgencyId);
            newDue = calendar.NextWorkingDay(DateOnly.FromDateTime(received.DueAt!.Value).AddDays(30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "Apologise", null, ("Comment", "Phải xác minh thực địa."), ("NewDueDate", newDue));
        await factory.ReturnedAsync();
        using var byEntityFramework = TestDatabase.CopyOf(DemoTemplates.For(factory.ProviderName, seeded: false, clock: null));
        using var byInserts = TestDatabase.CopyOf(DemoTemplates.For(factory.ProviderName, seeded: false, clock: null));
        var efCommands = new InsertCommands();
        var insertCommands = new InsertCommands();
        await using var scope = factory.CreateDbScope(out var source);
        await using var ef = await OpenWithoutForeignKeysAsync(byEntityFramework, efCommands);
        await using var inserts = await OpenWithoutForeignKeysAsync(byInserts, insertCommands);
        var tables = source.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).OrderBy(t => t.GetTableName()).ToList();
        var copied = new Dictionary<string, int>();

        foreach (var type in tables)
        {
            // The schema-only database may hold a row a start-up wrote (e.g. a chain's head): the table is copied whole.
            var empty = "DELETE FROM \"" + type.GetTableName() + "\"";
            await ef.Database.ExecuteSqlRawAsync(empty);
            await inserts.Database.ExecuteSqlRawAsync(empty);

            // Each row alone, saved once by the update pipeline (the synchronous save) and once by the insert-only path.
            foreach (var row in await RowsAsync(source, type))
            {
                ef.Add(row);
                ef.SaveChanges();
                ef.ChangeTracker.Clear();
                inserts.Add(row);
                await inserts.SaveChangesAsync();
                inserts.ChangeTracker.Clear();
                copied[type.GetTableName()!] = copied.GetValueOrDefault(type.GetTableName()!) + 1;
            }
        }

        copied.Count.ShouldBeGreaterThan(15, "the demo province fills the tables of every module");
        copied.ShouldContainKey("Dossiers");
        efCommands.Tables.ShouldBe(copied.Keys, ignoreOrder: true);
        insertCommands.Tables.ShouldBe(copied.Keys.Intersect(LeftToEntityFramework), ignoreOrder: true);
        foreach (var type in tables.Where(t => copied.ContainsKey(t.GetTableName()!)))
        {
            var expected = await ReadTableAsync(ef, type);
            var actual = await ReadTableAsync(inserts, type);
            actual.Count.ShouldBe(copied[type.GetTableName()!]);
            for (var i = 0; i < expected.Count; i++)
            {
                foreach (var (column, value) in expected[i])
                {
                    Same(value, actual[i][column]).ShouldBeTrue($"{type.GetTableName()}.{column} of row {i + 1}: {value} written as {actual[i][column]}");
                }
            }
        }

        var copy = await inserts.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
        copy.Components.ShouldNotBeEmpty();
        copy.Supplements.ShouldNotBeEmpty();
        copy.Apologies.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_the_whole_save_as_entity_framework_does_and_leaves_the_rows_to_add()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).FirstAsync();
        var messages = await db.OutboxMessages.CountAsync();

        // A new message with an agency that is already stored: the agency's key is taken, so the message may not stay either.
        var message = db.OutboxMessages.Add(OutboxMessage.Create(
            new OutgoingMessage(NotificationChannel.Email, "thu.nghiem@example.vn", "Thử", "Nội dung", MessageKind.DossierReceived), factory.HostUtcNow()));
        var again = db.Agencies.Add(agency);
        var failure = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        failure.InnerException.ShouldBeAssignableTo<DbException>();
        again.State.ShouldBe(EntityState.Added);
        message.State.ShouldBe(EntityState.Added);
        db.ChangeTracker.Clear();
        (await db.OutboxMessages.CountAsync()).ShouldBe(messages);
    }

    [Fact]
    public async Task An_unchanged_entity_an_interceptor_changes_during_a_save_that_adds_rows_is_saved_too()
    {
        using var database = TestDatabase.CopyOf(DemoTemplates.For(factory.ProviderName, seeded: true, clock: null));
        var commands = new InsertCommands();
        await using (var db = Open(database, commands, new AddressStamp()))
        {
            await db.Agencies.OrderBy(a => a.Code).FirstAsync();
            db.OutboxMessages.Add(OutboxMessage.Create(
                new OutgoingMessage(NotificationChannel.Email, "thu.nghiem@example.vn", "Thử", "Nội dung", MessageKind.DossierReceived), factory.HostUtcNow()));
            await db.SaveChangesAsync();
        }

        // The agency changed after the context's comparison: the save is no longer only additions, so the update pipeline wrote it.
        commands.Tables.ShouldBe(["OutboxMessages"]);
        await using var check = Open(database, new InsertCommands());
        (await check.Agencies.OrderBy(a => a.Code).FirstAsync()).Address.ShouldBe(AddressStamp.Address);
    }

    private static AppDbContext Open(TestDatabase database, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PlatformModule.ConfigureDatabase(options, new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString });
        options.AddInterceptors([.. interceptors, new InsertOnlySaves()]);
        return new AppDbContext(options.Options);
    }

    private static async Task<AppDbContext> OpenWithoutForeignKeysAsync(TestDatabase database, InsertCommands commands)
    {
        var db = Open(database, commands);
        await db.Database.OpenConnectionAsync();

        // Rows are copied table by table, so a row may come before the row it refers to.
        await db.Database.ExecuteSqlRawAsync(database.Provider == DatabaseProvider.PostgreSQL ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF");
        return db;
    }

    private static async Task<List<object>> RowsAsync(AppDbContext source, IEntityType type)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(source, null)!;
        return await set.AsNoTracking().Take(40).ToListAsync();
    }

    private static async Task<List<Dictionary<string, object?>>> ReadTableAsync(AppDbContext db, IEntityType type)
    {
        var key = string.Join(", ", type.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{type.GetTableName()}\" ORDER BY {key}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
        }

        return rows;
    }

    /// <summary>Equal values; JSON documents equal as JSON (PostgreSQL's jsonb keeps no key order, SQLite keeps the text).</summary>
    private static bool Same(object? expected, object? actual) =>
        Equals(expected, actual)
        || (expected is string e && actual is string a && e.Length > 0 && e[0] is '{' or '[' && JsonNode.DeepEquals(JsonNode.Parse(e), JsonNode.Parse(a)));

    /// <summary>An interceptor that sets a property of a tracked agency without telling the change tracker.</summary>
    private sealed class AddressStamp : SavingInterceptor
    {
        public const string Address = "Số 9, đường Đối chiếu";

        protected override void Saving(DbContext context)
        {
            foreach (var agency in context.ChangeTracker.Entries<Agency>().Select(e => e.Entity).ToList())
            {
                agency.Address = Address;
            }
        }
    }

    /// <summary>The tables Entity Framework sent an INSERT to.</summary>
    private sealed class InsertCommands : DbCommandInterceptor
    {
        public HashSet<string> Tables { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command)
        {
            foreach (var statement in command.CommandText.Split(';').Select(s => s.Trim()).Where(s => s.StartsWith("INSERT INTO \"", StringComparison.Ordinal)))
            {
                Tables.Add(statement["INSERT INTO \"".Length..statement.IndexOf('"', "INSERT INTO \"".Length)]);
            }
        }
    }
}
