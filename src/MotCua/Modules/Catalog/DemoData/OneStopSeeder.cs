using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Modules.Catalog.DemoData;

/// <summary>
/// The demo agencies' one-stop lists (ADR-063), different enough that TT 01/2018 chỉ số 5 and 6 differ between units:
/// Sở Nội vụ decides a third of its procedures at the one-stop unit and posted them all (5: 2, 6: 2); Sở Tư pháp only
/// receives and returns there and posted half (5: 1); Sở Giáo dục và Đào tạo receives some elsewhere and posted none
/// (5: 0, 6: electronic only); xã An Bình decides everything there (5: 2); phường Hòa Lạc receives and returns (5: 1); xã
/// Tân Phú keeps no list (5 not evaluated).
/// </summary>
internal sealed class OneStopSeeder(TimeProvider clock) : IDemoSeeder
{
    public int Order => 210;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.OneStopProcedures.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = VietnamTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        string[] codes = [DemoProvince.HomeAffairs, DemoProvince.Justice, DemoProvince.Education, DemoProvince.CommuneAnBinh, DemoProvince.WardHoaLac];
        var agencies = await OrganizationDirectory.Of(db).Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var (code, agencyId) in agencies)
        {
            var procedures = (await db.ProcedureVersions.AsNoTracking().Where(VersionInForce.On(today))
                .Where(v => v.Agencies.Any(a => a.AgencyId == agencyId && a.Role != AgencyRole.Coordinating))
                .Select(v => new { v.ProcedureId, v.Procedure!.Code }).ToListAsync(cancellationToken))
                .DistinctBy(p => p.ProcedureId).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
            for (var i = 0; i < procedures.Count; i++)
            {
                var (handling, posted) = code switch
                {
                    DemoProvince.HomeAffairs => (i % 3 == 0 ? OneStopHandling.Decided : OneStopHandling.ReceivedAndReturned, true),
                    DemoProvince.Justice => (OneStopHandling.ReceivedAndReturned, i % 2 == 0),
                    DemoProvince.Education => (i % 4 == 0 ? OneStopHandling.Elsewhere : OneStopHandling.ReceivedAndReturned, false),
                    DemoProvince.CommuneAnBinh => (OneStopHandling.Decided, true),
                    _ => (OneStopHandling.ReceivedAndReturned, true),
                };
                var line = OneStopProcedure.Add(agencyId, procedures[i].ProcedureId);
                line.Declare(handling, posted ? today : null, DemoProvince.DataEntry, now);
                db.OneStopProcedures.Add(line);
                // The demo lists held all through the demo year, so that its past quarters are evaluated with them (ADR-066).
                db.OneStopProcedureChanges.Add(OneStopProcedureChange.Of(line, now.AddYears(-2)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
