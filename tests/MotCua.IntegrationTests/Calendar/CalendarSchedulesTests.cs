using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Calendar;

[Collection(SharedHosts.Citizens)]
public sealed class CalendarSchedulesTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Schedules_page_sends_anonymous_visitors_to_sign_in_and_refuses_other_roles()
    {
        var anonymous = await factory.ClientAsync(null);
        var controlOfficer = await factory.ClientAsync("kiemsoat");

        var anonymousResponse = await anonymous.GetAsync("/calendar/schedules");
        var officerResponse = await controlOfficer.GetAsync("/calendar/schedules");

        anonymousResponse.Headers.Location!.OriginalString.ShouldContain("/account/login");
        officerResponse.Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Fact]
    public async Task Control_officer_cannot_post_a_schedule()
    {
        var agency = await AgencyIdAsync("H99.12");
        var client = await factory.ClientAsync("kiemsoat");
        var token = SignIn.AntiforgeryToken(await client.GetStringAsync("/account/login"));

        var response = await client.PostAsync($"/calendar/schedules/edit/{agency}", Form(token, [1, 2, 3, 4, 5, 6], "07:00", "11:30", "13:30", "17:00"));

        response.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.AgencyWorkingSchedules.AnyAsync(s => s.AgencyId == agency)).ShouldBeFalse();
    }

    [Fact]
    public async Task Administrator_sees_every_agency_with_the_default_schedule()
    {
        var client = await factory.ClientAsync("quantri");

        var html = await client.GetStringAsync("/calendar/schedules");
        var document = new HtmlParser().ParseDocument(html);

        var row = document.QuerySelector("tr[data-agency='H99.10']")!;
        row.TextContent.ShouldContain("07:00–11:30, 13:30–17:00");
        row.TextContent.ShouldContain("Mặc định");
    }

    [Theory]
    [InlineData(new int[0], "07:00", "11:30", "13:30", "17:00", "Chọn ít nhất một ngày làm việc trong tuần.")]
    [InlineData(new[] { 1, 2 }, "11:30", "07:00", "13:30", "17:00", "Giờ kết thúc phải sau giờ bắt đầu.")]
    [InlineData(new[] { 1, 2 }, "07:00", "11:30", "11:00", "17:00", "hai buổi không được chồng nhau")]
    [InlineData(new[] { 1, 2 }, "07:00", "25:00", "", "", "Nhập giờ theo dạng HH:mm")]
    [InlineData(new[] { 1, 2 }, "07:00", "11:30", "13:30", "", "Nhập giờ theo dạng HH:mm")]
    [InlineData(new[] { 1, 9 }, "07:00", "11:30", "", "", "Chọn ít nhất một ngày làm việc trong tuần.")]
    public async Task Invalid_schedule_is_refused_in_Vietnamese_and_nothing_is_saved(int[] days, string ms, string me, string @as, string ae, string message)
    {
        var agency = await AgencyIdAsync("H99.51");
        var client = await factory.ClientAsync("quantri");
        var token = SignIn.AntiforgeryToken(await client.GetStringAsync($"/calendar/schedules/edit/{agency}"));

        var response = await client.PostAsync($"/calendar/schedules/edit/{agency}", Form(token, days, ms, me, @as, ae));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.AgencyWorkingSchedules.AnyAsync(s => s.AgencyId == agency)).ShouldBeFalse();
    }

    [Fact]
    public async Task Schedule_post_without_antiforgery_token_is_rejected()
    {
        var agency = await AgencyIdAsync("H99.51");
        var client = await factory.ClientAsync("quantri");

        var response = await client.PostAsync($"/calendar/schedules/edit/{agency}", Form(null, [1, 2, 3, 4, 5, 6], "07:00", "11:30", "13:30", "17:00"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_agency_is_not_found()
    {
        var client = await factory.ClientAsync("quantri");

        (await client.GetAsync($"/calendar/schedules/edit/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Saving_and_resetting_a_schedule_changes_the_API_due_date_at_once()
    {
        // Friday 13/11/2026 09:00 + 1 working day: Monday with the default week, Saturday once Saturday is worked.
        const string url = "/api/v1/calendar/due?start=2026-11-13T09:00:00%2B07:00&amount=1&unit=WorkingDays&agency=H99.52";
        var agency = await AgencyIdAsync("H99.52");
        var api = factory.CreateClient();
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-16T09:00:00+07:00\"");
        var admin = await factory.ClientAsync("quantri");

        var token = SignIn.AntiforgeryToken(await admin.GetStringAsync($"/calendar/schedules/edit/{agency}"));
        var saved = await admin.PostAsync($"/calendar/schedules/edit/{agency}", Form(token, [1, 2, 3, 4, 5, 6], "07:30", "11:30", "13:00", "17:00"));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe("/calendar/schedules?done=saved");
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-14T09:00:00+07:00\"");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var row = await db.AgencyWorkingSchedules.SingleAsync(s => s.AgencyId == agency);
            row.WorkingDays.ShouldBe("1,2,3,4,5,6");
            row.Sessions.ShouldBe("07:30-11:30,13:00-17:00");
            row.UpdatedBy.ShouldBe("quantri");
        }

        var edit = await admin.GetStringAsync($"/calendar/schedules/edit/{agency}");
        edit.ShouldContain("Lịch riêng");
        var reset = await admin.PostAsync(
            $"/calendar/schedules/edit/{agency}?handler=Reset",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(edit) }));

        reset.Headers.Location!.OriginalString.ShouldBe("/calendar/schedules?done=reset");
        (await api.GetStringAsync(url)).ShouldContain("\"due\":\"2026-11-16T09:00:00+07:00\"");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.AgencyWorkingSchedules.AnyAsync(s => s.AgencyId == agency)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Calendar_page_links_administrators_to_the_schedules()
    {
        var admin = await factory.ClientAsync("quantri");

        (await admin.GetStringAsync("/calendar")).ShouldContain("href=\"/calendar/schedules\"");
        (await factory.CreateClient().GetStringAsync("/calendar")).ShouldNotContain("href=\"/calendar/schedules\"");
    }

    private async Task<Guid> AgencyIdAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    private static FormUrlEncodedContent Form(string? token, int[] days, string morningStart, string morningEnd, string afternoonStart, string afternoonEnd)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.MorningStart", morningStart),
            new("Input.MorningEnd", morningEnd),
            new("Input.AfternoonStart", afternoonStart),
            new("Input.AfternoonEnd", afternoonEnd),
        };
        fields.AddRange(days.Select(d => new KeyValuePair<string, string>("Input.Days", d.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }

        return new FormUrlEncodedContent(fields);
    }
}
