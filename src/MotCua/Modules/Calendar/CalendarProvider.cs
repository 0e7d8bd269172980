using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Calendar;

/// <summary>
/// The business calendar of an agency (or of the province), built once from the database and kept in memory.
/// An edit on this node calls <see cref="Invalidate"/>; other nodes converge within <see cref="Expiry"/> (ADR-003).
/// This is the module's public API for other modules (the catalogue and dossiers compute due dates through it).
/// </summary>
internal sealed class CalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a cached calendar is trusted before it is rebuilt from the database.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Guid, Entry> _cache = new();
    private long _generation;

    /// <summary>The calendar of an agency; null = the province-wide calendar with the default schedule.</summary>
    public async Task<BusinessCalendar> GetAsync(Guid? agencyId, CancellationToken cancellationToken = default)
    {
        var key = agencyId ?? Guid.Empty;
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(key, out var entry) && entry.Generation == generation && entry.ExpiresAt > now)
        {
            return entry.Calendar;
        }

        var calendar = await LoadAsync(agencyId, cancellationToken);
        _cache[key] = new Entry(calendar, generation, now + Expiry);
        return calendar;
    }

    /// <summary>Forgets every cached calendar (an edit to a province-wide exception changes all of them).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _cache.Clear();
    }

    private async Task<BusinessCalendar> LoadAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var exceptions = await db.CalendarExceptions.AsNoTracking()
            .Where(e => e.AgencyId == null || e.AgencyId == agencyId)
            .Select(e => new CalendarExceptionDay(e.Date, e.Kind, e.Name, e.LegalReference))
            .ToListAsync(cancellationToken);
        var stored = agencyId is null
            ? null
            : await db.AgencyWorkingSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        var schedule = stored is null ? WorkingSchedule.Default : WorkingSchedule.TryParse(stored.WorkingDays, stored.Sessions) ?? WorkingSchedule.Default;
        return new BusinessCalendar(schedule, exceptions);
    }

    private sealed record Entry(BusinessCalendar Calendar, long Generation, DateTimeOffset ExpiresAt);
}
