using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MotCua.Common.Data;

/// <summary>
/// New rows kept out of the change tracker (ADR-045): inside <see cref="KeepNewRowsUntracked"/>, <see cref="AddNew"/>
/// only lists a row, and the next <c>SaveChangesAsync</c> inserts it through <see cref="InsertOnlySaves"/> without
/// attaching it, comparing it or accepting it. Whenever that save cannot be an insert-only one (an update, a value the
/// database generates…), or it fails, or the scope ends before it, the rows are attached as added first: what is saved
/// is the same either way.
/// </summary>
internal sealed partial class AppDbContext
{
    private List<object>? _newRows;

    /// <summary>The rows added with <see cref="AddNew"/> and not yet written nor attached.</summary>
    public IReadOnlyList<object> NewRows => _newRows ?? (IReadOnlyList<object>)[];

    /// <summary>
    /// Until the result is disposed, <see cref="AddNew"/> keeps rows out of the change tracker. For a unit of work that
    /// creates rows and does not read them back through the context before its save (a dossier received at the desk).
    /// </summary>
    public IDisposable KeepNewRowsUntracked()
    {
        if (_newRows is not null)
        {
            throw new InvalidOperationException("New rows are already kept out of the change tracker in this unit of work.");
        }

        // Only InsertOnlySaves writes listed rows; a context built without it tracks them as it always did.
        if (this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Any(i => i is InsertOnlySaves) == true)
        {
            _newRows = [];
        }

        return new UntrackedScope(this);
    }

    /// <summary>Adds a new row: kept out of the tracker inside <see cref="KeepNewRowsUntracked"/>, tracked as added otherwise.</summary>
    public void AddNew(object entity)
    {
        if (_newRows is { } rows)
        {
            rows.Add(entity);
        }
        else
        {
            Add(entity);
        }
    }

    /// <summary>Attaches the rows not written yet as added, so that Entity Framework saves them (or keeps them after a failure).</summary>
    public void TrackNewRows()
    {
        if (_newRows is not { Count: > 0 } rows)
        {
            return;
        }

        foreach (var row in rows)
        {
            Add(row);
        }

        rows.Clear();
    }

    /// <summary>Drops a listed row (an outbox message already stored); false when it is not one of them.</summary>
    public bool DiscardNewRow(object entity) => _newRows?.Remove(entity) == true;

    /// <summary>Called by <see cref="InsertOnlySaves"/> once it has inserted every listed row.</summary>
    public void NewRowsWritten() => _newRows?.Clear();

    private sealed class UntrackedScope(AppDbContext context) : IDisposable
    {
        public void Dispose()
        {
            context.TrackNewRows();
            context._newRows = null;
        }
    }
}
