using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Evaluation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Evaluation;

/// <summary>
/// TT 01/2018 chỉ số 5 of a past quarter reads the one-stop list in force then, not today's (ADR-066): Sở Nội vụ receives
/// every procedure elsewhere in Q4 2026 and decides every one at the one-stop unit from January 2027; Q4 2026 keeps 0
/// points, Q1 2027 gets 2; with the setting at the period's start Q1 2027 reads the December list; the page names the day.
/// </summary>
public sealed partial class OneStopListHistoryTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string ListPage = "/catalog/one-stop-list";

    [Fact]
    public async Task A_past_quarter_is_evaluated_with_the_one_stop_list_in_force_at_its_end()
    {
        await DeclareAsync(new DateTimeOffset(2026, 12, 10, 3, 0, 0, TimeSpan.Zero), "Elsewhere");
        await DeclareAsync(new DateTimeOffset(2027, 1, 12, 3, 0, 0, TimeSpan.Zero), "Decided");
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 6, 3, 0, 0, TimeSpan.Zero));

        var q4 = ReportPeriods.Of(PeriodKind.Quarter, 2026, 4, PeriodCalendar.Calendar);
        var q1 = ReportPeriods.Of(PeriodKind.Quarter, 2027, 1, PeriodCalendar.Calendar);

        (await PointsAsync(q4, OneStopListDay.PeriodEnd)).ShouldBe(0m, "every procedure was received elsewhere at the end of Q4 2026");
        (await PointsAsync(q1, OneStopListDay.PeriodEnd)).ShouldBe(2m, "from January every procedure was decided at the one-stop unit");
        (await PointsAsync(q1, OneStopListDay.PeriodStart)).ShouldBe(0m, "on 1/1/2027 the December list was in force");

        var page = WebUtility.HtmlDecode(await (await factory.ClientAsync("giamdoc")).GetStringAsync("/metrics/danh-gia?ky=2026-Q4"));
        page.ShouldContain("danh mục áp dụng tại ngày 31/12/2026");
    }

    /// <summary>Sets every line of Sở Nội vụ's list to <paramref name="handling"/> at <paramref name="at"/>, through the list page.</summary>
    private async Task DeclareAsync(DateTimeOffset at, string handling)
    {
        factory.Clock.SetUtcNow(at);
        var client = await factory.ClientAsync("giamdoc");
        var codes = CodeField().Matches(WebUtility.HtmlDecode(await client.GetStringAsync(ListPage))).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBeGreaterThan(1);
        var fields = codes.SelectMany((c, i) => new KeyValuePair<string, string>[] { new($"rows[{i}].Code", c), new($"rows[{i}].Handling", handling), new($"rows[{i}].PostedOn", "") })
            .Append(new("agency", DemoProvince.HomeAffairs));

        var response = await client.SubmitFormAsync(ListPage, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Sở Nội vụ's chỉ số 5 in <paramref name="period"/> with the list of the day <paramref name="day"/> names.</summary>
    private async Task<decimal?> PointsAsync(ReportPeriod period, OneStopListDay day)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.HomeAffairs).Select(a => a.Id).SingleAsync();
        var options = Options.Create(new MetricsOptions { Evaluation = new EvaluationOptions { OneStopListDay = day } });
        var results = ActivatorUtilities.CreateInstance<EvaluationResults>(scope.ServiceProvider, options);
        var report = await results.ComputeAsync([agencyId], period, OfficerFilter.None, CancellationToken.None);
        return report.Units.Single().Item.Indicators.Single(i => i.Figure.Indicator == EvaluationIndicator.DecidedAtOneStop).Figure.Points;
    }

    [GeneratedRegex("name=\"rows\\[[0-9]+\\]\\.Code\" value=\"([^\"]+)\"")]
    private static partial Regex CodeField();
}
