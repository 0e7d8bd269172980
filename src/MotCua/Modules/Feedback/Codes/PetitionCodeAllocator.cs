using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Feedback.Codes;

/// <summary>
/// Issues the next PAKN code of a local date, inside the transaction that saves the PAKN: the day's counter row stays
/// locked until it ends and its increment commits or rolls back with the PAKN, so codes are unique and gap-free per day
/// on every node (the dossier codes' technique, ADR-014/ADR-043; ADR-046 §2).
/// </summary>
internal sealed class PetitionCodeAllocator(AppDbContext db)
{
    public async Task<PetitionCode> NextAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A PAKN code must be allocated inside the transaction that saves the PAKN.");
        }

        await using var command = DirectCommand.Create(db, """
            INSERT INTO "PetitionCodeCounters" ("Date", "LastSequence") VALUES ({0}, 1)
            ON CONFLICT ("Date") DO UPDATE SET "LastSequence" = "PetitionCodeCounters"."LastSequence" + 1
            RETURNING "LastSequence"
            """, date);
        var sequence = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new PetitionCode(date, sequence);
    }
}
