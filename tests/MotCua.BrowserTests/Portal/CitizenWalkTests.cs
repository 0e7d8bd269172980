using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Common.Files;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.BrowserTests.Portal;

/// <summary>
/// The citizen's whole online path in a real browser on a 360 px phone: registers, applies online for a licence with its
/// e-form, takes one document from the wallet, pays the fee through the simulated gateway, completes the dossier when the
/// desk asks, follows the processing, downloads the electronic result and rates the handling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenWalkTests(BrowserFixture browser)
{
    private const string Licence = "1.000362";

    private static readonly FilePayload Pdf = new() { Name = "giay-to.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

    [Fact]
    public async Task A_citizen_applies_online_reusing_a_wallet_document_pays_completes_receives_the_result_and_rates_it()
    {
        var email = $"hai.{Guid.NewGuid():N}@example.vn";
        var phone = await browser.NewPageAsync(360, 740);
        await RegisterAsync(phone, "Trịnh Văn Hải", email);
        await ArrangeWalletDocumentAsync(email, "Giấy chứng nhận đã thực hiện ký quỹ");

        // The procedure page leads to the online application.
        await phone.GotoAsync("/procedures/" + Licence);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Nộp hồ sơ trực tuyến" }).ClickAsync();
        (await phone.Locator(".notice").First.InnerTextAsync()).ShouldContain("một phần");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu" }).ClickAsync();
        await phone.WaitForURLAsync("**/ho-so-truc-tuyen/**");
        var application = phone.Url;

        await phone.Locator("#IdentityNumber").FillAsync("001085012345");
        await phone.Locator("#Address").FillAsync("Số 9 Tràng Thi, phường Hồng Hà");
        await phone.Locator("#Phone").FillAsync("0915 111 333");
        await phone.Locator("#f_tenDoanhNghiep").FillAsync("Công ty TNHH Việc Làm Hải");
        await phone.Locator("#f_maSoDoanhNghiep").FillAsync("0105559999");
        foreach (var address in new[] { "triSo", "diaDiem" })
        {
            await phone.Locator($"#f_{address}-street").FillAsync("Số 9 Tràng Thi");
            await phone.Locator($"#f_{address}-ward").FillAsync("Phường Hồng Hà");
            await phone.Locator($"#f_{address}-province").FillAsync("Tỉnh Sông Hồng");
        }

        await phone.Locator("#f_nguoiDaiDien").FillAsync("Trịnh Văn Hải");
        await phone.Locator("#f_soDinhDanhNguoiDaiDien").FillAsync("001085012345");
        await phone.Locator("#f_soTienKyQuy").FillAsync("100.000.000");
        await phone.Locator("#f_nganHangKyQuy").SelectOptionAsync("Ngân hàng khác");
        await phone.Locator("#f_ngayKyQuy").FillAsync("2026-11-02");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        (await phone.Locator(".validation-summary-errors").InnerTextAsync()).ShouldContain("Số tiền đã ký quỹ (đồng): phải từ 300.000.000");
        await BrowserFixture.ScreenshotAsync(phone, "online-eform-error-360");

        // An upload carries what was typed and not saved yet; the refused amount stays as typed beside its error.
        await phone.Locator("#f_nguoiDaiDien").FillAsync("Trịnh Thị Hà");
        await phone.Locator("#file-1").SetInputFilesAsync(Pdf);
        await phone.Locator("#component-1").GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã tải lên giay-to.pdf." }).WaitForAsync();
        (await phone.Locator("#component-1").InnerTextAsync()).ShouldContain("giay-to.pdf");
        (await phone.Locator("#f_nguoiDaiDien").InputValueAsync()).ShouldBe("Trịnh Thị Hà");
        (await phone.Locator("#f_soTienKyQuy").InputValueAsync()).ShouldBe("100.000.000");
        (await phone.Locator("#f_soTienKyQuy-error").InnerTextAsync()).ShouldContain("phải từ 300.000.000 trở lên");
        (await phone.Locator("#Phone").InputValueAsync()).ShouldBe("0915 111 333");
        await BrowserFixture.ScreenshotAsync(phone, "online-upload-with-error-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await phone.Locator("#f_soTienKyQuy").FillAsync("300.000.000");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu nháp." }).WaitForAsync();
        (await phone.Locator("#f_nguoiDaiDien").InputValueAsync()).ShouldBe("Trịnh Thị Hà");

        // Component 2 comes from the wallet; 1 was uploaded above, 3 is uploaded now.
        await phone.Locator("#component-2").GetByRole(AriaRole.Button, new() { Name = "Dùng giấy tờ này" }).ClickAsync();
        await phone.Locator("#component-2", new() { HasText = "từ kho dữ liệu" }).WaitForAsync();
        foreach (var position in new[] { 3 })
        {
            await phone.Locator($"#file-{position}").SetInputFilesAsync(Pdf);
            await phone.Locator($"#component-{position}").GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
            await phone.Locator($"#component-{position}", new() { HasText = "giay-to.pdf" }).WaitForAsync();
        }

        await BrowserFixture.ScreenshotAsync(phone, "online-application-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await phone.WaitForURLAsync("**/ho-so-cua-toi/**");
        var dossierPage = phone.Url.Split('?')[0];
        (await phone.Locator("body").InnerTextAsync()).ShouldContain("Hồ sơ đã được gửi đến Bộ phận Một cửa");

        // The fee, paid through the simulated gateway.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Thanh toán trực tuyến" }).ClickAsync();
        await phone.WaitForURLAsync("**/cong-thanh-toan-mo-phong/**");
        await BrowserFixture.ScreenshotAsync(phone, "online-gateway-simulator-360");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Thanh toán thành công" }).ClickAsync();
        await phone.WaitForURLAsync("**/ho-so-cua-toi/**order=**");
        (await phone.Locator("body").InnerTextAsync()).ShouldContain("Thanh toán thành công");
        var receipt = await phone.RunAndWaitForDownloadAsync(() => phone.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Biên lai số") }).ClickAsync());
        var receiptPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await receipt.SaveAsAsync(receiptPath);
        var receiptPdf = await File.ReadAllBytesAsync(receiptPath);
        File.Delete(receiptPath);
        Poppler.Run("pdftotext", receiptPdf, "-layout").ShouldContain("1.500.000 đồng");
        Poppler.Screenshot(receiptPdf, "online-receipt", dpi: 110);
        await BrowserFixture.ScreenshotAsync(phone, "online-paid-360");

        // The desk asks for completion; the citizen sends a better copy of component 3.
        var desk = await StaffPages.SignedInAsync(browser, "motcua");
        await desk.GotoAsync("/dossiers/receive");
        await desk.Locator("table.online-waiting tr", new() { HasText = "Trịnh Văn Hải" }).GetByRole(AriaRole.Link, new() { Name = "Kiểm tra" }).ClickAsync();
        (await desk.Locator("section.online-dossier").InnerTextAsync()).ShouldContain("Tái sử dụng từ kho dữ liệu");
        await BrowserFixture.ScreenshotAsync(desk, "online-desk-check");
        await desk.Locator("#Input_Note").FillAsync("Giấy tờ chứng minh địa điểm hoạt động bị mờ, đề nghị gửi lại bản rõ nét.");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung (Mẫu 02)" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(desk, "online-desk-completion-requested");
        (await desk.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldContain("Đã lập yêu cầu bổ sung");
        await phone.GotoAsync(dossierPage);
        (await phone.Locator("section.attention").InnerTextAsync()).ShouldContain("bị mờ");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Bổ sung và nộp lại" }).ClickAsync();
        await phone.Locator("#file-3").SetInputFilesAsync(new FilePayload { Name = "dia-diem-ro-net.pdf", MimeType = "application/pdf", Buffer = Pdf.Buffer });
        await phone.Locator("#component-3").GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await phone.Locator("#component-3", new() { HasText = "dia-diem-ro-net.pdf" }).WaitForAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        await phone.WaitForURLAsync("**/ho-so-cua-toi/**");

        await desk.GotoAsync("/dossiers/receive");
        await desk.Locator("table.online-waiting tr", new() { HasText = "Trịnh Văn Hải" }).GetByRole(AriaRole.Link, new() { Name = "Kiểm tra" }).ClickAsync();
        var provided = desk.Locator("table.components input[name$='.Provided']");
        for (var i = 0; i < await provided.CountAsync(); i++)
        {
            await provided.Nth(i).CheckAsync();
        }

        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận (Mẫu 01)" }).ClickAsync();
        var code = await desk.Locator(".dossier-head .code").InnerTextAsync();
        var staffPage = desk.Url.Split('?')[0];
        await desk.GetByRole(AriaRole.Link, new() { Name = "Phí, lệ phí và biên lai" }).ClickAsync();
        (await desk.Locator("table.payments").InnerTextAsync()).ShouldContain("Đã thanh toán trực tuyến");
        await BrowserFixture.ScreenshotAsync(desk, "online-desk-payments");
        await desk.GotoAsync("/payments/reconciliation");
        (await desk.Locator("table.reconciliation").InnerTextAsync()).ShouldContain("thành công");
        await BrowserFixture.ScreenshotAsync(desk, "online-desk-reconciliation");

        // Sở Nội vụ processes it; the centre attaches the electronic result and returns it.
        var specialist = await StaffPages.SignedInAsync(browser, "chuyenvien");
        await specialist.GotoAsync(staffPage);
        await StaffPages.CommandAsync(specialist, "Nhận xử lý");
        await StaffPages.CommandAsync(specialist, "Chuyển bước tiếp theo", "Đủ điều kiện cấp giấy phép.");
        var head = await StaffPages.SignedInAsync(browser, "truongphong");
        await head.GotoAsync(staffPage);
        await StaffPages.CommandAsync(head, "Phê duyệt");
        var director = await StaffPages.SignedInAsync(browser, "giamdoc");
        await director.GotoAsync(staffPage);
        await StaffPages.CommandAsync(director, "Ký, ban hành kết quả", "Cấp giấy phép hoạt động dịch vụ việc làm.", ("input[name='Form.ResultNumber']", "21/GP-SNV"));
        await desk.GotoAsync(staffPage);
        await desk.Locator("#attachment-file").SetInputFilesAsync(new FilePayload { Name = "giay-phep-21.pdf", MimeType = "application/pdf", Buffer = Pdf.Buffer });
        await desk.Locator("#attachment-purpose").SelectOptionAsync(nameof(AttachmentPurpose.Result));
        await desk.Locator("#attachment-valid-until").FillAsync("2031-11-30");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Đính kèm" }).ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("done=Attach", StringComparison.Ordinal));
        await desk.GotoAsync(staffPage);
        await StaffPages.CommandAsync(desk, "Trả kết quả", null, ("input[name='Form.Fees'][value='Paid']", "check"));

        // The citizen has the result online, in the wallet too, and rates the handling.
        await phone.GotoAsync(dossierPage);
        var page = await phone.Locator("main").InnerTextAsync();
        page.ShouldContain(code);
        page.ShouldContain("Đã trả kết quả");
        page.ShouldContain("giay-phep-21.pdf");
        await BrowserFixture.ScreenshotAsync(phone, "online-returned-360");
        await phone.GotoAsync("/kho-du-lieu");
        var wallet = await phone.Locator("table.wallet tr", new() { HasText = "Giấy phép hoạt động dịch vụ việc làm" }).InnerTextAsync();
        wallet.ShouldContain("Kết quả giải quyết");
        wallet.ShouldContain("đến hết 30/11/2031");
        await BrowserFixture.ScreenshotAsync(phone, "online-wallet-360");
        await phone.GotoAsync("/thong-bao");
        (await phone.Locator("ul.notices").InnerTextAsync()).ShouldContain($"Hồ sơ {code} đã trả kết quả");
        await BrowserFixture.ScreenshotAsync(phone, "online-notices-360");
        await phone.GotoAsync(dossierPage);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Đánh giá việc giải quyết hồ sơ" }).ClickAsync();
        foreach (var question in new[] { "Time", "Contacts", "Agencies" })
        {
            await phone.Locator($"input[name='Input.{question}'][value='2']").CheckAsync();
        }

        await phone.Locator("input[name='Input.Complaint'][value='false']").CheckAsync();

        await phone.Locator("input[name='Input.Satisfied'][value='true']").CheckAsync();
        await BrowserFixture.ScreenshotAsync(phone, "online-rating-360");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await phone.WaitForURLAsync(dossierPage);
        (await phone.Locator("body").InnerTextAsync()).ShouldContain("Cảm ơn");
    }

    private async Task RegisterAsync(IPage page, string name, string email)
    {
        await page.GotoAsync("/tai-khoan/dang-ky");
        await page.GetByLabel("Họ và tên").FillAsync(name);
        await page.GetByLabel("Thư điện tử hoặc số điện thoại di động").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(CitizenAccounts.Password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(CitizenAccounts.Password);
        await page.GetByLabel("Tôi đồng ý").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await page.WaitForURLAsync("**/tai-khoan/xac-thuc/**");
        await page.GetByLabel("Mã xác thực (6 chữ số)").FillAsync((await browser.App.LatestCodeAsync(email))!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync("**/tai-khoan?chao-mung=true");
    }

    /// <summary>A document an officer digitised from an earlier dossier of this citizen, arranged in the wallet directly.</summary>
    private async Task ArrangeWalletDocumentAsync(string email, string title)
    {
        await using var scope = browser.App.CreateDbScope(out var db);
        var owner = db.Users.Single(u => u.Email == email);
        var stored = await scope.ServiceProvider.GetRequiredKeyedService<IFileStore>(AttachmentOptions.StoreKey).SaveAsync(new MemoryStream(Pdf.Buffer), 1_000_000, CancellationToken.None);
        db.WalletDocuments.Add(new WalletDocument
        {
            Id = Guid.CreateVersion7(), OwnerId = owner.Id, Title = title, Origin = WalletOrigin.DigitisedByOfficer, SourceDossierId = Guid.CreateVersion7(),
            SourceDossierCode = "H99.01.01-260301-0042", ProcedureCode = Licence, SourceAttachmentId = Guid.CreateVersion7(), FileName = "ky-quy.pdf",
            ContentType = "application/pdf", Size = stored!.Size, Sha256 = stored.Sha256, StoragePath = stored.Key, AddedAt = browser.App.HostUtcNow(),
        });
        await db.SaveChangesAsync();
    }
}
