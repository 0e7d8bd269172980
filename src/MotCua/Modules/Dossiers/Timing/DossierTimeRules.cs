using Microsoft.Extensions.Options;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>A dossier's time status now, with its agency's calendar and the configured policy, for pages that show one dossier.</summary>
internal sealed class DossierTimeRules(CalendarProvider calendars, IOptions<DossierTimePolicy> policy, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The legal status and the national statistic as of now (null before the dossier is received).</summary>
    public async Task<DossierTimeStatus?> StatusAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.TimeStatus(await calendars.GetAsync(dossier.AgencyId, cancellationToken), clock.GetUtcNow(), policy.Value.OnTimeGranularity);

    /// <summary>The legal class as of now; a dossier never received has none and reads as on time.</summary>
    public async Task<OnTimeClass> LegalClassAsync(Dossier dossier, CancellationToken cancellationToken) =>
        (await StatusAsync(dossier, cancellationToken))?.Legal.Class ?? OnTimeClass.OnTime;
}
