using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The agencies' one-stop lists as other modules read them (TT 01/2018/TT-VPCP Điều 3–4, chỉ số 5 and 6 of Điều 13):
/// which procedure each agency receives, returns or decides at its Bộ phận Một cửa, and when it declared it posted.
/// Read in the caller's unit of work, never tracked; changed only on the catalogue's list page.
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
}
