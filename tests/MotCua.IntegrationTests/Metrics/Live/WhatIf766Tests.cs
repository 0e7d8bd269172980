using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;
using static MotCua.IntegrationTests.Metrics.Live.Live766Arrange;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>
/// Mô phỏng Bộ chỉ số 766 (ADR-057) on a stopped clock: an open dossier past its appointment is counted by scenario (a) and
/// the simulation's "now" is the live score; the page says it is a simulation, refuses another agency's scope like the 766
/// page, and answers a bad N or target with a Vietnamese message, never a server error.
/// </summary>
public sealed class WhatIf766Tests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task The_open_overdue_dossier_is_counted_on_time_in_scenario_a_and_now_is_the_live_score()
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        factory.Clock.Advance(TimeSpan.FromDays(20));
        await factory.SettleFactsAsync();

        await using (var services = factory.Services.CreateAsyncScope())
        {
            var period = ReportPeriods.Of(PeriodKind.Month, 2026, 12, PeriodCalendar.Calendar);
            var read = (await services.ServiceProvider.GetRequiredService<WhatIf766Reader>().ReadAsync(new Scope766(null, null, null, null, null), period, CancellationToken.None)).ShouldNotBeNull();
            read.Basis.OpenOverdueInHand.ShouldBeGreaterThanOrEqualTo(1);
            read.Basis.OpenOverdueReceived.ShouldBeGreaterThanOrEqualTo(1);
            var outcome = WhatIf766.Simulate(read.Live.Set, read.Basis, 0, 0.9m);
            outcome.Now.Total.ShouldBe(read.Live.Score.Total, "the simulation starts from the live score");
            var ended = outcome.Cases.Single(c => c.Scenario == WhatIfScenario.EndOverdue);
            var onTime = ended.Changed.Single(i => i.Now.Id == "2.1");
            onTime.Simulated.Numerator.ShouldBe(onTime.Now.Numerator + read.Basis.OpenOverdueInHand);
            onTime.Simulated.Denominator.ShouldBe(onTime.Now.Denominator);
            ended.Gain.ShouldBeGreaterThan(0m);
        }

        var officer = await factory.ClientAsync("vanphong");
        var score = WebUtility.HtmlDecode(await officer.GetStringAsync("/metrics/766?scope=tinh&ky=2026-12"));
        score.ShouldContain("/metrics/766/mo-phong?scope=tinh");
        var response = await officer.GetAsync("/metrics/766/mo-phong?scope=tinh&ky=2026-12&them-toan-trinh=0&muc-tieu=95");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("Đây là mô phỏng, không phải điểm Bộ chỉ số 766.");
        page.ShouldContain("(a) Kết thúc ngay hôm nay các hồ sơ đang quá hạn — mô phỏng");
        page.ShouldContain("data-indicator=\"2.1\"");
        page.ShouldContain("/metrics/766/2.1/items?");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.EnteredIndicatorValues.CountAsync()).ShouldBe(0, "a simulation stores nothing");
        }
    }

    [Fact]
    public async Task Another_agencys_scope_is_refused_as_on_the_766_page()
    {
        var office = await factory.AgencyIdAsync(DemoProvince.ProvincialOffice);
        var homeAffairs = await factory.AgencyIdAsync(DemoProvince.HomeAffairs);
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync($"/metrics/766/mo-phong?scope=co-quan&agency={office}&ky=2026-12"));
        Denied(await (await factory.ClientAsync("giamdoc")).GetAsync("/metrics/766/mo-phong?scope=tinh&ky=2026-12"));
        Denied(await (await factory.ClientAsync("kiemsoat")).GetAsync($"/metrics/766/mo-phong?agency={homeAffairs}&ky=2026-12"));
        Denied(await (await factory.ClientAsync("chuyenvien")).GetAsync("/metrics/766/mo-phong?ky=2026-12"));
        (await (await factory.ClientAsync("giamdoc")).GetAsync($"/metrics/766/mo-phong?agency={homeAffairs}&ky=2026-12")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("them-toan-trinh=abc", "Số TTHC chuyển sang toàn trình")]
    [InlineData("them-toan-trinh=-1", "Số TTHC chuyển sang toàn trình")]
    [InlineData("them-toan-trinh=99999999999999", "Số TTHC chuyển sang toàn trình")]
    [InlineData("them-toan-trinh=1001", "Số TTHC chuyển sang toàn trình")]
    [InlineData("muc-tieu=0", "Mục tiêu hài lòng phải là số phần trăm")]
    [InlineData("muc-tieu=100,5", "Mục tiêu hài lòng phải là số phần trăm")]
    [InlineData("muc-tieu=chín mươi", "Mục tiêu hài lòng phải là số phần trăm")]
    [InlineData("ky=2026-13", "tháng")]
    public async Task A_bad_N_or_target_gets_a_Vietnamese_message_and_no_simulation(string query, string message)
    {
        var response = await (await factory.ClientAsync("vanphong")).GetAsync("/metrics/766/mo-phong?scope=tinh&" + (query.StartsWith("ky=", StringComparison.Ordinal) ? query : "ky=2026-12&" + query));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain(message);
        page.ShouldNotContain("id=\"what-if-summary\"");
    }
}
