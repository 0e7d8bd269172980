using MotCua.Modules.Feedback.Inbox;

namespace MotCua.Modules.Feedback;

/// <summary>The PAKN whose running deadline is near or past, as the inbox counts them at its top.</summary>
/// <param name="DueSoon">Due within the inbox's "due soon" window.</param>
/// <param name="Overdue">Past their running deadline.</param>
/// <param name="New">Not yet entered in the book.</param>
internal sealed record PetitionsDueCounts(int DueSoon, int Overdue, int New)
{
    /// <summary>The inbox's own list these counts are read from (sorted by running deadline).</summary>
    public const string InboxUrl = "/feedback?sort=due";

    /// <summary>The inbox's list of new PAKN.</summary>
    public const string NewUrl = "/feedback?status=New";
}

/// <summary>The Feedback module's API for home pages: the inbox's counts of one agency (every agency's for null).</summary>
internal sealed class PetitionsDue(PetitionInbox inbox)
{
    public async Task<PetitionsDueCounts> CountsAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        var counts = await inbox.CountsAsync(agencyId, cancellationToken);
        return new PetitionsDueCounts(counts.DueSoon, counts.Overdue, counts.New);
    }
}
