using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>The four numbers at the top of the inbox (and the menu's count of new PAKN).</summary>
internal sealed record InboxCounts(int New, int DueSoon, int Overdue, int AwaitingClarification);

/// <summary>The counts of an agency's PAKN (or every agency's, for the province-wide roles), on that agency's calendar.</summary>
internal sealed class PetitionInbox(AppDbContext db, PetitionClocks clocks, TimeProvider clock)
{
    /// <summary>
    /// Whose PAKN the inbox lists for <paramref name="scope"/>: every agency's (<paramref name="agencyId"/> null) for the
    /// province-wide roles, else the staff member's agency; false when neither, and the inbox is refused.
    /// </summary>
    public static bool TryAgencyOf(IAgencyScope scope, out Guid? agencyId)
    {
        agencyId = scope.IsProvinceWide ? null : scope.AgencyId;
        return scope.IsProvinceWide || agencyId is not null;
    }

    /// <summary>New PAKN waiting to be entered in the book at <paramref name="agencyId"/>, or at every agency for null.</summary>
    public Task<int> NewCountAsync(Guid? agencyId, CancellationToken cancellationToken) =>
        db.Petitions.CountAsync(p => (agencyId == null || p.AgencyId == agencyId) && p.Status == PetitionStatus.New, cancellationToken);

    /// <summary>The counts for one agency, or for all when <paramref name="agencyId"/> is null (due soon on the province's calendar).</summary>
    public async Task<InboxCounts> CountsAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = PetitionDueStates.DueSoonUntil(await ClockAsync(agencyId, cancellationToken), now);
        var petitions = db.Petitions.AsNoTracking();
        if (agencyId is { } id)
        {
            petitions = petitions.Where(p => p.AgencyId == id);
        }

        return new InboxCounts(
            await petitions.CountAsync(p => p.Status == PetitionStatus.New, cancellationToken),
            await petitions.CountAsync(p => p.DueAt != null && p.DueAt >= now && p.DueAt <= soon, cancellationToken),
            await petitions.CountAsync(p => p.DueAt != null && p.DueAt < now, cancellationToken),
            await petitions.CountAsync(p => p.Status == PetitionStatus.AwaitingClarification, cancellationToken));
    }

    /// <summary>The clock of an agency, or of the province (the calendar without an agency's own exceptions) for null.</summary>
    public Task<PetitionClock> ClockAsync(Guid? agencyId, CancellationToken cancellationToken) => clocks.ForAsync(agencyId, cancellationToken);
}
