using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The control officers' list of review proposals and its decisions (ADR-046 §6), and where the catalogue shows them.</summary>
public sealed class ReviewProposalsTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    // Demo procedures no demo PAKN proposes to review.
    private const string Procedure = "1.009811";
    private const string OtherProcedure = "2.001955";

    [Fact]
    public async Task An_approved_well_founded_proposal_is_listed_with_its_feedback_and_answer_and_on_the_procedures_management_page()
    {
        var token = PublishedPetitions.Token();
        var codes = await factory.ArrangeAsync(Proposing(Procedure, token));
        var client = await factory.ClientAsync("kiemsoat");

        var list = WebUtility.HtmlDecode(await client.GetStringAsync($"/feedback/proposals?ma={Procedure}"));
        var management = WebUtility.HtmlDecode(await client.GetStringAsync($"/catalog/procedures/{Procedure}"));

        list.ShouldContain($"Từ PAKN {codes[0]}");
        list.ShouldContain($"Đề nghị sửa quy định {token}");
        management.ShouldContain($"Từ PAKN {codes[0]}");
        management.ShouldContain($"/feedback/proposals?ma={Procedure}");
    }

    [Fact]
    public async Task Closing_against_a_version_published_after_the_proposal_closes_it_and_the_public_answer_names_the_decision()
    {
        var token = PublishedPetitions.Token();
        var version = await LatestVersionAsync(Procedure);
        var codes = await factory.ArrangeAsync(Proposing(Procedure, token) with { At = version.PublishedAt.AddDays(-2) });
        var proposal = await ProposalAsync(codes[0]);
        var client = await factory.ClientAsync("kiemsoat");

        var response = await client.SubmitFormAsync($"/feedback/proposals?ma={Procedure}",
            [new("id", proposal.Id.ToString()), new("revision", proposal.Revision.ToString()), new("versionId", version.VersionId.ToString())],
            $"/feedback/proposals?ma={Procedure}&handler=Close");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await ProposalAsync(codes[0]);
        closed.State.ShouldBe(ReviewProposalState.ClosedByVersion);
        closed.ClosedByVersionId.ShouldBe(version.VersionId);
        closed.ClosedByName.ShouldBe("Vũ Thị Giang");
        var answer = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/phan-anh-kien-nghi/" + codes[0]));
        answer.ShouldContain($"Thủ tục đã được sửa đổi tại quyết định {version.DecisionNumber}");
    }

    [Fact]
    public async Task A_version_published_before_the_proposal_is_refused_with_a_message()
    {
        var version = await LatestVersionAsync(OtherProcedure);
        var codes = await factory.ArrangeAsync(Proposing(OtherProcedure, PublishedPetitions.Token()));
        var proposal = await ProposalAsync(codes[0]);
        var client = await factory.ClientAsync("kiemsoat");

        var response = await client.SubmitFormAsync($"/feedback/proposals?ma={OtherProcedure}",
            [new("id", proposal.Id.ToString()), new("revision", proposal.Revision.ToString()), new("versionId", version.VersionId.ToString())],
            $"/feedback/proposals?ma={OtherProcedure}&handler=Close");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("được công bố trước khi có đề xuất nên không thể dùng để đóng đề xuất");
        (await ProposalAsync(codes[0])).State.ShouldBe(ReviewProposalState.Open);
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_a_stale_form_gets_a_clear_message()
    {
        var codes = await factory.ArrangeAsync(Proposing(OtherProcedure, PublishedPetitions.Token()));
        var proposal = await ProposalAsync(codes[0]);
        var client = await factory.ClientAsync("kiemsoat");
        var url = $"/feedback/proposals?ma={OtherProcedure}&handler=Decline";
        var antiforgery = SignIn.AntiforgeryToken(await client.GetStringAsync($"/feedback/proposals?ma={OtherProcedure}"));
        Task<HttpResponseMessage> DeclineAsync(string reason) => client.PostAsync(url, new FormUrlEncodedContent(
            [new("id", proposal.Id.ToString()), new("revision", proposal.Revision.ToString()), new("reason", reason), new("__RequestVerificationToken", antiforgery)]));

        var blank = await DeclineAsync(" ");
        var declined = await DeclineAsync("Quy định thuộc thẩm quyền trung ương.");
        var stale = await DeclineAsync("Lần nữa.");

        blank.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()).ShouldContain("Nhập lý do không tiếp thu");
        declined.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác xử lý");
        var final = await ProposalAsync(codes[0]);
        final.State.ShouldBe(ReviewProposalState.Declined);
        final.DeclineReason.ShouldBe("Quy định thuộc thẩm quyền trung ương.");
    }

    [Theory]
    [InlineData("chuyenvien")]
    [InlineData("congdan")]
    [InlineData(null)]
    public async Task Only_control_officers_and_administrators_open_the_proposals(string? account)
    {
        var client = await factory.ClientAsync(account);

        var response = await client.GetAsync("/feedback/proposals");

        (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Found).ShouldBeTrue();
        if (response.Headers.Location is { } location)
        {
            location.ToString().ShouldContain(account is null ? "/account/login" : "/account/denied");
        }
    }

    private static ArrangedPetition Proposing(string procedure, string token) =>
        new($"Quy định của thủ tục không phù hợp {token}", $"Đề nghị sửa quy định {token}")
        {
            Procedure = procedure, Agency = DemoProvince.HomeAffairs, Unit = "LDVL",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.ProposeAmendOrAbolish,
        };

    private async Task<PublishedVersion> LatestVersionAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out _);
        return (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().VersionsAsync(code, CancellationToken.None))[^1];
    }

    private async Task<ReviewProposal> ProposalAsync(string petitionCode)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.ReviewProposals.AsNoTracking().SingleAsync(p => p.PetitionCode == petitionCode);
    }
}
