using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

/// <summary>What is still said about an abolished procedure: its code, last name and the decision that abolished it.</summary>
internal sealed record AbolishedProcedure(string Code, string Name, Decision Abolition)
{
    /// <summary>Loads the procedure with this code if it has been abolished with effect on or before <paramref name="today"/>, or null.</summary>
    public static async Task<AbolishedProcedure?> LoadAsync(AppDbContext db, string code, DateOnly today, CancellationToken cancellationToken)
    {
        var version = await db.ProcedureVersions.AsNoTracking()
            .Where(v => v.Procedure!.Status == ProcedureStatus.Abolished && v.Procedure.Code == code
                && (v.Status == VersionStatus.Abolished || (v.Status == VersionStatus.Published && v.AbolitionEffectiveDate != null && v.AbolitionEffectiveDate <= today)))
            .Select(v => new { v.Procedure!.Code, v.Name, v.AbolitionDecisionNumber, v.AbolitionDecisionDate, v.AbolitionEffectiveDate })
            .SingleOrDefaultAsync(cancellationToken);
        return version is { AbolitionDecisionNumber: { } number, AbolitionDecisionDate: { } date, AbolitionEffectiveDate: { } effective }
            ? new AbolishedProcedure(version.Code, version.Name, new Decision(number, date, effective))
            : null;
    }
}
