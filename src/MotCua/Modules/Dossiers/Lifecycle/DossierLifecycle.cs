using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Lifecycle;

/// <summary>
/// The one hook for what follows a dossier change (ADR-038): adds the dossier's new history events to the unit of work and
/// tells every <see cref="IDossierLifecycleHandler"/> of each, in the same unit of work, before anything is saved. Every
/// code path that records events stages them here; the save refuses an event that did not pass
/// (<see cref="DossierLifecycleGuard"/>).
/// </summary>
internal sealed class DossierLifecycle(AppDbContext db, ApplicantNotices notices, IEnumerable<IDossierLifecycleHandler> handlers)
{
    private readonly IReadOnlyList<IDossierLifecycleHandler> _handlers = InOrder(handlers);

    /// <summary>Adds the events <paramref name="dossier"/> recorded since it was last staged, and what follows them, to the unit of work.</summary>
    public void Stage(Dossier dossier)
    {
        foreach (var e in Follow(dossier, _handlers, notices.For))
        {
            db.AddNew(e);
        }
    }

    /// <summary>The handlers by <see cref="IDossierLifecycleHandler.Order"/>; two with the same number are a wiring error.</summary>
    public static IReadOnlyList<IDossierLifecycleHandler> InOrder(IEnumerable<IDossierLifecycleHandler> handlers)
    {
        var ordered = handlers.OrderBy(h => h.Order).ToList();
        if (ordered.GroupBy(h => h.Order).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException(
                $"Dossier lifecycle handlers {string.Join(", ", clash.Select(h => h.GetType().Name))} share the order {clash.Key}; give each its own.");
        }

        return ordered;
    }

    /// <summary>
    /// Tells <paramref name="handlers"/> (in order) of each event of <paramref name="dossier"/> not told yet, event by event
    /// in the history's order, and returns those events. Each event is told once, however often the dossier is staged.
    /// </summary>
    public static IReadOnlyList<DossierEvent> Follow(
        Dossier dossier, IReadOnlyList<IDossierLifecycleHandler> handlers, Func<Dossier, DossierEvent, IReadOnlyList<DossierEvent>, ApplicantNotice?> notice)
    {
        var batch = dossier.NewEvents.Where(e => !e.IsFollowed).ToList();
        var figures = batch.Count == 0 ? null : DossierFigures.Of(dossier);
        foreach (var e in batch)
        {
            var change = new DossierChange(
                dossier.Id, dossier.Code, dossier.AgencyId, dossier.ProcedureCode, dossier.Channel, dossier.OwnerId,
                e.Sequence, e.At, e.Action, e.FromStatus, e.ToStatus, notice(dossier, e, batch), figures!);
            foreach (var handler in handlers)
            {
                handler.Handle(change);
            }

            e.MarkFollowed();
        }

        return batch;
    }
}
