using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Codes;

/// <summary>
/// Issues the next dossier code of an agency for a local date. It runs inside the transaction that saves the accepted
/// dossier: the counter row stays locked until that transaction ends and its increment commits or rolls back with the
/// dossier, so codes are unique and gap-free per agency-day even with several app nodes (TT 03/2025 Điều 13).
/// </summary>
internal sealed class DossierCodeAllocator(AppDbContext db, IOptions<DossiersOptions> options)
{
    /// <summary>Call as late as possible in the transaction: the agency-day's counter stays locked from here to the commit.</summary>
    public async Task<(DossierCode Code, int Sequence)> NextAsync(Guid agencyId, DateOnly date, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A dossier code must be allocated inside the transaction that saves the dossier.");
        }

        // One statement on both databases (PostgreSQL 9.5+, SQLite 3.35+): the day's first dossier creates the row, later ones
        // increment it; the agency's code comes back with the number, read in the same round trip. On every acceptance, so
        // sent as a plain command rather than through the query pipeline (ADR-043).
        await using var command = DirectCommand.Create(db, """
            INSERT INTO "DossierCodeCounters" ("AgencyId", "Date", "LastSequence") VALUES ({0}, {1}, 1)
            ON CONFLICT ("AgencyId", "Date") DO UPDATE SET "LastSequence" = "DossierCodeCounters"."LastSequence" + 1
            RETURNING "LastSequence", (SELECT a."Code" FROM "Agencies" AS a WHERE a."Id" = {0})
            """, agencyId, date);
        int sequence;
        string agencyCode;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (sequence, agencyCode) = (reader.GetInt32(0), reader.GetString(1));
        }

        var settings = options.Value;
        return (DossierCode.Create(agencyCode, date, sequence, settings.CodeFormat, settings.CentralSystemPrefix), sequence);
    }
}
