using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// The two time notions of a dossier on a stopped clock: the legal status against the appointment the applicant holds and
/// the national statistic, each named on the page and in the API; the apology for a dossier that is already late.
/// The tests share one host: each puts its clock back to <see cref="ClockedFactory.Start"/>, receives a dossier of its
/// own and looks only at that dossier (by its code in the lists, by its new appointment in the outbox).
/// </summary>
public sealed class TimeStatusTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_dossier_settled_by_its_restarted_date_is_on_time_by_law_and_late_only_by_the_national_statistic()
    {
        // Received Mon 07/12 08:00 (7 working days: due Wed 16/12 08:00); supplement asked Wed 09/12, completed Mon 14/12:
        // restarted, the applicant holds Wed 23/12 08:00; paused, the statistic's due is Mon 21/12 08:00. Settled Tue 22/12.
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        // Signed-in sessions expire on the moved clock: each step signs in afresh.
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));
        factory.Clock.Advance(TimeSpan.FromDays(5));
        await factory.DoAsync(await factory.ClientAsync("motcua"), id, "CompleteSupplement");
        VietnamTime.ToLocal(new DateTimeOffset((await factory.LoadAsync(id)).Dossier.DueAt!.Value, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 12, 23, 8, 0, 0));

        factory.Clock.Advance(TimeSpan.FromDays(8) + TimeSpan.FromHours(1));
        await factory.SettleAsync(id, factory.Clock.GetUtcNow());

        var page = WebUtility.HtmlDecode(await (await factory.ClientAsync("motcua")).GetStringAsync($"/dossiers/{id}"));
        Sentence(page, "legal-time").ShouldBe("Giải quyết trước hạn.");
        Sentence(page, "statistic-time").ShouldBe("Được tính là quá hạn.");
        page.ShouldContain("Theo chỉ số thống kê quốc gia (Bộ chỉ số 766, chỉ số 2.1)");

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre));
        var state = await api.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + (await factory.LoadAsync(id)).Dossier.Code);
        state.GetProperty("progress").GetProperty("legalTimeClass").GetString().ShouldBe("Early");
        state.GetProperty("progress").GetProperty("statisticTimeClass").GetString().ShouldBe("Late");

        // The applicant's tracking page tells the legal status only, by the same definition.
        var tracking = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/tra-cuu?ma=" + (await factory.LoadAsync(id)).Dossier.Code));
        Sentence(tracking, "legal-time").ShouldBe("Giải quyết trước hạn.");
        tracking.ShouldNotContain("Được tính là quá hạn.");
    }

    [Fact]
    public async Task A_dossier_already_late_gets_an_apology_flagged_as_issued_after_the_due_date_and_the_applicant_is_told()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var code = (await factory.LoadAsync(id)).Dossier.Code!;
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre));

        // Wed 16/12 08:00 has passed: legally overdue, and too late for an extension (at least one working day before).
        factory.Clock.Advance(TimeSpan.FromDays(10));
        var desk = await factory.ClientAsync("motcua");
        var overdue = await api.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?overdue=true&pageSize=100");
        overdue.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldContain(code);
        var director = await factory.ClientAsync("giamdoc");
        var extension = await factory.ActAsync(director, id, "RequestExtension", fields: [("Comment", "Chậm."), ("NewDueDate", "2026-12-21")]);
        extension.StatusCode.ShouldBe(HttpStatusCode.OK);
        Sentence(WebUtility.HtmlDecode(await desk.GetStringAsync($"/dossiers/{id}")), "late-apology")
            .ShouldStartWith("Hồ sơ quá hạn theo thời hạn pháp lý và chưa có văn bản xin lỗi");

        await factory.DoAsync(director, id, "Apologise", null, ("Comment", "Phải xác minh thực địa."), ("NewDueDate", "2026-12-22"));

        var dossier = (await factory.LoadAsync(id)).Dossier;
        var apology = dossier.Apologies.ShouldHaveSingleItem();
        apology.IssuedAfterDue.ShouldBeTrue();
        apology.DueAt.ShouldBe(dossier.DueAt!.Value);
        VietnamTime.ToLocal(new DateTimeOffset(apology.NewAppointment, TimeSpan.Zero)).ShouldBe(new DateTime(2026, 12, 22, 17, 0, 0));
        dossier.DueAt.ShouldBe(dossier.OriginalDueAt);

        var letter = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/apology")));
        letter.ShouldContain("Phải xác minh thực địa.");
        letter.ShouldContain("22/12/2026");
        letter.ShouldContain("16/12/2026");

        var page = WebUtility.HtmlDecode(await desk.GetStringAsync($"/dossiers/{id}"));
        page.ShouldContain("Gửi sau ngày hẹn trả");
        Sentence(page, "legal-time").ShouldBe("Đang giải quyết, đã quá ngày hẹn trả.");
        Sentence(page, "late-apology").ShouldBe("Đã gửi văn bản xin lỗi, hẹn lại ngày trả kết quả sau ngày hẹn.");

        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.OutboxMessages.CountAsync(m => m.Kind == "DossierApologised" && m.Subject!.Contains("22/12/2026"))).ShouldBe(1);
        }

        var tracking = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/tra-cuu?ma=" + code));
        tracking.ShouldContain("Hẹn trả kết quả lại (văn bản xin lỗi)");
    }

    [Fact]
    public async Task While_the_applicant_completes_the_dossier_it_is_not_listed_as_overdue()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Tờ khai — thiếu chữ ký"));
        factory.Clock.Advance(TimeSpan.FromDays(20));
        var desk = await factory.ClientAsync("motcua");
        var code = (await factory.LoadAsync(id)).Dossier.Code!;

        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre));
        var overdue = await api.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?overdue=true&pageSize=100");
        overdue.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldNotContain(code);
        Sentence(WebUtility.HtmlDecode(await desk.GetStringAsync($"/dossiers/{id}")), "legal-time").ShouldStartWith("Đang chờ người nộp bổ sung hồ sơ");
    }

    /// <summary>The text of the element with <paramref name="id"/>.</summary>
    private static string Sentence(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no #{id} on the page");
        start = html.IndexOf('>', start) + 1;
        return html[start..html.IndexOf('<', start)].Trim();
    }
}
