using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Common.Data;

namespace MotCua.Modules.Notifications.Data;

/// <summary>
/// Drops enqueued messages whose deduplication key is already stored, before the save, so a repeated reminder does not
/// break the business change it is saved with. The unique index stays the last guard against two saves at once.
/// </summary>
internal sealed class OutboxDeduplicationInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && KeyedAdditions(context) is { Count: > 0 } added)
        {
            var keys = added.Select(m => m.DeduplicationKey!).ToList();
            Drop(context, added, [.. context.Set<OutboxMessage>().AsNoTracking().Where(m => keys.Contains(m.DeduplicationKey!)).Select(m => m.DeduplicationKey!)]);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && KeyedAdditions(context) is { Count: > 0 } added)
        {
            var keys = added.Select(m => m.DeduplicationKey!).ToList();
            Drop(context, added, [.. await context.Set<OutboxMessage>().AsNoTracking().Where(m => keys.Contains(m.DeduplicationKey!)).Select(m => m.DeduplicationKey!).ToListAsync(cancellationToken)]);
        }

        return result;
    }

    private static List<OutboxMessage> KeyedAdditions(DbContext context) =>
        [.. PendingChanges.Added<OutboxMessage>(context).Where(m => m.DeduplicationKey is not null)];

    private static void Drop(DbContext context, List<OutboxMessage> added, List<string> stored)
    {
        foreach (var message in added.Where(m => stored.Contains(m.DeduplicationKey!, StringComparer.Ordinal)))
        {
            PendingChanges.Discard(context, message);
        }
    }
}
