using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using Microsoft.AspNetCore.Http;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>The in-memory search (ADR-008) against the database it mirrors, and its refresh when the catalogue changes.</summary>
public sealed class PublishedCatalogCacheTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public PublishedCatalogCacheTests(MotCuaFactory factory) => _factory = factory;

    public static TheoryData<string?, string?, string?, string?, string?, bool> Queries => new()
    {
        { null, null, null, null, null, true },
        { "dang ky", null, null, null, null, true },
        { "DANG KY KET HON", null, null, null, null, true },
        { "đăng ký khai sinh", null, null, null, null, true },
        { "chung thuc", null, null, null, null, true },
        { "2.000", null, null, null, null, true },
        { "nguoi co cong", null, null, null, "full", true },
        { "tro cap", null, DemoProvince.HomeAffairs, null, null, true },
        { null, null, DemoProvince.CommuneTanPhu, "XA", null, true },
        { null, null, null, "TINH", "partial", true },
        { "zzz khong co", null, null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_finds_exactly_what_the_database_query_finds(string? text, string? field, string? agency, string? level, string? online, bool matches)
    {
        var client = _factory.CreateClient();
        var found = new List<string>();
        int total;
        var page = 1;
        do
        {
            var url = QueryString.Create(new Dictionary<string, string?>
            {
                ["q"] = text, ["field"] = field, ["agency"] = agency, ["level"] = level, ["online"] = online,
                ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture), ["pageSize"] = "100",
            }.Where(p => p.Value is not null));
            var result = await client.GetFromJsonAsync<PageDto>("/api/v1/procedures" + url.ToUriComponent());
            found.AddRange(result!.Items.Select(i => i.Code));
            total = result.Total;
            page++;
        }
        while (found.Count < total);

        var expected = await DatabaseQueryAsync(text, field, agency, level, online is null ? null : Enum.Parse<OnlineServiceLevel>(online, ignoreCase: true));
        (expected.Count > 0).ShouldBe(matches);
        found.Count.ShouldBe(total);
        found.ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task A_procedure_published_on_another_node_is_found_by_the_next_search_here()
    {
        var client = _factory.CreateClient();
        var name = "Thủ tục thử nút thứ hai " + Guid.NewGuid().ToString("N")[..6];
        (await SearchTotalAsync(client, SearchText.Normalize(name))).ShouldBe(0);

        await using var second = _factory.CreateSecondNode();
        var field = await CatalogAdminArrange.FieldAsync(second);
        await CatalogAdminArrange.ProcedureAsync(second, field, name, publish: true);

        (await SearchTotalAsync(client, SearchText.Normalize(name))).ShouldBe(1);
    }

    [Fact]
    public async Task Renaming_an_agency_shows_in_the_next_results_and_unrelated_saves_keep_the_stamp()
    {
        var client = _factory.CreateClient();
        await SearchTotalAsync(client, "dang ky ket hon");
        var before = await StampAsync(_factory);

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            db.AuditEntries.Add(new AuditEntry { Id = Guid.CreateVersion7(), AtUtc = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc), UserName = "test", Action = "Test", EntityType = "Test", EntityId = "1", Summary = "" });
            await db.SaveChangesAsync();
        }

        (await StampAsync(_factory)).ShouldBe(before);

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var commune = await db.Agencies.SingleAsync(a => a.Code == DemoProvince.CommuneTanPhu);
            commune.ShortName = "UBND xã Tân Phú (đổi tên)";
            await db.SaveChangesAsync();
        }

        (await StampAsync(_factory)).ShouldNotBe(before);
        var page = await client.GetFromJsonAsync<PageDto>($"/api/v1/procedures?q=dang%20ky%20ket%20hon&agency={DemoProvince.CommuneTanPhu}");
        page!.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(i => i.Agencies.Contains("UBND xã Tân Phú (đổi tên)"));
    }

    private async Task<List<string>> DatabaseQueryAsync(string? text, string? field, string? agency, string? level, OnlineServiceLevel? online)
    {
        await using var scope = _factory.CreateDbScope(out var db);
        var versions = db.ProcedureVersions.Where(v => v.Status == VersionStatus.Published);
        versions = field is null ? versions : versions.Where(v => v.Field!.Code == field);
        versions = agency is null ? versions : versions.Where(v => v.Agencies.Any(a => a.Agency!.Code == agency));
        versions = level is null ? versions : versions.Where(v => v.Levels.Any(l => l.Level!.Code == level));
        versions = online is null ? versions : versions.Where(v => v.OnlineLevel == online);
        foreach (var word in SearchText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            versions = versions.Where(v => v.SearchText.Contains(word));
        }

        return await versions.Select(v => v.Procedure!.Code).ToListAsync();
    }

    private static async Task<int> SearchTotalAsync(HttpClient client, string text) =>
        (await client.GetFromJsonAsync<PageDto>("/api/v1/procedures?q=" + Uri.EscapeDataString(text)))!.Total;

    private static async Task<Guid> StampAsync(MotCuaFactory factory)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.CatalogStamps.Select(s => s.Value).SingleAsync();
    }

    private sealed record ItemDto(string Code, string Name, List<string> Agencies);

    private sealed record PageDto(List<ItemDto> Items, int Total);
}
