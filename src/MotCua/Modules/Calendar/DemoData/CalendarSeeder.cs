using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Calendar.Data;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Modules.Calendar.DemoData;

/// <summary>Seeds the published 2025–2026 exceptions province-wide when the table is empty.</summary>
internal sealed class CalendarSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 150;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CalendarExceptions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.CalendarExceptions.AddRange(PublishedExceptions.All.Select(e => new CalendarException
        {
            Id = Guid.CreateVersion7(),
            Date = e.Date,
            Kind = e.Kind,
            Name = e.Name,
            LegalReference = e.LegalReference,
            CreatedBy = DemoProvince.DataEntry,
            CreatedAtUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
