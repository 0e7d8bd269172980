using System.Net;
using AngleSharp.Html.Parser;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>The officers' list search ignores diacritics and case on every provider, for names and codes alike.</summary>
[Collection(SharedHosts.Catalogue)]
public sealed class CatalogAdminSearchTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Same_words_with_or_without_diacritics_and_in_any_case_find_the_same_procedures()
    {
        var client = await factory.ClientAsync("kiemsoat");

        var plain = await ListAsync(client, "DANG KY");
        var accented = await ListAsync(client, "đăng ký");
        var titled = await ListAsync(client, "Đăng Ký");
        var upper = await ListAsync(client, "ĐĂNG  KÝ");

        plain.Total.ShouldBeGreaterThan(3);
        (await ListAsync(client, "ĐĂNG KÝ KẾT HÔN")).Codes.ShouldContain("1.001193");
        accented.ShouldBe(plain);
        titled.ShouldBe(plain);
        upper.ShouldBe(plain);
    }

    [Fact]
    public async Task A_draft_is_found_by_its_name_typed_in_capitals_without_diacritics()
    {
        var field = await FieldAsync(factory);
        var tag = UniqueCode("");
        var code = await ProcedureAsync(factory, field, $"Xác nhận tình trạng hôn nhân Đồng Xuân {tag}", publish: false);
        var client = await factory.ClientAsync("kiemsoat");

        var capitals = await ListAsync(client, $"XAC NHAN TINH TRANG HON NHAN DONG XUAN {tag.ToUpperInvariant()}");
        var mixed = await ListAsync(client, $"tình TRẠNG hôn nhân đồng xuân {tag}");

        capitals.Codes.ShouldBe([code]);
        mixed.Codes.ShouldBe([code]);
    }

    [Fact]
    public async Task Code_is_found_whatever_the_case_of_its_letters()
    {
        var field = await FieldAsync(factory);
        var code = await ProcedureAsync(factory, field, "Thủ tục tìm theo mã", publish: true, code: UniqueCode("Tk.") + "AB");
        var client = await factory.ClientAsync("kiemsoat");

        var lower = await ListAsync(client, code.ToLowerInvariant());
        var upper = await ListAsync(client, code.ToUpperInvariant());

        lower.Codes.ShouldBe([code]);
        upper.Codes.ShouldBe([code]);
    }

    [Fact]
    public async Task Abolished_procedure_is_found_by_its_name_without_diacritics_and_by_its_code()
    {
        var client = await factory.ClientAsync("quantri");

        var byName = await ListAsync(client, "GUI THOA UOC LAO DONG TAP THE CAP DOANH NGHIEP");
        var byCode = await ListAsync(client, DemoCatalog.AbolishedCode);

        byName.Codes.ShouldContain(DemoCatalog.AbolishedCode);
        byCode.Codes.ShouldBe([DemoCatalog.AbolishedCode]);
    }

    [Fact]
    public async Task Sorting_by_name_ignores_diacritics_and_case()
    {
        var field = await FieldAsync(factory);
        var tag = UniqueCode("");
        var first = await ProcedureAsync(factory, field, $"ạ thủ tục sắp xếp {tag}", publish: false);
        var second = await ProcedureAsync(factory, field, $"B thủ tục sắp xếp {tag}", publish: false);
        var third = await ProcedureAsync(factory, field, $"đ thủ tục sắp xếp {tag}", publish: false);
        var client = await factory.ClientAsync("kiemsoat");

        var list = await ListAsync(client, $"thu tuc sap xep {tag}", "&sort=name");

        list.Codes.ShouldBe([first, second, third]);
    }

    private static async Task<Listing> ListAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync("/catalog?q=" + Uri.EscapeDataString(query) + extra);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var rows = page.QuerySelectorAll("table.procedures tbody tr");
        var count = page.QuerySelector("h1 ~ p.muted")!.TextContent.Trim();
        return new Listing(
            int.Parse(count.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture),
            rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList());
    }

    private sealed record Listing(int Total, IReadOnlyList<string> Codes)
    {
        public bool Equals(Listing? other) => other is not null && Total == other.Total && Codes.SequenceEqual(other.Codes);

        public override int GetHashCode() => Total;
    }
}
