using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests.Dossiers;

[Collection(BrowserCollection.Name)]
public sealed class LedgerTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_ledger_scrolls_its_table_on_a_phone_and_prints_without_the_filter()
    {
        var code = await AcceptAsync();
        var page = await browser.NewPageAsync(360, 740);
        await page.GotoAsync("/account/login");
        await page.Locator("[name='Input.UserName']").FillAsync("motcua");
        await page.Locator("[name='Input.Password']").FillAsync(DemoProvince.DemoPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));

        await page.GotoAsync("/dossiers");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sổ theo dõi hồ sơ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem sổ" }).ClickAsync();

        (await page.Locator("table.ledger-table").InnerTextAsync()).ShouldContain(code);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        (await page.EvaluateAsync<bool>("(() => { const w = document.querySelector('.table-wrap'); return w.scrollWidth > w.clientWidth; })()")).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "dossier-ledger-360");

        await page.SetViewportSizeAsync(1280, 900);
        await BrowserFixture.ScreenshotAsync(page, "dossier-ledger");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".ledger-filter").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator(".ledger-exports").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("table.ledger-table").IsVisibleAsync()).ShouldBeTrue();
    }

    /// <summary>A marriage registration accepted at the service centre, through the desk's own intake; its code.</summary>
    private async Task<string> AcceptAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        var db = services.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        var centre = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        var input = new IntakeInput
        {
            ProcedureCode = procedure.Code,
            Name = "Trần Văn Sổ",
            IdentityNumber = "037092001234",
            Address = "Số 7, thôn Tây, xã An Bình",
            Phone = "0912345678",
            Channel = "Direct",
            ReturnMethod = "Counter",
            SetCount = 1,
            Components = procedure.Components.Select(c => new ComponentInput { Position = c.Position, Provided = true }).ToList(),
        };
        var dossier = await services.GetRequiredService<DeskIntake>().DecideAsync(input, procedure, DeskDecision.Accept, centre, new Actor(null, "Trần Thị Bình", null), null, CancellationToken.None);
        return dossier.Code!;
    }
}
