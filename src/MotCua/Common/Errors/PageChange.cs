using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Common.Errors;

/// <summary>
/// Applies one change from an editing page and saves it, turning a broken rule or a concurrent edit into the message the
/// page shows (ADR-007), so that a stale form never overwrites a newer change and never ends in an error page.
/// </summary>
internal static class PageChange
{
    /// <param name="uniqueConflictIsStale">
    /// True when a unique-index violation can only mean that someone else made the same change first (e.g. two editors
    /// starting version N+1 of the same thing at once).
    /// </param>
    /// <returns>Null when saved; otherwise the message to show (the broken rule's, or <paramref name="staleMessage"/>).</returns>
    public static async Task<string?> SaveAsync(AppDbContext db, Action change, string staleMessage, CancellationToken cancellationToken, bool uniqueConflictIsStale = false)
    {
        try
        {
            change();
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (BusinessRuleException rule)
        {
            return rule.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            return staleMessage;
        }
        catch (DbUpdateException) when (uniqueConflictIsStale)
        {
            return staleMessage;
        }
    }
}
