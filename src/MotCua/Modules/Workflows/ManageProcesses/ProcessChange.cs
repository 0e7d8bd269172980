using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>Saves one change to internal processes, turning a broken rule or a concurrent edit into a page message (as ADR-007 for the catalogue).</summary>
internal static class ProcessChange
{
    /// <returns>Null when saved; otherwise the message to show.</returns>
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
        catch (DbUpdateException)
        {
            // A concurrent "new version" of the same process collides on the unique version number.
            return staleMessage;
        }
    }
}

/// <summary>The TempData key under which a workflows page leaves a message for the next one.</summary>
internal static class ProcessMessages
{
    public const string Key = "WorkflowsMessage";
}
