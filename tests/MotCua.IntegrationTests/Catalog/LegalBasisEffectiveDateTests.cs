using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>The effective date of the act a version implements (ADR-062): entered on the form, checked, kept and shown.</summary>
[Collection(SharedHosts.Catalogue)]
public sealed class LegalBasisEffectiveDateTests(MotCuaFactory factory)
{
    [Fact]
    public async Task The_acts_effective_date_is_refused_outside_the_supported_years_and_otherwise_saved_and_shown_with_the_version()
    {
        var field = await FieldAsync(factory);
        var client = await factory.ClientAsync("kiemsoat");
        var code = UniqueCode("H.");

        var refused = await PostFormAsync(client, "/catalog/new", "/catalog/new",
            [.. NewProcedureForm(code, "Hiệu lực văn bản", field), new("Input.LegalBasisEffectiveDate", "1899-12-31")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Ngày có hiệu lực của văn bản phải trong các năm 2000–2199.");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Procedures.AnyAsync(p => p.Code == code)).ShouldBeFalse();
        }

        var created = await PostFormAsync(client, "/catalog/new", "/catalog/new",
            [.. NewProcedureForm(code, "Hiệu lực văn bản", field), new("Input.LegalBasisEffectiveDate", "2026-03-20")]);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.ProcedureVersions.AsNoTracking().Where(v => v.Procedure!.Code == code).Select(v => v.LegalBasisEffectiveDate).SingleAsync())
                .ShouldBe(new DateOnly(2026, 3, 20));
        }

        (await client.GetStringAsync($"/catalog/procedures/{code}/edit")).ShouldContain("value=\"2026-03-20\"");
        WebUtility.HtmlDecode(await client.GetStringAsync($"/catalog/procedures/{code}/versions/1")).ShouldContain("Ngày có hiệu lực của văn bản quy định thủ tục: 20/03/2026");
    }
}
