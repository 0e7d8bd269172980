using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.UnitTests.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers;

/// <summary>
/// <see cref="DossierFigures.Judge"/> gives the verdicts of <see cref="Dossier.TimeStatus"/> (ADR-028, ADR-049): received
/// Monday 2/3/2026 09:00 for 10 working days, appointment Monday 16/3/2026 17:00.
/// </summary>
public sealed class DossierFiguresJudgeTests
{
    private static readonly Actor Officer = new(null, "Trần Thị Bình", null);

    private static readonly DossierTimePolicy TwoRequests = DossierTimePolicy.Default with { MaxSupplementRequests = 2 };

    private static readonly DateTimeOffset[] Instants =
    [
        Clock.At(2026, 3, 3, 10), Clock.At(2026, 3, 10, 9), Clock.At(2026, 3, 16, 12), Clock.At(2026, 3, 17, 9), Clock.At(2026, 3, 20, 16), Clock.At(2026, 4, 30, 9),
    ];

    public static TheoryData<string> Cases => [.. Scenarios.Keys];

    private static readonly Dictionary<string, Func<Dossier>> Scenarios = new()
    {
        ["open"] = () => Processing(),
        ["ended early"] = () => Finished(Processing(), Clock.At(2026, 3, 10, 10)),
        ["ended on the due date"] = () => Finished(Processing(), Clock.At(2026, 3, 16, 10)),
        ["ended late"] = () => Finished(Processing(), Clock.At(2026, 3, 19, 10)),
        ["refused after appraisal"] = () =>
        {
            var dossier = Processing();
            dossier.ProposeRefusal("Không đủ điều kiện", Clock.At(2026, 3, 9, 9).UtcDateTime, Officer);
            return Finished(dossier, Clock.At(2026, 3, 9, 15));
        },
        ["completed supplement"] = () =>
        {
            var dossier = Processing();
            dossier.RequestSupplement("Bản sao", Clock.At(2026, 3, 3, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
            dossier.CompleteSupplement(Clock.At(2026, 3, 5, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default, null);
            return Finished(dossier, Clock.At(2026, 3, 18, 10));
        },
        ["pending supplement after one request"] = () =>
        {
            var dossier = Processing();
            dossier.RequestSupplement("Bản sao", Clock.At(2026, 3, 3, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
            return dossier;
        },
        ["two requests"] = () =>
        {
            var dossier = Processing();
            dossier.RequestSupplement("Bản sao", Clock.At(2026, 3, 3, 9).UtcDateTime, Officer, Clock.Year2026, TwoRequests);
            dossier.CompleteSupplement(Clock.At(2026, 3, 3, 14).UtcDateTime, Officer, Clock.Year2026, TwoRequests, null);
            dossier.RequestSupplement("Tờ khai", Clock.At(2026, 3, 4, 9).UtcDateTime, Officer, Clock.Year2026, TwoRequests);
            dossier.CompleteSupplement(Clock.At(2026, 3, 5, 9).UtcDateTime, Officer, Clock.Year2026, TwoRequests, null);
            return Finished(dossier, Clock.At(2026, 3, 6, 10));
        },
        ["approved extension"] = () =>
        {
            var dossier = Processing();
            dossier.RequestExtension("Phải xác minh", Clock.At(2026, 3, 20, 17).UtcDateTime, Clock.At(2026, 3, 12, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
            dossier.DecideExtension(true, null, Clock.At(2026, 3, 12, 10).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
            return Finished(dossier, Clock.At(2026, 3, 19, 10));
        },
        ["withdrawn"] = () =>
        {
            var dossier = Processing();
            dossier.Withdraw(new DateOnly(2026, 3, 4), "Người nộp rút hồ sơ", Clock.At(2026, 3, 4, 10).UtcDateTime, Officer);
            return dossier;
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judging_the_figures_gives_the_verdicts_of_the_dossier_page(string scenario)
    {
        var dossier = Scenarios[scenario]();
        var figures = DossierFigures.Of(dossier);

        foreach (var granularity in Enum.GetValues<OnTimeGranularity>())
        {
            foreach (var asOf in Instants)
            {
                var page = dossier.TimeStatus(Clock.Year2026, asOf, granularity)!;
                var judged = figures.Judge(Clock.Year2026, asOf, granularity)!;

                judged.ShouldBe(
                    new DossierJudgement(page.Statistic.Due.UtcDateTime, page.Statistic.Class, page.Legal.Class, page.Legal.IsOpen),
                    $"{scenario}, {granularity}, as of {asOf:O}");
            }
        }
    }

    [Theory]
    [InlineData("ended early", "Early", "Early")]
    [InlineData("ended on the due date", "OnTime", "OnTime")]
    [InlineData("ended late", "Late", "Late")]
    [InlineData("two requests", "Late", "Early")]
    [InlineData("approved extension", "Late", "Early")]
    public void An_ended_dossier_is_judged_for_good_at_its_end(string scenario, string statistic, string legal)
    {
        // Bộ chỉ số 766 chỉ số 2.1 reads the receipt's appointment (a second request is late); NĐ 61/2018 Điều 19 khoản 9 the extended one.
        var figures = DossierFigures.Of(Scenarios[scenario]());

        var judged = figures.Judge(Clock.Year2026, figures.EndedAt!.Value.AsInstant(), OnTimeGranularity.DeadlineUnit)!;

        judged.StatisticClass.ToString().ShouldBe(statistic);
        judged.LegalClass.ToString().ShouldBe(legal);
        judged.IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void A_dossier_not_yet_received_is_not_judged()
    {
        var figures = DossierFigures.Of(DossierFiguresTests.Submitted(Clock.At(2026, 3, 2, 8).UtcDateTime));

        figures.Judge(Clock.Year2026, Clock.At(2026, 3, 10, 9), OnTimeGranularity.DeadlineUnit).ShouldBeNull();
    }

    private static Dossier Finished(Dossier dossier, DateTimeOffset at)
    {
        dossier.Finish("7/GP", DateOnly.FromDateTime(at.UtcDateTime), "Cấp giấy phép", at.UtcDateTime, Officer);
        return dossier;
    }

    private static Dossier Processing()
    {
        var received = Clock.At(2026, 3, 2, 9).UtcDateTime;
        var dossier = DossierFiguresTests.Accepted(received, Clock.At(2026, 3, 16, 17).UtcDateTime);
        dossier.StartProcessing(Guid.CreateVersion7(), dossier.AgencyId, received.AddHours(1), Officer, "Thẩm định");
        return dossier;
    }
}
