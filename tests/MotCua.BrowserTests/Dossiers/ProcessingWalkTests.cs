using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.BrowserTests.Dossiers;

/// <summary>
/// A whole dossier in a real browser: the centre's counter asks for a missing paper (Mẫu 02) then accepts it (Mẫu 01);
/// Sở Nội vụ's social-protection unit takes it, consults two units, apologises and gets a new date approved by its
/// head, and the dossier goes through review and signature; the counter returns the result; the public tracking page
/// shows each step; the ledger lists it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProcessingWalkTests(BrowserFixture browser)
{
    private const string SocialCentreAdmission = "2.000751";

    [Fact]
    public async Task A_dossier_is_received_consulted_extended_signed_and_returned_and_the_public_follows_it()
    {
        var social = await browser.App.CreateOfficerAsync(DemoProvince.HomeAffairs, "BTXH", Roles.Specialist, "Đặng Thị Hoa");
        var socialHead = await browser.App.CreateOfficerAsync(DemoProvince.HomeAffairs, "BTXH", Roles.UnitLeader, "Ngô Thị Lan");
        var merit = await browser.App.CreateOfficerAsync(DemoProvince.HomeAffairs, "NCC", Roles.Specialist, "Trịnh Văn Khải");

        // The counter: one paper missing → Mẫu 02; handed in again → accepted with Mẫu 01 and sent to Sở Nội vụ.
        var desk = await StaffPages.SignedInAsync(browser, "motcua");
        await desk.GotoAsync("/dossiers/receive?procedure=" + SocialCentreAdmission);
        await desk.GetByLabel("Họ và tên / Tên tổ chức").FillAsync("Lò Văn Sáng");
        await desk.GetByLabel("Số định danh cá nhân (CCCD)").FillAsync("014088001122");
        await desk.GetByLabel("Địa chỉ", new() { Exact = true }).FillAsync("Bản Mường, xã Tân Phú");
        await desk.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync("0978 111 222");
        var provided = desk.Locator("table.components input[name$='.Provided']");
        for (var i = 1; i < await provided.CountAsync(); i++)
        {
            await provided.Nth(i).CheckAsync();
        }

        await desk.GetByRole(AriaRole.Button, new() { Name = "Yêu cầu bổ sung (Mẫu 02)" }).ClickAsync();
        (await desk.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã lập yêu cầu bổ sung");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận lại hồ sơ đã bổ sung" }).ClickAsync();
        await desk.Locator("table.components input[name$='.Provided']").First.CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận (Mẫu 01)" }).ClickAsync();
        var code = await desk.Locator(".dossier-head .code").InnerTextAsync();
        var dossierUrl = desk.Url.Split('?')[0];
        (await desk.Locator(".dossier-head .badge").InnerTextAsync()).ShouldContain("Đang xử lý");
        (await desk.GetByRole(AriaRole.Link, new() { Name = "In Giấy tiếp nhận (Mẫu 01, PDF)" }).IsVisibleAsync()).ShouldBeTrue();

        // The unit's specialist finds it in the worklist, takes it and consults two units.
        var specialist = await StaffPages.SignedInAsync(browser, social);
        await specialist.GotoAsync("/worklist");
        (await specialist.Locator(".main-nav a[href=\"/worklist\"] .count").InnerTextAsync()).ShouldBe("1");
        await BrowserFixture.ScreenshotAsync(specialist, "processing-worklist");
        await specialist.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await StaffPages.CommandAsync(specialist, "Nhận xử lý");
        await StaffPages.CommandAsync(specialist, "Xin ý kiến đơn vị phối hợp", "Đề nghị cho ý kiến về hoàn cảnh của đối tượng.");
        (await specialist.Locator("table.steps").InnerTextAsync()).ShouldContain("Xin ý kiến: Thẩm định hồ sơ");
        await BrowserFixture.ScreenshotAsync(specialist, "processing-consulting");
        await specialist.SetViewportSizeAsync(360, 740);
        (await specialist.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the dossier page fits a 360 px phone");
        await BrowserFixture.ScreenshotAsync(specialist, "processing-consulting-phone");
        await specialist.GotoAsync("/culture/en?returnUrl=" + Uri.EscapeDataString("/worklist?view=Waiting"));
        (await specialist.Locator("h1").InnerTextAsync()).ShouldBe("My worklist");
        (await specialist.Locator("table.worklist").InnerTextAsync()).ShouldContain(code);
        await BrowserFixture.ScreenshotAsync(specialist, "processing-worklist-english");
        await specialist.GotoAsync("/culture/vi?returnUrl=%2F");
        await specialist.SetViewportSizeAsync(1280, 900);

        foreach (var (user, reply) in new[] { (merit, "Phòng Người có công: đối tượng không hưởng chế độ ưu đãi."), ("chuyenvien", "Phòng Lao động – Việc làm: thống nhất.") })
        {
            var consulted = await StaffPages.SignedInAsync(browser, user);
            await consulted.GotoAsync("/worklist");
            await consulted.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
            await StaffPages.CommandAsync(consulted, "Trả lời xin ý kiến", reply);
        }

        // The step will be late: the unit apologises and proposes a new date; its head approves it.
        var newDate = await NewReturnDateAsync(dossierUrl);
        await specialist.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(specialist, "Lập văn bản xin lỗi, đề nghị gia hạn", "Phải xác minh hoàn cảnh tại nơi cư trú.", ("input[type=date]", newDate.ToString("yyyy-MM-dd")));
        var head = await StaffPages.SignedInAsync(browser, socialHead);
        await head.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(head, "Duyệt gia hạn", "Đồng ý gia hạn.");
        (await head.Locator("body").InnerTextAsync()).ShouldContain("Ngày hẹn ban đầu");
        (await head.GetByRole(AriaRole.Link, new() { Name = "In Văn bản xin lỗi, hẹn lại ngày trả (Mẫu 04, PDF)" }).IsVisibleAsync()).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(head, "processing-extension-approved");

        // Review and signature.
        await specialist.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(specialist, "Chuyển bước tiếp theo", "Đủ điều kiện tiếp nhận vào cơ sở.");
        await head.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(head, "Phê duyệt");
        var director = await StaffPages.SignedInAsync(browser, "giamdoc");
        await director.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(director, "Ký, ban hành kết quả", "Quyết định tiếp nhận ông Lò Văn Sáng vào Trung tâm Bảo trợ xã hội tỉnh.", ("input[name='Form.ResultNumber']", "88/QĐ-SNV"));
        (await director.Locator(".dossier-head .badge").InnerTextAsync()).ShouldContain("Đã xử lý xong");

        // The counter returns the result; the control sheet lists every step.
        await desk.GotoAsync(dossierUrl);
        await StaffPages.CommandAsync(desk, "Trả kết quả", null, ("input[name='Form.Fees'][value='NotApplicable']", "check"));
        (await desk.Locator(".dossier-head .badge").InnerTextAsync()).ShouldContain("Đã trả kết quả");
        // Appraisal, the two consultations, review, signature.
        var steps = await desk.Locator("table.steps tbody tr").CountAsync();
        steps.ShouldBe(5);
        await BrowserFixture.ScreenshotAsync(desk, "processing-returned");
        await desk.GotoAsync(dossierUrl + "/forms/apology/html");
        (await desk.Locator("article.form-sheet").InnerTextAsync()).ShouldContain("Phải xác minh hoàn cảnh tại nơi cư trú.");
        await BrowserFixture.ScreenshotAsync(desk, "processing-apology-html");
        await desk.GotoAsync(dossierUrl + "/forms/control/html");
        await BrowserFixture.ScreenshotAsync(desk, "processing-control-sheet-html");
        await desk.GotoAsync("/dossiers/ledger?q=" + Uri.EscapeDataString(code));
        var row = desk.Locator("table.ledger-table tbody tr", new() { HasText = code });
        (await row.InnerTextAsync()).ShouldContain("Lò Văn Sáng");
        await BrowserFixture.ScreenshotAsync(desk, "processing-ledger");

        var citizen = await browser.NewPageAsync(360, 740);
        await citizen.GotoAsync("/tra-cuu?ma=" + Uri.EscapeDataString(code));
        await citizen.GetByLabel("Xem quá trình xử lý: nhập 4 số cuối").FillAsync("1222");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Xem chi tiết" }).ClickAsync();
        var tracking = await citizen.Locator(".tracking").InnerTextAsync();
        tracking.ShouldContain("Đã trả kết quả");
        tracking.ShouldContain("Lãnh đạo phòng xem xét");
        tracking.ShouldContain("L.V.S.");
        tracking.ShouldNotContain("Lò Văn Sáng");
        await BrowserFixture.ScreenshotAsync(citizen, "processing-tracking-phone");

        // The applicant rates the handling from the tracking page; the dossier page shows the rating to the desk.
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Đánh giá việc giải quyết hồ sơ" }).ClickAsync();
        await citizen.GetByLabel("Mã hồ sơ (in trên giấy tiếp nhận)").FillAsync(code);
        await citizen.GetByLabel("4 số cuối số điện thoại hoặc số định danh cá nhân của người nộp").FillAsync("1222");
        foreach (var answer in new[] { "Bằng thời gian cho phép", "Một lần", "Chỉ Bộ phận Một cửa", "Không có phản ánh", "Hài lòng" })
        {
            await citizen.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        (await citizen.Locator("[role=status]").InnerTextAsync()).ShouldStartWith("Cảm ơn ông/bà đã đánh giá.");
        await desk.GotoAsync(dossierUrl);
        var rating = await desk.Locator("section[aria-labelledby=rating]").InnerTextAsync();
        rating.ShouldContain("Hài lòng");
        rating.ShouldContain("Bằng thời gian cho phép (1 điểm)");
        await desk.Locator("section[aria-labelledby=rating]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "processing-rating.png") });
    }

    /// <summary>Two working days after the current appointment, on Sở Nội vụ's calendar.</summary>
    private async Task<DateOnly> NewReturnDateAsync(string dossierUrl)
    {
        var id = Guid.Parse(dossierUrl.TrimEnd('/').Split('/')[^1]);
        await using var scope = browser.App.CreateDbScope(out var db);
        var dossier = db.Dossiers.Single(d => d.Id == id);
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var due = VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero));
        return calendar.NextWorkingDay(calendar.NextWorkingDay(due.AddDays(1)).AddDays(1));
    }
}
