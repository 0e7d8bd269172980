using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// Keeps each dossier's facts row with every change of it, in the change's unit of work (ADR-038 order 300, ADR-049):
/// the dossier's first event adds the row; a later event overwrites it whole, written at the save as an upsert
/// (<see cref="MetricFactsSaves"/>), so a dossier without a row yet gets one and no row is read. Nothing is queried here.
/// </summary>
internal sealed class MetricFactsHandler(AppDbContext db, TimeProvider clock) : IDossierLifecycleHandler
{
    public int Order => 300;

    public void Handle(DossierChange change)
    {
        var figures = change.Figures;
        var now = clock.GetUtcNow().UtcDateTime;
        if (PendingChanges.Entries<MetricDossier>(db).FirstOrDefault(e => e.Entity.DossierId == change.DossierId) is { } tracked)
        {
            tracked.Entity.Capture(figures, now);
            if (tracked.State == EntityState.Unchanged)
            {
                tracked.State = EntityState.Modified;
            }

            return;
        }

        if (db.NewRows.OfType<MetricDossier>().FirstOrDefault(m => m.DossierId == change.DossierId) is { } listed)
        {
            listed.Capture(figures, now);
            return;
        }

        var row = MetricDossier.Of(figures, now);
        if (change.StatusBefore is null)
        {
            // The dossier's first event (DossierChange.StatusBefore is null only then): no row can exist yet.
            db.AddNew(row);
        }
        else
        {
            db.Entry(row).State = EntityState.Modified;
        }
    }
}
