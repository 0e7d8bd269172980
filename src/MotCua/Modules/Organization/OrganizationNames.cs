using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Organization;

/// <summary>
/// Agency and unit names for the labels other modules print (a task's holder, a hand-over's agency), kept in memory per
/// node (ADR-018). Names change rarely and a label is written once: a save on this node that touches an agency or a unit
/// drops the names at once (<see cref="Data.OrganizationNamesInterceptor"/>); other nodes reload within <see cref="Expiry"/>,
/// as calendars do (ADR-003), and at once when asked for an agency or unit they do not know yet.
/// </summary>
internal sealed class OrganizationNames(TimeProvider clock)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private volatile Names? _current;

    /// <summary>The names, reloaded (two small reads) when expired or when one of these agencies or units is missing.</summary>
    public async Task<Names> GetAsync(AppDbContext db, IEnumerable<Guid> agencyIds, IEnumerable<Guid> unitIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } current && current.ExpiresAt > now && agencyIds.All(current.Agencies.ContainsKey) && unitIds.All(current.Units.ContainsKey))
        {
            return current;
        }

        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var fresh = new Names(agencies, units, now + Expiry);
        _current = fresh;
        return fresh;
    }

    /// <summary>Forgets the names; the next request reloads them.</summary>
    public void Invalidate() => _current = null;

    /// <summary>Every agency's and unit's name by id, as read at one moment.</summary>
    internal sealed record Names(IReadOnlyDictionary<Guid, string> Agencies, IReadOnlyDictionary<Guid, string> Units, DateTimeOffset ExpiresAt);
}
