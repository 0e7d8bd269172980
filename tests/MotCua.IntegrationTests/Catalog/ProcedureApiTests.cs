using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.DemoData)]
public sealed class ProcedureApiTests
{
    private readonly HttpClient _client;

    public ProcedureApiTests(MotCuaFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Search_without_diacritics_finds_the_procedure_and_ranks_the_name_match_first()
    {
        var page = await SearchAsync("/api/v1/procedures?q=dang%20ky%20ket%20hon");

        page.Total.ShouldBeGreaterThan(0);
        page.Items[0].Name.ShouldBe("Đăng ký kết hôn");
        page.Items[0].Code.ShouldBe("1.001193");
    }

    [Fact]
    public async Task Letter_d_matches_d_with_stroke_and_case_is_ignored()
    {
        var page = await SearchAsync("/api/v1/procedures?q=DANG%20KY%20KHAI%20SINH");

        page.Items.Select(i => i.Name).ShouldContain("Đăng ký khai sinh");
        page.Items.ShouldAllBe(i => i.Name.Contains("khai sinh", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_by_code_finds_exactly_that_procedure_first()
    {
        var page = await SearchAsync("/api/v1/procedures?q=2.000635");

        page.Items[0].Code.ShouldBe("2.000635");
    }

    [Fact]
    public async Task Name_matches_rank_before_matches_in_other_text()
    {
        // "trợ cấp" is in the name of the unemployment procedures and only in the result of some merit procedures.
        var page = await SearchAsync("/api/v1/procedures?q=tro%20cap&pageSize=100");

        var nameMatches = page.Items.TakeWhile(i => Normalized(i.Name).Contains("tro cap", StringComparison.Ordinal)).Count();
        nameMatches.ShouldBeGreaterThan(0);
        page.Items.Count.ShouldBeGreaterThan(nameMatches);
        page.Items.Skip(nameMatches).ShouldAllBe(i => !Normalized(i.Name).Contains("tro cap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_by_field_agency_level_and_online_level_combine()
    {
        var civilStatus = await SearchAsync("/api/v1/procedures?field=HOTICH&pageSize=100");
        var commune = await SearchAsync("/api/v1/procedures?agency=H99.50&level=XA&online=full&pageSize=100");
        var education = await SearchAsync("/api/v1/procedures?agency=H99.12&pageSize=100");

        civilStatus.Total.ShouldBeGreaterThan(5);
        civilStatus.Items.ShouldAllBe(i => i.FieldCode == "HOTICH");
        commune.Total.ShouldBeGreaterThan(0);
        commune.Items.ShouldAllBe(i => i.OnlineLevel == "Full" && i.Agencies.Contains("UBND xã An Bình"));
        education.Items.ShouldAllBe(i => i.FieldCode == "GDNN");
    }

    [Fact]
    public async Task Results_are_paged_with_total_and_a_page_past_the_end_is_empty()
    {
        var first = await SearchAsync("/api/v1/procedures");
        var second = await SearchAsync("/api/v1/procedures?page=2&pageSize=20");
        var beyond = await SearchAsync("/api/v1/procedures?page=99");

        first.PageSize.ShouldBe(20);
        first.Items.Count.ShouldBe(20);
        first.Total.ShouldBe(DemoCatalog.Procedures.Count - 1, "the abolished demo procedure is not listed");
        second.Page.ShouldBe(2);
        second.Items.Select(i => i.Code).ShouldNotContain(first.Items[0].Code);
        beyond.Items.ShouldBeEmpty();
        beyond.Total.ShouldBe(first.Total);
    }

    [Fact]
    public async Task Abolished_procedure_is_not_listed_and_its_detail_is_gone()
    {
        var page = await SearchAsync("/api/v1/procedures?q=" + DemoCatalog.AbolishedCode);
        var detail = await _client.GetAsync("/api/v1/procedures/" + DemoCatalog.AbolishedCode);

        page.Items.ShouldBeEmpty();
        detail.StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    [InlineData("online=level4", "online")]
    [InlineData("online=1", "online")]
    public async Task Bad_parameters_are_a_400_validation_problem_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/procedures?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out var messages).ShouldBeTrue();
        messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Procedure_detail_carries_every_published_component()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/procedures/2.000635"));
        var p = json.RootElement;

        p.GetProperty("code").GetString().ShouldBe("2.000635");
        p.GetProperty("name").GetString()!.ShouldStartWith("Cấp Phiếu lý lịch tư pháp");
        p.GetProperty("field").GetProperty("code").GetString().ShouldBe("LLTP");
        p.GetProperty("levels")[0].GetProperty("code").GetString().ShouldBe("TINH");
        p.GetProperty("agencies")[0].GetProperty("code").GetString().ShouldBe("H99.11");
        p.GetProperty("sequence").GetString().ShouldNotBeNullOrWhiteSpace();
        p.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Direct", "Online", "Postal"]);
        p.GetProperty("processingTime").GetProperty("amount").GetInt32().ShouldBe(10);
        p.GetProperty("processingTime").GetProperty("unit").GetString().ShouldBe("WorkingDays");
        p.GetProperty("processingTime").GetProperty("cutOff").GetString().ShouldBe("15:00:00");
        p.GetProperty("subjects").GetString().ShouldNotBeNullOrWhiteSpace();
        p.GetProperty("result").GetString().ShouldNotBeNullOrWhiteSpace();
        p.GetProperty("onlineLevel").GetString().ShouldBe("Full");
        p.GetProperty("dossierComponents").GetArrayLength().ShouldBe(3);
        p.GetProperty("dossierComponents")[0].GetProperty("formTemplateName").GetString().ShouldNotBeNull();
        p.GetProperty("fees")[0].GetProperty("amountVnd").GetInt64().ShouldBe(200_000);
        p.GetProperty("legalBases")[0].GetProperty("number").GetString().ShouldBe("28/2009/QH12");
        p.GetProperty("publication").GetProperty("number").GetString().ShouldBe(DemoCatalog.Publication.Number);
    }

    [Fact]
    public async Task Amended_procedure_serves_its_latest_version()
    {
        var detail = await _client.GetFromJsonAsync<JsonElement>("/api/v1/procedures/" + DemoCatalog.Amended[0]);

        detail.GetProperty("version").GetInt32().ShouldBe(2);
        detail.GetProperty("publication").GetProperty("number").GetString().ShouldBe(DemoCatalog.Amendment.Number);
    }

    [Theory]
    [InlineData("9.999999")]
    [InlineData("khong-co-ma-nay-dai-hon-hai-muoi-ky-tu")]
    public async Task Unknown_code_is_a_404_problem(string code)
    {
        var response = await _client.GetAsync("/api/v1/procedures/" + code);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy thủ tục hành chính");
    }

    [Fact]
    public async Task An_unknown_code_asked_in_english_is_a_404_problem_in_english()
    {
        var response = await _client.GetAsync("/api/v1/procedures/9.999999?culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("Administrative procedure not found.");
        problem.GetProperty("detail").GetString().ShouldBe("No administrative procedure in force has the code '9.999999'.");
    }

    private async Task<PageDto> SearchAsync(string url)
    {
        var response = await _client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PageDto>())!;
    }

    private static string Normalized(string text) => MotCua.Modules.Catalog.SearchText.Normalize(text);

    private sealed record PageDto(List<ItemDto> Items, int Total, int Page, int PageSize);

    private sealed record ItemDto(string Code, string Name, string FieldCode, string FieldName, string OnlineLevel, List<string> Agencies);
}
