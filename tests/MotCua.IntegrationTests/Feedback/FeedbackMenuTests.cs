using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Feedback;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The main menu's PAKN links are shown to exactly those the pages let in, the province-wide roles included.</summary>
[Collection(SharedHosts.DemoData)]
public sealed class FeedbackMenuTests(MotCuaFactory factory)
{
    [Theory]
    [InlineData("vanphong")]
    [InlineData("quantri")]
    public async Task A_province_wide_officer_sees_the_inbox_link_counting_every_agencys_new_petitions_and_the_inbox_opens(string userName)
    {
        var client = await factory.ClientAsync(userName);

        var link = (await MenuAsync(client)).QuerySelector("#main-menu a[href='/feedback']").ShouldNotBeNull();

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var count = await db.Petitions.CountAsync(p => p.Status == PetitionStatus.New);
            link.QuerySelector(".count").ShouldNotBeNull().TextContent.ShouldBe(count.ToString(CultureInfo.InvariantCulture));
        }

        (await client.GetAsync("/feedback")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_citizen_sees_no_staff_petition_link_and_the_staff_pages_refuse_them()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Xem Trình Đơn PAKN", $"menu.pakn.{Guid.NewGuid():N}@example.vn");

        var menu = await MenuAsync(citizen);

        menu.QuerySelector("#main-menu a[href='/feedback']").ShouldBeNull();
        menu.QuerySelector("#main-menu a[href='/feedback/desk']").ShouldBeNull();
        (await citizen.GetAsync("/feedback")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await citizen.GetAsync("/feedback/desk")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("motcua")]
    [InlineData("chuyenvien")]
    [InlineData("truongphong")]
    [InlineData("giamdoc")]
    [InlineData("kiemsoat")]
    [InlineData("vanphong")]
    [InlineData("quantri")]
    public async Task Each_staff_role_sees_a_petition_link_exactly_when_its_page_lets_them_in(string userName)
    {
        var client = await factory.ClientAsync(userName);

        var menu = await MenuAsync(client);

        foreach (var path in new[] { "/feedback", "/feedback/desk" })
        {
            var opens = (await client.GetAsync(path)).StatusCode == HttpStatusCode.OK;
            (menu.QuerySelector($"#main-menu a[href='{path}']") is not null).ShouldBe(opens, $"{userName}: {path}");
        }
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> MenuAsync(HttpClient client) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures"));
}
