using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Modules.Calendar.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Calendar;

[Collection(SharedHosts.DemoData)]
public sealed class CalendarApiTests(MotCuaFactory factory)
{
    [Fact]
    public async Task Due_date_across_Tet_2026_is_Friday_27_2_at_17_00_with_the_skipped_days()
    {
        var client = factory.CreateClient();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/due?start=2026-02-13T16:10:00%2B07:00&amount=5&unit=WorkingDays");

        json.GetProperty("due").GetString().ShouldBe("2026-02-27T17:00:00+07:00");
        json.GetProperty("effectiveStart").GetString().ShouldBe("2026-02-23T07:00:00+07:00");
        var explanation = json.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()).ToArray();
        explanation.ShouldContain("16/02/2026 – Tết Nguyên đán (30 tháng Chạp)");
        explanation[0]!.ShouldContain("sau 15:00");
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59:59-12:00")]
    public async Task A_start_at_the_edge_of_representable_time_is_a_validation_problem(string start)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/calendar/due?amount=1&unit=WorkingDays&start=" + Uri.EscapeDataString(start));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"start\"");
    }

    [Fact]
    public async Task Due_date_honours_an_agency_schedule_and_the_cutoff_parameter()
    {
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var agency = db.Agencies.Single(a => a.Code == "H99.52");
            db.AgencyWorkingSchedules.Add(new AgencyWorkingSchedule
            {
                Id = Guid.CreateVersion7(),
                AgencyId = agency.Id,
                WorkingDays = "1,2,3,4,5,6",
                Sessions = "07:30-11:30,13:00-17:00",
                UpdatedBy = "test",
                UpdatedAtUtc = DateTime.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        var client = factory.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/calendar/due?start=2026-03-06T16:30:00%2B07:00&amount=1&unit=WorkingDays&agency=H99.52&cutoff=16:45");

        json.GetProperty("due").GetString().ShouldBe("2026-03-07T16:30:00+07:00");
        json.GetProperty("agency").GetString().ShouldBe("H99.52");
    }

    [Fact]
    public async Task Holidays_of_2026_include_the_compensatory_Monday_and_the_worked_Saturday()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/holidays?year=2026");

        var off = json.GetProperty("daysOff").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        off["2026-04-27"].ShouldBe("Compensatory");
        off["2026-02-17"].ShouldBe("Holiday");
        off["2026-08-31"].ShouldBe("SwapOff");
        json.GetProperty("workedRestDays").EnumerateArray().Single().GetProperty("date").GetString().ShouldBe("2026-08-22");
    }

    [Fact]
    public async Task Holidays_of_2030_are_computed_from_the_rules()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/holidays?year=2030&agency=H99.10");

        var dates = json.GetProperty("daysOff").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToArray();
        dates.ShouldContain("2030-02-02");
        dates.ShouldContain("2030-04-12");
    }

    [Fact]
    public async Task Lunar_date_of_2_2_2030_is_Tet_Canh_Tuat()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/lunar?date=2030-02-02");

        json.GetProperty("day").GetInt32().ShouldBe(1);
        json.GetProperty("month").GetInt32().ShouldBe(1);
        json.GetProperty("year").GetInt32().ShouldBe(2030);
        json.GetProperty("isLeapMonth").GetBoolean().ShouldBeFalse();
        json.GetProperty("yearName").GetString().ShouldBe("Canh Tuất");
    }

    [Theory]
    [InlineData("/api/v1/calendar/holidays?year=1899", "year", "1900–2199")]
    [InlineData("/api/v1/calendar/holidays?year=abc", "year", "1900–2199")]
    [InlineData("/api/v1/calendar/holidays", "year", "1900–2199")]
    [InlineData("/api/v1/calendar/holidays?year=2026&agency=X99", "agency", "Không tìm thấy cơ quan")]
    [InlineData("/api/v1/calendar/lunar?date=2030-13-01", "date", "yyyy-MM-dd")]
    [InlineData("/api/v1/calendar/lunar?date=2200-01-01", "date", "1900–2199")]
    [InlineData("/api/v1/calendar/lunar", "date", "yyyy-MM-dd")]
    [InlineData("/api/v1/calendar/due?start=hom-nay&amount=5&unit=WorkingDays", "start", "ISO 8601")]
    [InlineData("/api/v1/calendar/due?start=1850-01-01T09:00&amount=5&unit=WorkingDays", "start", "1900–2199")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=-1&unit=WorkingDays", "amount", "số nguyên")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=99999999999999&unit=WorkingDays", "amount", "số nguyên")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=5&unit=Weeks", "unit", "WorkingDays")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=5&unit=7", "unit", "WorkingDays")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=5&unit=WorkingDays&agency=nope", "agency", "Không tìm thấy cơ quan")]
    [InlineData("/api/v1/calendar/due?start=2026-02-13T09:00&amount=5&unit=WorkingDays&cutoff=25:61", "cutoff", "HH:mm")]
    [InlineData("/api/v1/calendar/due?start=2199-12-20T09:00&amount=900&unit=WorkingDays", "amount", "2199")]
    public async Task Bad_parameters_get_a_400_with_a_Vietnamese_message(string url, string field, string message)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(message);
    }

    [Fact]
    public async Task The_three_routes_are_described_in_OpenAPI()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/v1/calendar/due");
        document.ShouldContain("/api/v1/calendar/holidays");
        document.ShouldContain("/api/v1/calendar/lunar");
    }
}
