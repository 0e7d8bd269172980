using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The agencies' one-stop lists as other modules read them (TT 01/2018/TT-VPCP Điều 3–4, chỉ số 5 and 6 of Điều 13):
/// which procedure each agency receives, returns or decides at its Bộ phận Một cửa, and when it declared it posted.
/// Read in the caller's unit of work, never tracked; changed only on the catalogue's list page, which keeps each change (ADR-066).
/// </summary>
internal static class OneStopLists
{
    /// <summary>Every line of every agency's list, by procedure code.</summary>
    public static IQueryable<OneStopEntry> Of(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.OneStopProcedures.AsNoTracking()
            .Join(db.Procedures.AsNoTracking(), o => o.ProcedureId, p => p.Id, (o, p) => new OneStopEntry { AgencyId = o.AgencyId, ProcedureCode = p.Code, Handling = o.Handling, PostedOn = o.PostedOn });
    }

    /// <summary>
    /// Every line of every agency's list as it stood at <paramref name="at"/> (UTC, ADR-066): for each agency and procedure the
    /// last change made at or before it; a line declared only later is not on the list then.
    /// </summary>
    public static IQueryable<OneStopEntry> InForceAt(AppDbContext db, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changes = db.OneStopProcedureChanges.AsNoTracking();
        return changes
            .Where(c => c.From <= at && !changes.Any(later => later.AgencyId == c.AgencyId && later.ProcedureId == c.ProcedureId && later.From <= at && later.From > c.From))
            .Join(db.Procedures.AsNoTracking(), o => o.ProcedureId, p => p.Id, (o, p) => new OneStopEntry { AgencyId = o.AgencyId, ProcedureCode = p.Code, Handling = o.Handling, PostedOn = o.PostedOn });
    }
}
