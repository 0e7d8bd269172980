using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The per-client limit of sending without an account (<c>Feedback:SubmissionsPer10Minutes</c>).</summary>
public sealed class GuestLimitTests(GuestLimitFactory factory) : IClassFixture<GuestLimitFactory>
{
    [Fact]
    public async Task A_guest_over_the_limit_gets_429_and_nothing_is_stored_while_a_signed_in_citizen_still_sends()
    {
        var guest = await factory.ClientAsync(null);
        (await guest.SendAsync(FeedbackPortalSteps.Form())).Code.ShouldNotBeNull();
        (await guest.SendAsync(FeedbackPortalSteps.Form())).Code.ShouldNotBeNull();
        int before;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            before = await db.Petitions.CountAsync();
        }

        var (refused, _, message) = await guest.SendAsync(FeedbackPortalSteps.Form());
        var form = await guest.GetAsync("/gui-pakn");
        var citizen = await factory.RegisterCitizenAsync("Trịnh Văn Sơn", "son.trinh.pakn@example.vn");
        var fields = FeedbackPortalSteps.Form();
        fields["Input.Email"] = "son.trinh.pakn@example.vn";
        var (_, signedIn, _) = await citizen.SendAsync(fields);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        message.ShouldNotBeEmpty();
        form.StatusCode.ShouldBe(HttpStatusCode.OK, "reading the form is never counted");
        signedIn.ShouldNotBeNull();
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Petitions.CountAsync()).ShouldBe(before + 1);
        }
    }
}
