using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers;

/// <summary>What the public tracking page shows of a dossier; <see cref="Steps"/> only once the last 4 digits matched.</summary>
internal sealed record TrackedDossier(
    Guid Id, Guid? OwnerId, string Code, string ProcedureName, string AgencyName, string ApplicantInitials, DossierStatus Status, DateTime? ReceivedAt, DateTime? DueAt,
    DateTime? OriginalDueAt, DateTime? FinishedAt, DateTime? ReturnedAt, DateTime? ApologyAppointment, LegalTimeResult? LegalTime, IReadOnlyList<CitizenDossierStep> Steps);

/// <summary>A dossier as the rating pages need it: what they show, whether it was returned, and its legal time class now (for indicator 7).</summary>
internal sealed record RatableDossier(Guid Id, Guid AgencyId, string? Code, string ProcedureName, DossierStatus Status, OnTimeClass LegalTime);

/// <summary>
/// The dossier lookups of the portal's public pages (ADR-036): tracking by code, with the last 4 digits of the
/// applicant's phone or identity number for the steps, and the dossier a rating is for.
/// </summary>
internal sealed class DossierTracking(AppDbContext db, CitizenDossiers citizens, CalendarProvider calendars, IOptions<DossierTimePolicy> policy, TimeProvider clock)
{
    /// <summary>
    /// The dossier with this code, or null. With <paramref name="lastFour"/>, null as well when they do not end the
    /// applicant's phone or identity number, and otherwise with the steps.
    /// </summary>
    public async Task<TrackedDossier?> TrackAsync(DossierCode code, string? lastFour, CancellationToken cancellationToken)
    {
        var text = code.ToString();
        var row = await db.Dossiers.AsNoTracking().Include(d => d.Agency).Where(d => d.Code == text).SingleOrDefaultAsync(cancellationToken);
        if (row is null || (lastFour is not null && !row.Applicant.EndsWith(lastFour)))
        {
            return null;
        }

        // The steps show where the dossier is and since when (NĐ 224/2026 Điều 15: agency, receipt, processing and return times), not who handled it.
        var steps = lastFour is null ? [] : await db.DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == row.Id && t.Kind == DossierTaskKind.Step)
            .OrderBy(t => t.Sequence)
            .Select(t => new CitizenDossierStep(t.Name, t.HolderName, t.ReceivedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        var status = await TimeStatusAsync(row, cancellationToken);
        return new TrackedDossier(
            row.Id, row.OwnerId, row.Code!, row.ProcedureName, row.Agency!.Name, row.Applicant.Initials(), row.Status, row.ReceivedAt, row.DueAt, row.OriginalDueAt,
            row.FinishedAt, row.ReturnedAt, row.Apologies.Count > 0 ? row.PromisedAt : null, status?.Legal, steps);
    }

    /// <summary>The dossier with this code, for the rating kiosk; null when unknown or when <paramref name="lastFour"/> do not match.</summary>
    public async Task<RatableDossier?> RatableAsync(DossierCode code, string lastFour, CancellationToken cancellationToken)
    {
        var text = code.ToString();
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Code == text, cancellationToken);
        return dossier is null || !dossier.Applicant.EndsWith(lastFour) ? null : await RatableAsync(dossier, cancellationToken);
    }

    /// <summary>One of the account's dossiers (<see cref="CitizenDossiers.Of"/>), for the online rating; null for anyone else's.</summary>
    public async Task<RatableDossier?> RatableAsync(Guid userId, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await citizens.Of(userId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        return dossier is null ? null : await RatableAsync(dossier, cancellationToken);
    }

    // A dossier never received has no legal time status and reads as on time.
    private async Task<RatableDossier> RatableAsync(Dossier dossier, CancellationToken cancellationToken) =>
        new(dossier.Id, dossier.AgencyId, dossier.Code, dossier.ProcedureName, dossier.Status, (await TimeStatusAsync(dossier, cancellationToken))?.Legal.Class ?? OnTimeClass.OnTime);

    /// <summary>The legal status and the national statistic as of now, with the agency's calendar (null before the dossier is received).</summary>
    private async Task<DossierTimeStatus?> TimeStatusAsync(Dossier dossier, CancellationToken cancellationToken) =>
        dossier.TimeStatus(await calendars.GetAsync(dossier.AgencyId, cancellationToken), clock.GetUtcNow(), policy.Value.OnTimeGranularity);
}
