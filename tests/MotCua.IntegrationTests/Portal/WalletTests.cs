using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Portal.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Portal;

[Collection(SharedHosts.Online)]
public sealed partial class WalletTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Accepted_components_enter_the_wallet_and_a_later_application_reuses_one_which_the_desk_sees()
    {
        var citizen = await factory.RegisterCitizenAsync("Phan Thị Ví", $"vi.{Guid.NewGuid():N}@example.vn");
        var first = await SubmitGraveVisitAsync(citizen);
        (await citizen.GetStringAsync("/kho-du-lieu")).ShouldContain("Kho chưa có giấy tờ nào", customMessage: "nothing before the desk accepts");
        var desk = await factory.ClientAsync("motcua");
        (await desk.SubmitFormAsync($"/dossiers/receive?dossier={first}", DeskForm(2, "Accept"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var wallet = await citizen.GetStringAsync("/kho-du-lieu");
        wallet.ShouldContain("Giấy báo tin mộ liệt sĩ");
        wallet.ShouldContain("Bạn tải lên, đã được tiếp nhận");
        var url = await StartAsync(citizen, GraveVisitCode);
        var page = await citizen.GetStringAsync(url);
        page.ShouldContain("Dùng giấy tờ đã có trong kho dữ liệu của bạn");
        var document = await DocumentIdAsync("Giấy báo tin mộ liệt sĩ", first);

        var used = await citizen.SubmitFormAsync(url, [.. GraveVisitForm(), new("position", "2"), new("document-2", document.ToString())], url + "?handler=UseWallet");
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DraftAsync(factory, url)).Values.ShouldContain("Nguyễn Văn Bảy", customMessage: "what was typed before choosing the document is saved with it");
        await UploadAsync(citizen, url, 1, Pdf, "don-lan-hai.pdf");
        var submitted = await citizen.SubmitFormAsync(url, GraveVisitForm(), url + "?handler=Submit");
        var second = Guid.Parse(DossierId().Match(submitted.Headers.Location!.OriginalString).Value);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == second);
            dossier.Components.Single(c => c.Position == 2).Reused.ShouldBeTrue();
            dossier.Components.Single(c => c.Position == 1).Reused.ShouldBeFalse();
            var reusedFile = await db.DossierAttachments.SingleAsync(a => a.DossierId == second && a.ComponentPosition == 2);
            var original = await db.WalletDocuments.SingleAsync(w => w.Id == document);
            reusedFile.StoragePath.ShouldBe(original.StoragePath, "the same stored file, not a copy");
        }

        var check = await desk.GetStringAsync($"/dossiers/receive?dossier={second}");
        check.ShouldContain("Tái sử dụng từ kho dữ liệu");
    }

    [Fact]
    public async Task Another_citizens_wallet_document_cannot_be_used_or_downloaded()
    {
        var owner = await factory.RegisterCitizenAsync("Chủ Kho", $"chukho.{Guid.NewGuid():N}@example.vn");
        var dossier = await SubmitGraveVisitAsync(owner);
        var desk = await factory.ClientAsync("motcua");
        await desk.SubmitFormAsync($"/dossiers/receive?dossier={dossier}", DeskForm(2, "Accept"));
        await owner.GetStringAsync("/kho-du-lieu");
        var document = await DocumentIdAsync("Giấy báo tin mộ liệt sĩ", dossier);
        var thief = await factory.RegisterCitizenAsync("Kẻ Mượn Kho", $"muon.{Guid.NewGuid():N}@example.vn");
        var url = await StartAsync(thief, GraveVisitCode);

        var use = await thief.SubmitFormAsync(url, [new("position", "2"), new("document-2", document.ToString())], url + "?handler=UseWallet");

        use.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await thief.GetAsync($"/kho-du-lieu/{document}/tep")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var own = await owner.GetAsync($"/kho-du-lieu/{document}/tep");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        await using var scope = factory.CreateDbScope(out var db);
        (await db.OnlineApplicationFiles.AnyAsync(f => f.WalletDocumentId == document)).ShouldBeFalse();
    }

    private async Task<Guid> DocumentIdAsync(string title, Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.WalletDocuments.Where(w => w.Title == title && w.SourceDossierId == dossierId && w.Origin == WalletOrigin.UploadedByCitizen).Select(w => w.Id).SingleAsync();
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex DossierId();
}
