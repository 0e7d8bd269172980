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

    /// <summary>
    /// The entities of <typeparamref name="T"/> the save adds: tracked as added, and the new rows kept out of the tracker
    /// (<see cref="AppDbContext.AddNew"/>, ADR-045).
    /// </summary>
    public static IEnumerable<T> Added<T>(DbContext context)
        where T : class => Entries<T>(context).Where(e => e.State == EntityState.Added).Select(e => e.Entity).Concat(NewRows<T>(context));

    /// <summary>The tracked entities of <typeparamref name="T"/> (in any state) and the new rows of it kept out of the tracker.</summary>
    public static IEnumerable<T> Entities<T>(DbContext context)
        where T : class => Entries<T>(context).Select(e => e.Entity).Concat(NewRows<T>(context));

    /// <summary>Leaves <paramref name="entity"/>, about to be added, out of the save.</summary>
    public static void Discard(DbContext context, object entity)
    {
        if (context is not AppDbContext app || !app.DiscardNewRow(entity))
        {
            context.Entry(entity).State = EntityState.Detached;
        }
    }

    private static IEnumerable<T> NewRows<T>(DbContext context)
        where T : class => context is AppDbContext { NewRows: { Count: > 0 } rows } ? rows.OfType<T>() : [];

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
