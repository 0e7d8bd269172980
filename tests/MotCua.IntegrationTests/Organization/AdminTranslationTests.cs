using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Organization;

[Collection(SharedHosts.DemoData)]
public sealed partial class AdminTranslationTests(MotCuaFactory factory)
{
    [Theory]
    [InlineData("vi", "Cơ quan, đơn vị")]
    [InlineData("en", "Agencies")]
    public async Task Every_admin_page_is_fully_translated(string culture, string agenciesTitle)
    {
        var admin = await factory.ClientAsync("quantri");
        string agency, person;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            agency = (await db.Agencies.SingleAsync(a => a.Code == DemoProvince.HomeAffairs)).Id.ToString();
            person = (await db.Users.SingleAsync(u => u.UserName == "truongphong")).Id.ToString();
        }

        var pages = new[]
        {
            "/admin", "/admin/agencies", $"/admin/agencies/edit/{agency}", $"/admin/agencies/{agency}/units",
            $"/admin/agencies/{agency}/units/edit", "/admin/levels", "/admin/levels/edit", "/admin/people", $"/admin/people/edit/{person}",
        };
        var untranslated = new List<string>();
        foreach (var page in pages)
        {
            var html = await admin.GetStringAsync(page + "?culture=" + culture);
            untranslated.AddRange(ResourceKey().Matches(html).Select(m => page + ": " + m.Value));
        }

        untranslated.ShouldBeEmpty();
        (await admin.GetStringAsync("/admin?culture=" + culture)).ShouldContain(agenciesTitle);
    }

    [GeneratedRegex(@"\b(Admin|Agencies|Agency|Audit|Action|Kind|Role|Rule|Person|People|Unit|Units|Level|Levels|Status|Pager|Password|Identity)_[A-Z][A-Za-z]*")]
    private static partial Regex ResourceKey();
}
