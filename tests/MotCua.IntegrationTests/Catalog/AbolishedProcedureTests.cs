using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.Catalogue)]
public sealed class AbolishedProcedureTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Page_of_a_procedure_abolished_through_the_admin_pages_shows_only_the_abolition_notice()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Cấp giấy xác nhận sắp bãi bỏ", publish: true);
        var officer = await factory.ClientAsync("kiemsoat");
        var admin = $"/catalog/procedures/{code}";
        var abolish = await PostFormAsync(officer, admin, admin + "?handler=Abolish",
            [new("Revision", "1"), new("Decision.Number", "45/QĐ-UBND"), new("Decision.SignedOn", "2026-11-02"), new("Decision.EffectiveOn", "2026-11-15")]);
        abolish.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var anonymous = await factory.ClientAsync(null);

        var response = await anonymous.GetAsync($"/procedures/{code}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var main = page.QuerySelector("main")!;
        page.QuerySelector("h1")!.TextContent.ShouldBe("Cấp giấy xác nhận sắp bãi bỏ");
        page.Title!.ShouldStartWith("Cấp giấy xác nhận sắp bãi bỏ");
        main.TextContent.ShouldContain($"Mã thủ tục: {code}");
        var notice = main.QuerySelector(".abolished-notice")!;
        notice.QuerySelector("h2")!.TextContent.ShouldBe("Thủ tục hành chính này đã bị bãi bỏ");
        Definitions(notice).ShouldBe(new Dictionary<string, string>
        {
            ["Quyết định bãi bỏ số"] = "45/QĐ-UBND",
            ["Ngày ký"] = "02/11/2026",
            ["Ngày có hiệu lực"] = "15/11/2026",
        });
        main.QuerySelectorAll("section").Length.ShouldBe(1, "nothing of the abolished content is shown");
        main.TextContent.ShouldNotContain("Tờ khai");
        main.TextContent.ShouldNotContain("100/QĐ-UBND");
    }

    [Fact]
    public async Task Page_of_the_abolished_demo_procedure_in_English_names_the_decision()
    {
        var client = await factory.ClientAsync(null);

        var response = await client.GetAsync($"/procedures/{DemoCatalog.AbolishedCode}?culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var notice = page.QuerySelector(".abolished-notice")!;
        notice.TextContent.ShouldContain("This administrative procedure has been abolished");
        Definitions(notice)["Abolishing decision no."].ShouldBe(DemoCatalog.Abolition.Number);
        Definitions(notice)["In effect from"].ShouldBe("01/07/2026");
    }

    [Fact]
    public async Task Api_answers_410_gone_with_a_problem_naming_the_abolition_decision()
    {
        var client = await factory.ClientAsync(null);

        var response = await client.GetAsync("/api/v1/procedures/" + DemoCatalog.AbolishedCode);

        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = json.RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(410);
        problem.GetProperty("title").GetString().ShouldBe("Thủ tục hành chính đã bị bãi bỏ.");
        problem.GetProperty("detail").GetString().ShouldBe(
            $"Thủ tục hành chính '{DemoCatalog.AbolishedCode}' đã bị bãi bỏ theo Quyết định số 977/QĐ-UBND ngày 02/06/2026, có hiệu lực từ ngày 01/07/2026.");
        problem.GetProperty("code").GetString().ShouldBe(DemoCatalog.AbolishedCode);
        var decision = problem.GetProperty("abolitionDecision");
        decision.GetProperty("number").GetString().ShouldBe("977/QĐ-UBND");
        decision.GetProperty("date").GetString().ShouldBe("2026-06-02");
        decision.GetProperty("effectiveDate").GetString().ShouldBe("2026-07-01");
    }

    [Fact]
    public async Task Draft_that_was_never_published_is_still_a_404_on_page_and_api()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Dự thảo chưa công bố", publish: false);
        var client = await factory.ClientAsync(null);

        (await client.GetAsync($"/procedures/{code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/procedures/{code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_404_and_410_problems_of_the_detail()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var responses = document.RootElement.GetProperty("paths").GetProperty("/api/v1/procedures/{code}").GetProperty("get").GetProperty("responses");

        responses.TryGetProperty("200", out _).ShouldBeTrue();
        responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        responses.GetProperty("410").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
    }

    private static Dictionary<string, string> Definitions(AngleSharp.Dom.IElement element) =>
        element.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
}
