using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Live;

namespace MotCua.UnitTests.Metrics.Live;

/// <summary>The one-line reasons of the drill-down lists and the period membership of §E (ADR-054), with worked examples.</summary>
public sealed class WhyItCountsTests
{
    private static readonly DateTime Received = Utc(2026, 12, 1, 8, 0);
    private static readonly DateTime Due = Utc(2026, 12, 7, 9, 0);

    [Fact]
    public void A_dossier_ended_after_its_766_due_says_when_it_ended_the_due_and_the_supplement_pause()
    {
        var figures = Figures(finished: Utc(2026, 12, 7, 14, 20), supplements: [new(Utc(2026, 12, 2, 8, 0), Utc(2026, 12, 4, 8, 0))]);
        var judgement = new DossierJudgement(Due, OnTimeClass.Late, OnTimeClass.OnTime, IsOpen: false);

        WhyItCounts.Text("2.1", figures, judgement, Utc(2026, 12, 31, 17, 0))
            .ShouldBe("Kết thúc 14:20 07/12/2026, sau hạn 766 09:00 (tạm dừng chờ bổ sung 08:00 02/12/2026 – 08:00 04/12/2026)");
    }

    [Fact]
    public void An_open_dossier_is_described_at_the_period_end_and_a_waiting_supplement_is_its_end()
    {
        var open = Figures();
        WhyItCounts.Text("2.1", open, new DossierJudgement(Due, OnTimeClass.Late, OnTimeClass.Late, IsOpen: true), Utc(2026, 12, 31, 17, 0))
            .ShouldBe("Đang xử lý tại 17:00 31/12/2026, đã quá hạn 766 09:00 07/12/2026");

        var waiting = Figures(supplements: [new(Utc(2026, 12, 3, 10, 0), null)]);
        WhyItCounts.Text("2.1", waiting, new DossierJudgement(Due, OnTimeClass.Early, OnTimeClass.Early, IsOpen: true), Utc(2026, 12, 31, 17, 0))
            .ShouldBe("Chờ bổ sung từ 10:00 03/12/2026 (mốc kết thúc theo 766), trước hạn 766 09:00 07/12/2026");
    }

    [Fact]
    public void A_result_says_whether_it_has_an_electronic_copy_and_fees_whether_they_were_paid_online()
    {
        var figures = Figures(finished: Utc(2026, 12, 7, 9, 31));
        WhyItCounts.Text("4.1", figures, null, Utc(2026, 12, 31, 17, 0), electronicResult: true).ShouldStartWith("Có kết quả 09:31 07/12/2026, có bản điện tử");
        WhyItCounts.Text("4.1", figures, null, Utc(2026, 12, 31, 17, 0)).ShouldStartWith("Có kết quả 09:31 07/12/2026, không có bản điện tử");
        WhyItCounts.Text("3.6", figures, null, Utc(2026, 12, 31, 17, 0), paidOnline: true).ShouldEndWith("đã thanh toán trực tuyến");
        WhyItCounts.Text("3.6", figures, null, Utc(2026, 12, 31, 17, 0)).ShouldEndWith("không thanh toán trực tuyến");
    }

    [Fact]
    public void Two_supplement_requests_are_named_as_what_makes_the_dossier_late()
    {
        var figures = Figures(
            returned: Utc(2026, 12, 5, 9, 0),
            supplements: [new(Utc(2026, 12, 2, 8, 0), Utc(2026, 12, 2, 15, 0)), new(Utc(2026, 12, 3, 8, 0), Utc(2026, 12, 3, 10, 0))]);

        WhyItCounts.Text("2.1", figures, new DossierJudgement(Due, OnTimeClass.Late, OnTimeClass.Early, IsOpen: false), Utc(2026, 12, 31, 17, 0))
            .ShouldEndWith("(yêu cầu bổ sung 2 lần: tính quá hạn theo 766)");
    }

    [Fact]
    public void The_other_chi_so_name_the_fact_that_counts()
    {
        WhyItCounts.Text("3.3", Figures(channel: SubmissionChannel.Online), null, Utc(2026, 12, 31, 17, 0)).ShouldBe("Tiếp nhận 08:00 01/12/2026, nộp trực tuyến");
        WhyItCounts.Text("4.2", Figures(components: (3, 2, 1, 0)), null, Utc(2026, 12, 31, 17, 0)).ShouldBe("2/3 thành phần hồ sơ được số hóa, 1 thành phần miễn số hóa");
        WhyItCounts.Text("5.4", Figures(), new DossierJudgement(Due, OnTimeClass.Late, OnTimeClass.Late, true), Utc(2026, 12, 31, 17, 0), ratedUnsatisfied: true)
            .ShouldBe("Tiếp nhận 08:00 01/12/2026; quá hạn theo thống kê 766; đánh giá không hài lòng");
    }

