using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Calendar.ComputeDueDate;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Calendar;

[Collection(SharedHosts.DemoData)]
public sealed class CalendarPagesTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Year_view_shows_twelve_months_Tet_and_the_named_days_to_anyone()
    {
        var html = await factory.CreateClient().GetStringAsync("/calendar?year=2026");
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll(".cal-month").Length.ShouldBe(12);
        document.QuerySelector("td[data-date='2026-02-17']")!.ClassList.ShouldContain("k-holiday");
        document.QuerySelector("td[data-date='2026-02-17'] .lun")!.TextContent.ShouldBe("1/1");
        document.QuerySelector("td[data-date='2026-04-27']")!.ClassList.ShouldContain("k-comp");
        document.QuerySelector("td[data-date='2026-08-22']")!.ClassList.ShouldContain("k-swapwork");
        document.QuerySelector(".cal-tet")!.TextContent.ShouldContain("17/02/2026");
        html.ShouldContain("Công văn 9859/VPCP-KGVX/2025");
    }

    [Fact]
    public async Task Calculator_on_the_page_shows_the_due_instant_and_why()
    {
        var html = await factory.CreateClient().GetStringAsync(
            "/calendar?year=2026&Calc.Submitted=true&Calc.StartDate=2026-02-13&Calc.StartTime=16:10&Calc.Amount=5&Calc.Unit=WorkingDays&Calc.Cutoff=15:00");
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelector("#due-instant")!.TextContent.ShouldBe("Thứ Sáu, 17:00 27/02/2026");
        document.QuerySelector(".cal-explain")!.TextContent.ShouldContain("20/02/2026 – Tết Nguyên đán (mùng 4)");
    }

    [Fact]
    public async Task Calculator_without_a_cut_off_is_a_box_to_tick_and_counts_a_late_afternoon_reception_from_that_day()
    {
        const string form = "/calendar?year=2026&Calc.Submitted=true&Calc.StartDate=2026-02-13&Calc.StartTime=16:10&Calc.Amount=5&Calc.Unit=WorkingDays";
        var client = factory.CreateClient();
        var ticked = new HtmlParser().ParseDocument(await client.GetStringAsync(form + "&Calc.Cutoff=15:00&Calc.NoCutoff=true"));
        var typed = new HtmlParser().ParseDocument(await client.GetStringAsync(form + "&Calc.Cutoff=" + DueDateRequest.NoCutoff));

        ticked.QuerySelector("label[for='calc-cutoff']")!.TextContent.ShouldNotContain(DueDateRequest.NoCutoff);
        ((IHtmlInputElement)ticked.QuerySelector("#calc-no-cutoff")!).IsChecked.ShouldBeTrue();
        var due = ticked.QuerySelector("#due-instant")!.TextContent;
        due.ShouldBe(typed.QuerySelector("#due-instant")!.TextContent);
        due.ShouldNotBe("Thứ Sáu, 17:00 27/02/2026", "with the 15:00 cut-off the count starts the next working day");
    }

    [Fact]
    public async Task Calculator_with_bad_input_shows_Vietnamese_messages_not_an_error_page()
    {
        var response = await factory.CreateClient().GetAsync("/calendar?Calc.Submitted=true&Calc.StartDate=xx&Calc.Amount=-3&Calc.Unit=Days&year=3000&agency=nope");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Thời điểm tiếp nhận không hợp lệ");
        html.ShouldContain("Đơn vị thời hạn không hợp lệ");
        html.ShouldContain("Năm phải nằm trong khoảng 1900–2199.");
        html.ShouldContain("Không tìm thấy cơ quan có mã này.");
    }

    [Fact]
    public async Task Exceptions_page_sends_anonymous_visitors_to_sign_in_and_refuses_other_roles()
    {
        var anonymous = await factory.ClientAsync(null);
        var controlOfficer = await factory.ClientAsync("kiemsoat");

        var anonymousResponse = await anonymous.GetAsync("/calendar/exceptions");
        var officerResponse = await controlOfficer.GetAsync("/calendar/exceptions");

        anonymousResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymousResponse.Headers.Location!.OriginalString.ShouldContain("/account/login");
        officerResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        officerResponse.Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Fact]
    public async Task Control_officer_cannot_post_an_exception()
    {
        var client = await factory.ClientAsync("kiemsoat");
        var form = await client.GetStringAsync("/account/login");

        var response = await client.PostAsync("/calendar/exceptions/edit", Form(SignIn.AntiforgeryToken(form), "2026-03-07", "SwapWork", "Làm bù", "CV 1/VPCP"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.CalendarExceptions.AnyAsync(e => e.Date == new DateOnly(2026, 3, 7))).ShouldBeFalse();
    }

    [Fact]
    public async Task Exception_without_legal_reference_is_refused_with_a_Vietnamese_message_and_nothing_is_saved()
    {
        var client = await factory.ClientAsync("quantri");
        var form = await client.GetStringAsync("/calendar/exceptions/edit");

        var response = await client.PostAsync("/calendar/exceptions/edit", Form(SignIn.AntiforgeryToken(form), "2026-10-10", "SwapWork", "Làm bù", ""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Nhập căn cứ pháp lý");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.CalendarExceptions.AnyAsync(e => e.Date == new DateOnly(2026, 10, 10))).ShouldBeFalse();
    }

    [Fact]
    public async Task Worked_Saturday_on_a_weekday_is_refused()
    {
        var client = await factory.ClientAsync("quantri");
        var form = await client.GetStringAsync("/calendar/exceptions/edit");

        var response = await client.PostAsync("/calendar/exceptions/edit", Form(SignIn.AntiforgeryToken(form), "2026-10-14", "SwapWork", "Làm bù", "CV 2/VPCP"));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Ngày làm bù phải là ngày nghỉ hằng tuần");
    }

    [Fact]
    public async Task Exception_post_without_antiforgery_token_is_rejected()
    {
        var client = await factory.ClientAsync("quantri");

        var response = await client.PostAsync("/calendar/exceptions/edit", Form(null, "2026-10-17", "SwapWork", "Làm bù", "CV 3/VPCP"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Adding_editing_and_deleting_an_exception_changes_the_API_due_date_at_once()
    {
        const string url = "/api/v1/calendar/due?start=2026-11-13T09:00:00%2B07:00&amount=1&unit=WorkingDays";
        var api = factory.CreateClient();
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-16T09:00:00+07:00\"");
        var admin = await factory.ClientAsync("quantri");

        var token = SignIn.AntiforgeryToken(await admin.GetStringAsync("/calendar/exceptions/edit"));
        var created = await admin.PostAsync("/calendar/exceptions/edit", Form(token, "2026-11-14", "SwapWork", "Làm bù thử", "Công văn 1/VPCP-KGVX"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-14T09:00:00+07:00\"");

        Guid id;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var row = await db.CalendarExceptions.SingleAsync(e => e.Date == new DateOnly(2026, 11, 14));
            row.CreatedBy.ShouldBe("quantri");
            row.LegalReference.ShouldBe("Công văn 1/VPCP-KGVX");
            id = row.Id;
        }

        token = SignIn.AntiforgeryToken(await admin.GetStringAsync($"/calendar/exceptions/edit/{id}"));
        var edited = await admin.PostAsync($"/calendar/exceptions/edit/{id}", Form(token, "2026-11-16", "SwapOff", "Nghỉ thử", "Công văn 1/VPCP-KGVX"));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-17T09:00:00+07:00\"");

        var list = await admin.GetStringAsync("/calendar/exceptions?year=2026");
        list.ShouldContain("Nghỉ thử");
        token = SignIn.AntiforgeryToken(list);
        var deleted = await admin.PostAsync($"/calendar/exceptions?handler=Delete&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-16T09:00:00+07:00\"");
    }

    private static FormUrlEncodedContent Form(string? token, string date, string kind, string name, string legal)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = date,
            ["Input.Kind"] = kind,
            ["Input.AgencyCode"] = "",
            ["Input.Name"] = name,
            ["Input.LegalReference"] = legal,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }
}
