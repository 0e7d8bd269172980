using MotCua.Common.Errors;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.ReviewProposals;

namespace MotCua.UnitTests.Feedback.ReviewProposals;

public sealed class ProposalRulesTests
{
    private static readonly DateTime Proposed = new(2026, 9, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly ReviewProposal Proposal = ReviewProposal.Create(Guid.NewGuid(), "PAKN.20260901.0001", Guid.NewGuid(), "1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", "Sửa đổi.", Proposed);

    [Fact]
    public void A_version_published_after_the_proposal_may_close_it() =>
        Should.NotThrow(() => ProposalRules.ClosingVersionPostdatesProposal(Proposal, Version(Proposed.AddMinutes(1))));

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_version_published_before_or_with_the_proposal_cannot_close_it(int days)
    {
        var broken = Should.Throw<BusinessRuleException>(() => ProposalRules.ClosingVersionPostdatesProposal(Proposal, Version(Proposed.AddDays(days))));

        broken.Rule.ShouldBe("VersionBeforeProposal");
        broken.Message.ShouldContain("412/QĐ-UBND");
    }

    private static PublishedVersion Version(DateTime publishedAt) => new(Guid.NewGuid(), 2, "412/QĐ-UBND", publishedAt, DateOnly.FromDateTime(publishedAt));
}