    [Fact]
    public void A_dossier_counts_in_2_1_when_received_before_the_period_end_and_not_ended_before_its_start()
    {
        var start = Utc(2026, 12, 1, 0, 0) - VietnamTime.Offset;
        var end = Utc(2027, 1, 1, 0, 0) - VietnamTime.Offset;
        var inHand = PeriodMembership.InHand(start, end).Compile();

        inHand(Row(Figures(received: Utc(2026, 11, 20, 8, 0)))).ShouldBeTrue("carried over, still open");
        inHand(Row(Figures(received: Utc(2026, 11, 20, 8, 0), finished: Utc(2026, 11, 28, 8, 0)))).ShouldBeFalse("ended before the period");
        inHand(Row(Figures(received: Utc(2026, 11, 20, 8, 0), finished: Utc(2026, 12, 2, 8, 0)))).ShouldBeTrue("ended in the period");
        inHand(Row(Figures(received: Utc(2027, 1, 2, 8, 0)))).ShouldBeFalse("received after the period");
        inHand(Row(Figures(notReceived: true))).ShouldBeFalse("never received");
        PeriodMembership.Received(start, end).Compile()(Row(Figures(received: Utc(2026, 11, 20, 8, 0)))).ShouldBeFalse("3.3 counts by reception date");
    }

    [Fact]
    public void An_open_dossier_without_a_supplement_is_decided_by_the_period_end_alone_and_one_with_a_supplement_is_judged_with_the_calendar()
    {
        var end = Utc(2026, 12, 31, 17, 0);
        var plain = Row(Figures());
        PeriodMembership.DecidedLate(end).Compile()(plain).ShouldBeTrue("the printed due 07/12 is before the period end");
        PeriodMembership.Undecided(end).Compile()(plain).ShouldBeFalse();
        PeriodMembership.DecidedLate(Utc(2026, 12, 5, 0, 0)).Compile()(plain).ShouldBeFalse("the period ended before the due");

        var paused = Row(Figures(supplements: [new(Utc(2026, 12, 2, 8, 0), Utc(2026, 12, 4, 8, 0))]));
        PeriodMembership.Undecided(end).Compile()(paused).ShouldBeTrue("the pause moves the due by working time");
        PeriodMembership.Undecided(Utc(2026, 12, 1, 12, 0)).Compile()(paused).ShouldBeFalse("no supplement asked by that end");
    }

    [Theory]
    [InlineData("1.250", 1250)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1 250 000", 1250000)]
    [InlineData("0", 0)]
    public void Entered_figures_read_as_officers_type_them(string text, double expected) =>
        EnteredValues.ParseFigure(text).ShouldBe((decimal)expected);

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1,2,3")]
    [InlineData("12,345")]
    [InlineData("２０")]
    [InlineData("2000000000")]
    [InlineData("")]
    public void Other_figures_are_refused(string text) => EnteredValues.ParseFigure(text).ShouldBeNull();

    private static MetricDossier Row(DossierFigures figures) => MetricDossier.Of(figures, Utc(2027, 1, 5, 0, 0));

    private static DossierFigures Figures(
        DateTime? finished = null, DateTime? returned = null, IReadOnlyList<SupplementPeriod>? supplements = null, SubmissionChannel channel = SubmissionChannel.Direct,
        (int Count, int Digitised, int Exempt, int Reused) components = default, DateTime? received = default, bool notReceived = false)
    {
        var receivedAt = received ?? Received;
        var ended = new[] { finished, returned }.Where(t => t is not null).Min();
        var list = supplements ?? [];
        return new DossierFigures(
            Guid.NewGuid(), "H99.01-261201-0001", Guid.NewGuid(), Guid.NewGuid(), "1.000362", Guid.NewGuid(), channel, DossierStatus.Processing, receivedAt,
            notReceived ? null : receivedAt, Due, Due, 7, Modules.Calendar.DeadlineUnit.WorkingDays, finished, returned, null, null, ended, finished is null ? null : DossierOutcome.Granted,
            list, list.FirstOrDefault(s => s.CompletedAt is null)?.RequestedAt, 0, [], components.Count, components.Digitised, components.Exempt, components.Reused,
            null, FeeStatus.NotApplicable, 3);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => VietnamTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));
}
