using MotCua.Common.Errors;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.PublishedAnswers;

namespace MotCua.Modules.Feedback.ReviewProposals;

/// <summary>The rules a control officer's decision on a review proposal follows.</summary>
internal static class ProposalRules
{
    // ADR-046 §6: a proposal is closed only by a version of its procedure published after the proposal was made.
    public static void ClosingVersionPostdatesProposal(ReviewProposal proposal, PublishedVersion version)
    {
        if (version.PublishedAt <= proposal.CreatedAt)
        {
            throw BusinessRuleException.Of<FeedbackPublicText>("VersionBeforeProposal", version.Number, version.DecisionNumber);
        }
    }
}
