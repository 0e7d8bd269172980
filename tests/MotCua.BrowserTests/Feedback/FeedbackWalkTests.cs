using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.BrowserTests.Portal;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.BrowserTests.Feedback;

/// <summary>
/// Issue 12 §7 in a real browser: a citizen on a 360 px phone sends a PAKN about a procedure; the provincial office
/// accepts it and transfers it to the competent department, which assigns, classifies, drafts, approves and publishes
/// an answer proposing to amend the regulation; the citizen finds it unsatisfying and reopens it; the control office sees
/// the review proposal; the public page shows the answer without the sender's name or phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackWalkTests(BrowserFixture browser)
{
    private const string Procedure = "1.000362";
    private const string SenderName = "Lý Thị Phản Ánh";
    private const string SenderPhone = "0915 246 802";

    [Fact]
    public async Task A_procedure_petition_is_answered_published_rated_reopened_and_leaves_a_review_proposal()
    {
        // The department has no control officer in the demo data: one accepts, assigns and publishes there.
        var departmentControl = await browser.App.CreateOfficerAsync(DemoProvince.HomeAffairs, null, Roles.ControlOfficer, "Mai Văn Kiểm");
        var phone = await browser.NewPageAsync(360, 740);
        await RegisterAsync(phone, $"phan.anh.{Guid.NewGuid():N}@example.vn");

        await phone.GotoAsync("/procedures/" + Procedure);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Gửi phản ánh, kiến nghị về thủ tục này" }).ClickAsync();
        await phone.WaitForURLAsync("**/gui-pakn?ma=" + Procedure);
        (await phone.Locator("#ProcedureCode").InputValueAsync()).ShouldBe(Procedure);

        // An empty submission (the browser's own checks off) is refused with an announced summary.
        await phone.EvaluateAsync("document.getElementById('petition').noValidate = true");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        var summary = phone.Locator(".validation-summary-errors");
        (await summary.InnerTextAsync()).ShouldNotBeEmpty();
        (await summary.GetAttributeAsync("role")).ShouldBe("alert");
        await BrowserFixture.ScreenshotAsync(phone, "feedback-send-errors-360");
        (await CitizenPagesAccessibilityTests.ProblemsAsync(phone, "/gui-pakn")).ShouldBeEmpty();

        await phone.GetByLabel("Quy định hành chính không phù hợp với thực tế").CheckAsync();
        await phone.Locator("#Content").FillAsync("Thủ tục yêu cầu nộp bản sao chứng thực giấy tờ đã có trong cơ sở dữ liệu quốc gia; đề nghị bỏ yêu cầu này.");
        await phone.Locator("#SenderName").FillAsync(SenderName);
        await phone.Locator("#Phone").FillAsync(SenderPhone);
        await phone.GetByLabel("Tôi đồng ý công khai").CheckAsync();
        await BrowserFixture.ScreenshotAsync(phone, "feedback-send-form-360");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await phone.WaitForURLAsync("**/gui-pakn/bien-nhan**");
        var code = await phone.Locator("#petition-code").InnerTextAsync();
        code.ShouldMatch(@"^PAKN\.\d{8}\.\d{4}$");
        await BrowserFixture.ScreenshotAsync(phone, "feedback-receipt-360");
        (await CitizenPagesAccessibilityTests.ProblemsAsync(phone, "/gui-pakn/bien-nhan")).ShouldBeEmpty();

        // The provincial office (the configured receiver) finds it, accepts it and sends it to the competent department.
        var office = await StaffPages.SignedInAsync(browser, "kiemsoat");
        await office.GotoAsync("/feedback?q=" + Uri.EscapeDataString(code));
        await office.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await office.WaitForURLAsync(new Regex("/feedback/[0-9a-f-]{36}$"));
        var detail = new Uri(office.Url).AbsolutePath;
        await ActAsync(office, "Tiếp nhận vào sổ");
        // The PAKN leaves the office's reach: the confirmation comes in the inbox.
        await ActAsync(office, "Chuyển cơ quan khác trong tỉnh", ("[name='Form.AgencyId']", "Sở Nội vụ tỉnh Sông Hồng"));
        new Uri(office.Url).AbsolutePath.ShouldBe("/feedback");

        var department = await StaffPages.SignedInAsync(browser, departmentControl);
        await department.GotoAsync(detail);
        await ActAsync(department, "Tiếp nhận vào sổ");
        await department.Locator("details.command", new() { HasText = "Giao xử lý" }).Locator("summary").ClickAsync();
        await BrowserFixture.ScreenshotAsync(department, "feedback-staff-detail");
        await ActAsync(
            department, "Giao xử lý", ("[name='Form.UnitId']", "Phòng Lao động – Việc làm"), ("[name='Form.AssigneeId']", "Lê Văn Cường · Phòng Lao động – Việc làm"));

        var specialist = await StaffPages.SignedInAsync(browser, "chuyenvien");
        await specialist.GotoAsync(detail);
        await ActAsync(specialist, "Phân loại, xác định tính chất", ("[name='Form.Grounds'][value='Sufficient']", "check"));
        await ActAsync(
            specialist, "Dự thảo trả lời",
            ("[name='Form.Answer']", "Sở Nội vụ ghi nhận; sẽ kiến nghị bỏ yêu cầu bản sao chứng thực khi đã khai thác được dữ liệu."),
            ("[name='Form.Outcome']", "Đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ quy định"));

        var leader = await StaffPages.SignedInAsync(browser, "giamdoc");
        await leader.GotoAsync(detail);
        await ActAsync(leader, "Duyệt trả lời");

        await department.GotoAsync(detail);
        await ActAsync(department, "Công khai kết quả");
        (await department.Locator("h1 .badge").InnerTextAsync()).ShouldBe("PAKN đã công khai");
        await BrowserFixture.ScreenshotAsync(department, "feedback-staff-published");

        // The published answer is public, without the sender's name or phone.
        await phone.GotoAsync("/phan-anh-kien-nghi?ma=" + Procedure);
        await phone.GetByRole(AriaRole.Link, new() { Name = code }).First.ClickAsync();
        await phone.WaitForURLAsync("**/phan-anh-kien-nghi/" + code);
        var published = await phone.Locator("main").InnerTextAsync();
        published.ShouldContain("sẽ kiến nghị bỏ yêu cầu bản sao chứng thực");
        published.ShouldNotContain(SenderName);
        published.ShouldNotContain(SenderPhone);
        await BrowserFixture.ScreenshotAsync(phone, "feedback-public-answer-360");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);

        // The leader finds it among the agency's published answers, shown as the public reads it, with the correction and withdrawal links.
        await leader.GotoAsync("/feedback/published?q=" + Uri.EscapeDataString(code));
        var managed = leader.Locator("li.published-answer").Filter(new() { HasText = code });
        (await managed.InnerTextAsync()).ShouldContain("sẽ kiến nghị bỏ yêu cầu bản sao chứng thực");
        (await managed.InnerTextAsync()).ShouldNotContain(SenderName);
        (await managed.Locator("a[data-action=CorrectPublication]").CountAsync()).ShouldBe(1);
        (await managed.Locator("a[data-action=WithdrawPublication]").CountAsync()).ShouldBe(1);
        (await leader.Locator(".result-count").InnerTextAsync()).ShouldContain("1 kết quả");
        await BrowserFixture.ScreenshotAsync(leader, "feedback-published-admin");

        // The citizen finds the answer in their list, rates it unsatisfying and asks for a review.
        await phone.GotoAsync("/pakn-cua-toi");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await phone.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await phone.WaitForURLAsync("**/tra-cuu-pakn?ma=" + code);
        (await phone.Locator("#petition-answer").InnerTextAsync()).ShouldContain("sẽ kiến nghị bỏ yêu cầu bản sao chứng thực");
        var rate = phone.Locator("#act-Rate");
        await rate.GetByLabel("Chưa hài lòng").CheckAsync();
        await rate.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        var reopen = phone.Locator("#act-Reopen");
        await reopen.GetByLabel("Lý do đề nghị xem xét lại").FillAsync("Câu trả lời chưa nêu thời hạn kiến nghị sửa quy định.");
        await reopen.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị" }).ClickAsync();
        await phone.Locator("#act-Reopen").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await phone.Locator("#petition-status").InnerTextAsync()).ShouldBe("Đang xử lý");
        await BrowserFixture.ScreenshotAsync(phone, "feedback-reopened-360");
        (await CitizenPagesAccessibilityTests.ProblemsAsync(phone, "/tra-cuu-pakn")).ShouldBeEmpty();

        // The control office (catalogue managers) sees the review proposal on the procedure and in the proposals list.
        await office.GotoAsync("/catalog/procedures/" + Procedure);
        (await office.Locator("main").InnerTextAsync()).ShouldContain(code);
        await office.GotoAsync("/feedback/proposals");
        (await office.Locator("main").InnerTextAsync()).ShouldContain(code);
    }

    private async Task RegisterAsync(IPage page, string email)
    {
        await page.GotoAsync("/tai-khoan/dang-ky");
        await page.GetByLabel("Họ và tên").FillAsync(SenderName);
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

    /// <summary>Opens the action's panel on the PAKN page, fills it (selects by option label) and gives it; the page confirms.</summary>
    private static async Task ActAsync(IPage page, string label, params (string Selector, string Value)[] fields)
    {
        var panel = page.Locator("details.command").Filter(new() { Has = page.Locator("summary", new() { HasTextString = label }) }).First;
        if (await panel.GetAttributeAsync("open") is null)
        {
            await panel.Locator("summary").ClickAsync();
        }

        foreach (var (selector, value) in fields)
        {
            var field = panel.Locator(selector);
            if (value == "check")
            {
                await field.CheckAsync();
            }
            else if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await field.SelectOptionAsync(new SelectOptionValue { Label = value });
            }
            else
            {
                await field.FillAsync(value);
            }
        }

        var before = page.Url;
        await panel.GetByRole(AriaRole.Button, new() { Name = label }).ClickAsync();
        await page.WaitForURLAsync(url => url != before && url.Contains("done=", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldNotBeEmpty();
    }
}
