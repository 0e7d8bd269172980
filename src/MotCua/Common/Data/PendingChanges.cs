using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MotCua.Common.Data;

/// <summary>
/// The tracked entries of a save in progress, for the save interceptors, read without detecting changes again:
/// <see cref="AppDbContext"/> detects them once before the interceptors run, and Entity Framework once more after them,
/// so what an interceptor changes is saved too. Each <c>ChangeTracker.Entries()</c> call would compare every property of
/// every tracked entity again (ADR-041).
/// </summary>
internal static class PendingChanges
{
    /// <summary>Every tracked entry.</summary>
    public static IEnumerable<EntityEntry> Entries(DbContext context) => WithoutDetecting(context.ChangeTracker, t => t.Entries());

    /// <summary>The tracked entries of <typeparamref name="T"/>.</summary>
    public static IEnumerable<EntityEntry<T>> Entries<T>(DbContext context)
        where T : class => WithoutDetecting(context.ChangeTracker, t => t.Entries<T>());

    private static TResult WithoutDetecting<TResult>(ChangeTracker tracker, Func<ChangeTracker, TResult> read)
    {
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
