using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MotCua.Common.Data;

/// <summary>
/// A save interceptor that only looks at (or adds to) the pending changes before they are written, the same way for
/// <c>SaveChanges</c> and <c>SaveChangesAsync</c>. It reads them through <see cref="PendingChanges"/> (ADR-041).
/// </summary>
internal abstract class SavingInterceptor : SaveChangesInterceptor
{
    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Saving(context);
        }

        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Saving(context);
        }

        return ValueTask.FromResult(result);
    }

    /// <summary>Inspects or completes the changes <paramref name="context"/> is about to save.</summary>
    protected abstract void Saving(DbContext context);
}
