using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Modules.Calendar;
using MotCua.Modules.Notifications;
using MotCua.Modules.Portal;

namespace MotCua.DemoYear;

/// <summary>
/// The application's own services on a clock the demo year moves (<see cref="DemoClock"/>): the same registrations as the
/// application, built once more for the seeding with that clock as the <see cref="TimeProvider"/>, so that every service
/// the seeding calls (intake, processing, fees, attachments, ratings, the lifecycle handlers, the save interceptors) writes
/// the instants it would have written on the day. The messages to the fictional applicants are delivered by the product's
/// outbox delivery but to no one (<see cref="UnsentMessages"/>).
/// </summary>
internal sealed class DemoYearServices(IServiceCollection services)
{
    public ServiceProvider Build(DemoClock clock)
    {
        var copy = new ServiceCollection();
        foreach (var descriptor in services)
        {
            ((ICollection<ServiceDescriptor>)copy).Add(descriptor);
        }

        // Registered last, so they win over the application's own.
        copy.AddSingleton<TimeProvider>(clock);
        copy.AddSingleton<ISmsSender, UnsentMessages>();
        copy.AddSingleton<IEmailSender, UnsentMessages>();

        // The calendars' cache expires on real time (how soon another node sees an edit, ADR-003), not on the year's clock.
        copy.AddSingleton(sp => new CalendarProvider(sp.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System));
        copy.AddSingleton<IInterceptor, UnsyncedSqlite>();
        return copy.BuildServiceProvider();
    }
}

/// <summary>
/// The seeding's SQLite connections do not wait for the disk at every commit (<c>PRAGMA synchronous = OFF</c>): the
/// year is thousands of small transactions written once into a new demo database; a crash while seeding leaves a demo
/// database to delete, never a real one (ADR-056).
/// </summary>
internal sealed class UnsyncedSqlite : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = OFF";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = OFF";
            command.ExecuteNonQuery();
        }
    }
}

/// <summary>A stopped clock the demo year sets forward, action by action.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="instant"/> (UTC); never backwards.</summary>
    public void MoveTo(DateTime instant)
    {
        var next = new DateTimeOffset(DateTime.SpecifyKind(instant, DateTimeKind.Utc));
        if (next > _now)
        {
            _now = next;
        }
    }
}

/// <summary>The fictional applicants' e-mails and text messages: marked delivered by the outbox, sent nowhere.</summary>
internal sealed class UnsentMessages : ISmsSender, IEmailSender
{
    public Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken) => Task.CompletedTask;
}
