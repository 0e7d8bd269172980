using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>Applies one change to the catalogue and saves it, turning a broken rule or a concurrent edit into a page message.</summary>
internal static class CatalogChange
{
    /// <returns>Null when saved; otherwise the message to show (the broken rule's, or <paramref name="staleMessage"/>).</returns>
    public static async Task<string?> SaveAsync(AppDbContext db, Action change, string staleMessage, CancellationToken cancellationToken)
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
    }
}
