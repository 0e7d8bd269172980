using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Codes;

/// <summary>
/// Issues the next dossier code of an agency for a local date. It runs inside the transaction that saves the accepted
/// dossier: the counter row stays locked until that transaction ends and its increment commits or rolls back with the
/// dossier, so codes are unique and gap-free per agency-day even with several app nodes (TT 03/2025 Điều 13).
/// </summary>
internal sealed class DossierCodeAllocator(AppDbContext db, IOptions<DossiersOptions> options)
{
    /// <summary>Call before the dossier is added to the context: starting a day's counter saves the context.</summary>
    public async Task<(DossierCode Code, int Sequence)> NextAsync(Guid agencyId, string agencyCode, DateOnly date, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A dossier code must be allocated inside the transaction that saves the dossier.");
        }

        if (await IncrementAsync(agencyId, date, cancellationToken) == 0 && !await TryStartDayAsync(agencyId, date, cancellationToken))
        {
            // Another node started the day first; its row exists now (PostgreSQL waited for that node's commit).
            await IncrementAsync(agencyId, date, cancellationToken);
        }

        var sequence = await db.DossierCodeCounters.AsNoTracking()
            .Where(c => c.AgencyId == agencyId && c.Date == date)
            .Select(c => c.LastSequence)
            .SingleAsync(cancellationToken);
        var settings = options.Value;
        return (DossierCode.Create(agencyCode, date, sequence, settings.CodeFormat, settings.CentralSystemPrefix), sequence);
    }

    private Task<int> IncrementAsync(Guid agencyId, DateOnly date, CancellationToken cancellationToken) =>
        db.DossierCodeCounters
            .Where(c => c.AgencyId == agencyId && c.Date == date)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence + 1), cancellationToken);

    /// <summary>Creates the day's counter at 1; false when another transaction created it first (EF rolls back to its savepoint).</summary>
    private async Task<bool> TryStartDayAsync(Guid agencyId, DateOnly date, CancellationToken cancellationToken)
    {
        var counter = new DossierCodeCounter { AgencyId = agencyId, Date = date, LastSequence = 1 };
        db.DossierCodeCounters.Add(counter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }
}
