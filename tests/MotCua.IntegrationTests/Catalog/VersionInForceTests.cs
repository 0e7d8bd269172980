using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>
/// A published version is in force only from its decision's effective date (ADR-031): the counter, the API, the public
/// search and the procedure page follow the injected clock's local date, with no save at midnight. The amendment and the
/// new procedure share one host, each putting the clock back to <see cref="ClockedFactory.Start"/>; the abolition of the
/// procedure the amendment changes has a host of its own.
/// </summary>
public sealed class VersionInForceTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string Code = "1.001193";
    private const string AmendedName = "Đăng ký kết hôn (sửa đổi từ tuần sau)";

    // The clock starts on Monday 07/12/2026; the decisions take effect on Monday 14/12/2026.
    private static readonly DateOnly NextWeek = new(2026, 12, 14);

    [Fact]
    public async Task An_amendment_effective_next_week_is_what_the_counter_and_the_public_get_only_from_that_date()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var old = (await FindAsync(factory, Code))!;
        var client = factory.CreateClient();
        (await SearchNamesAsync(client, "dang ky ket hon")).ShouldContain(old.Name, "the public search is built once before the amendment");
        await AmendAsync(factory);

        (await FindAsync(factory, Code))!.VersionId.ShouldBe(old.VersionId);
        (await SearchNamesAsync(client, "dang ky ket hon")).ShouldNotContain(AmendedName);
        (await StaffPickerAsync(factory)).ShouldNotContain(AmendedName);
        (await PageTitleAsync(client, Code)).ShouldBe(old.Name);
        var received = await SubmitAsync(factory, Code);
        received.StatusCode.ShouldBe(HttpStatusCode.Created, await received.Content.ReadAsStringAsync());
        var dossierCode = JsonDocument.Parse(await received.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

        factory.Clock.SetUtcNow(new DateTimeOffset(NextWeek.ToDateTime(new TimeOnly(0, 1)), VietnamTime.Offset));

        var amended = (await FindAsync(factory, Code))!;
        amended.Name.ShouldBe(AmendedName, "the cached version of last week is not served on the new date");
        (await SearchNamesAsync(client, "dang ky ket hon")).ShouldContain(AmendedName);
        (await StaffPickerAsync(factory)).ShouldContain(AmendedName);
        (await PageTitleAsync(client, Code)).ShouldBe(AmendedName);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Dossiers.SingleAsync(d => d.Code == dossierCode)).ProcedureVersionId.ShouldBe(old.VersionId, "a dossier keeps the version it was received under");
        var kept = await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().GetVersionAsync(old.VersionId, default);
        kept!.InForce.ShouldBeFalse();
    }

    [Fact]
    public async Task A_new_procedure_effective_later_cannot_be_applied_for_and_its_page_shows_the_date()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        const string code = "9.000031";
        await PublishNewAsync(factory, code);
        var client = factory.CreateClient();

        (await FindAsync(factory, code)).ShouldBeNull();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures/" + code));
        page.QuerySelector(".upcoming-notice")!.TextContent.ShouldContain("Thủ tục có hiệu lực từ 14/12/2026");
        page.QuerySelector("a[href^='/dich-vu-cong/']").ShouldBeNull("no application before the effective date");
        var refused = await SubmitAsync(factory, code);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain($"Thủ tục hành chính {code} có hiệu lực từ ngày 14/12/2026");
        (await client.GetAsync("/api/v1/procedures/" + code)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        factory.Clock.SetUtcNow(new DateTimeOffset(NextWeek.ToDateTime(new TimeOnly(8, 0)), VietnamTime.Offset));

        (await FindAsync(factory, code)).ShouldNotBeNull();

        // In force now, intake goes on to the next rule: no agency has approved an internal process for this new procedure.
        var after = await SubmitAsync(factory, code);
        after.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answer = await after.Content.ReadAsStringAsync();
        answer.ShouldNotContain("có hiệu lực từ ngày");
        answer.ShouldContain($"Thủ tục {code} chưa có quy trình nội bộ được phê duyệt");
    }

    [Fact]
    public async Task A_procedure_abolished_from_next_week_is_received_until_then_and_gone_from_that_date()
    {
        await using var host = new ClockedFactory();
        var old = (await FindAsync(host, Code))!;
        await AbolishAsync(host);
        var client = host.CreateClient();

        (await FindAsync(host, Code))!.VersionId.ShouldBe(old.VersionId, "in force until the abolition takes effect");
        (await PageTitleAsync(client, Code)).ShouldBe(old.Name);
        (await client.GetAsync("/api/v1/procedures/" + Code)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var received = await SubmitAsync(host, Code);
        received.StatusCode.ShouldBe(HttpStatusCode.Created, await received.Content.ReadAsStringAsync());

        host.Clock.SetUtcNow(new DateTimeOffset(NextWeek.ToDateTime(new TimeOnly(0, 1)), TimeSpan.FromHours(7)));

        (await FindAsync(host, Code)).ShouldBeNull();
        (await SubmitAsync(host, Code, old)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures/" + Code));
        page.QuerySelector(".abolished-notice")!.TextContent.ShouldContain("33/QĐ-UBND");
        (await client.GetAsync("/api/v1/procedures/" + Code)).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await SearchNamesAsync(client, "dang ky ket hon")).ShouldNotContain(old.Name);
    }

    private static async Task AbolishAsync(ClockedFactory factory)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Code);
        procedure.Abolish(new Decision("33/QĐ-UBND", new DateOnly(2026, 12, 4), NextWeek), factory.Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }

    private static async Task AmendAsync(ClockedFactory factory)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var procedure = await db.Procedures.Include(p => p.Versions).ThenInclude(v => v.Agencies).Include(p => p.Versions).ThenInclude(v => v.Levels)
            .SingleAsync(p => p.Code == Code);
        var draft = procedure.Amend(now);
        var content = draft.ToContent();
        content.Name = AmendedName;
        procedure.Revise(content, null);
        procedure.Publish(new Decision("31/QĐ-UBND", new DateOnly(2026, 12, 4), NextWeek), now);
        await db.SaveChangesAsync();
    }

    private static async Task PublishNewAsync(ClockedFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        // The first published version of the demo procedure lends its content (the amendment test may have published a second).
        var template = await db.ProcedureVersions.Include(v => v.Agencies).Include(v => v.Levels)
            .Where(v => v.Procedure!.Code == Code && v.Status == VersionStatus.Published).OrderBy(v => v.Number).FirstAsync();
        var content = template.ToContent();
        content.Name = "Thủ tục mới có hiệu lực tuần sau";
        var procedure = Procedure.Create(code, content, null, now);
        procedure.Publish(new Decision("32/QĐ-UBND", new DateOnly(2026, 12, 4), NextWeek), now);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    }

    private static async Task<PublishedProcedure?> FindAsync(ClockedFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(code, default);
    }

    private static async Task<IReadOnlyList<string>> StaffPickerAsync(ClockedFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().SearchInForceAsync("ket hon", 50, default);
        return found.Select(f => f.Name).ToList();
    }

    private static async Task<IReadOnlyList<string>> SearchNamesAsync(HttpClient client, string query)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures?q=" + Uri.EscapeDataString(query)));
        return page.QuerySelectorAll(".procedure-item h2 a").Select(a => a.TextContent.Trim()).ToList();
    }

    private static async Task<string> PageTitleAsync(HttpClient client, string code)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/procedures/" + code));
        return page.QuerySelector("h1")!.TextContent.Trim();
    }

    /// <summary>A complete paper dossier for the commune through the dossier API (the desk's checks).</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(ClockedFactory factory, string code, PublishedProcedure? components = null)
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var template = components ?? (await FindAsync(factory, Code))!;
        return await client.PostAsJsonAsync("/api/v1/dossiers", new
        {
            ProcedureCode = code,
            Applicant = new { Kind = "Individual", Name = "Lê Văn An", IdentityNumber = "001095012345", Address = "Thôn Bắc, xã An Bình", Phone = "0987654321" },
            Components = template.Components.Select(c => new { c.Position, Provided = true, Digitised = false }).ToList(),
            Channel = "Online",
            ReturnMethod = "Online",
            SetCount = 1,
        });
    }
}
