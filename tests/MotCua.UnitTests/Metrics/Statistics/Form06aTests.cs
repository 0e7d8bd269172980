using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.UnitTests.Metrics.Statistics;

/// <summary>Biểu 06a (reporting-control-feedback §A3): how each kind of dossier is counted, the total row and the identities.</summary>
public sealed class Form06aTests
{
    private static readonly StatisticsLayout Layout = StatisticsLayout.Form06a;

    [Theory]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.Early), nameof(SubmissionChannel.Online), false, new[] { 3, 4, 7, 8 })]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.OnTime), nameof(SubmissionChannel.Direct), false, new[] { 3, 5, 7, 9 })]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.Late), nameof(SubmissionChannel.Postal), false, new[] { 3, 5, 7, 10 })]
    [InlineData(nameof(DossierTallyState.Refused), nameof(OnTimeClass.OnTime), nameof(SubmissionChannel.Online), false, new[] { 3, 4, 7, 9 })]
    [InlineData(nameof(DossierTallyState.Stopped), nameof(OnTimeClass.Late), nameof(SubmissionChannel.Direct), true, new[] { 3, 6, 7, 10 })]
    [InlineData(nameof(DossierTallyState.Withdrawn), nameof(OnTimeClass.Late), nameof(SubmissionChannel.Direct), false, new[] { 3, 5, 7, 10 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Early), nameof(SubmissionChannel.Online), true, new[] { 3, 6, 11, 12 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Late), nameof(SubmissionChannel.Direct), false, new[] { 3, 5, 11, 13 })]
    [InlineData(nameof(DossierTallyState.AwaitingSupplement), nameof(OnTimeClass.OnTime), nameof(SubmissionChannel.Online), false, new[] { 3, 4, 11, 12 })]
    public void By_default_a_dossier_counts_once_in_intake_and_once_as_resolved_or_in_hand_by_its_time_class(
        string state, string time, string channel, bool carriedOver, int[] columns)
    {
        var dossier = new DossierTally(Enum.Parse<DossierTallyState>(state), Enum.Parse<OnTimeClass>(time), Enum.Parse<SubmissionChannel>(channel), carriedOver);

        Layout.Classify(dossier, ResolvedRule.EndStatuses).ShouldBe(columns);
    }

    [Theory]
    [InlineData(nameof(DossierTallyState.AwaitingSupplement), nameof(OnTimeClass.Late), new[] { 3, 5, 7, 9 })]
    [InlineData(nameof(DossierTallyState.Withdrawn), nameof(OnTimeClass.Late), new[] { 3, 5, 7, 9 })]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.Late), new[] { 3, 5, 7, 10 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Late), new[] { 3, 5, 11, 13 })]
    public void Under_thanh_hoas_note_dossiers_awaiting_a_supplement_and_withdrawn_ones_are_resolved_on_time(
        string state, string time, int[] columns)
    {
        var dossier = new DossierTally(Enum.Parse<DossierTallyState>(state), Enum.Parse<OnTimeClass>(time), SubmissionChannel.Direct, false);

        Layout.Classify(dossier, ResolvedRule.SupplementAndWithdrawalOnTime).ShouldBe(columns);
    }

    [Fact]
    public void The_total_row_is_the_sum_of_the_rows_and_a_counted_table_keeps_every_identity()
    {
        var table = StatisticsTable.Count(Layout, StatisticsGrouping.Field, ResolvedRule.EndStatuses, ["Hộ tịch", "Đất đai", "Xây dựng"],
        [
            ("Hộ tịch", new DossierTally(DossierTallyState.Finished, OnTimeClass.Early, SubmissionChannel.Online, false)),
            ("Hộ tịch", new DossierTally(DossierTallyState.Processing, OnTimeClass.Late, SubmissionChannel.Direct, true)),
            ("Đất đai", new DossierTally(DossierTallyState.AwaitingSupplement, OnTimeClass.OnTime, SubmissionChannel.Postal, false)),
            ("Đất đai", new DossierTally(DossierTallyState.Withdrawn, OnTimeClass.Late, SubmissionChannel.Online, false)),
            ("Tư pháp", new DossierTally(DossierTallyState.Refused, OnTimeClass.OnTime, SubmissionChannel.Direct, false)),
        ]);

        table.Rows.Select(r => r.Label).ShouldBe(["Hộ tịch", "Đất đai", "Xây dựng", "Tư pháp"]);
        table.Rows[0].Values.ShouldBe([2L, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1]);
        table.Rows[2].Values.ShouldAllBe(v => v == 0);
        table.Total.Label.ShouldBe("Tổng cộng");
        table.Total.Values.ShouldBe([5L, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1]);
        StatisticsIdentities.Check(table).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, "(3)=(4)+(5)+(6)")]
    [InlineData(8, "(7)=(8)+(9)+(10)")]
    [InlineData(12, "(11)=(12)+(13)")]
    public void Each_broken_identity_is_reported_with_the_row_and_the_identity(int column, string identity)
    {
        // Row 1: 10 received (4 online, 5 direct, 1 carried over) = 6 resolved (2+3+1) + 4 in hand (3+1).
        long[] values = [10, 4, 5, 1, 6, 2, 3, 1, 4, 3, 1];
        values[column - 3]++;
        var table = StatisticsTable.Of(Layout, StatisticsGrouping.Unit, [new("Sở Tư pháp", [.. values])]);

        var failures = StatisticsIdentities.Check(table);

        failures.Where(f => f.Field == "Rows[0]").Select(f => f.Source).ShouldContain(identity);
        failures.First(f => f.Source == identity).Message.ShouldStartWith($"Dòng 1 (Sở Tư pháp): không khớp {identity}");
        failures.ShouldContain(f => f.Field == "Total" && f.Source == identity);
    }

    [Fact]
    public void Received_not_equal_to_resolved_plus_in_hand_is_reported_alone_when_each_part_adds_up()
    {
        // 10 received, 6 resolved, 3 in hand: each group adds up but one dossier is missing from the outcome.
        var table = StatisticsTable.Of(Layout, StatisticsGrouping.Level, [new("Cấp xã", [10, 4, 5, 1, 6, 2, 3, 1, 3, 2, 1])]);

        var failures = StatisticsIdentities.Check(table);

        failures.Select(f => (f.Field, f.Source)).ShouldBe([("Rows[0]", "(3)=(7)+(11)"), ("Total", "(3)=(7)+(11)")]);
        failures[0].Message.ShouldBe("Dòng 1 (Cấp xã): không khớp (3)=(7)+(11): cột (3) là 10, tổng các cột thành phần là 9.");
    }

    [Fact]
    public void A_negative_figure_is_reported_with_its_column()
    {
        var table = StatisticsTable.Of(Layout, StatisticsGrouping.Level, [new("Cấp tỉnh", [0, 1, -1, 0, 0, 0, 0, 0, 0, 0, 0])]);

        StatisticsIdentities.Check(table).Select(f => f.Message).ShouldContain("Dòng 1 (Cấp tỉnh): cột (5) không được âm.");
    }

    [Fact]
    public void The_thirteen_headers_follow_the_form_and_column_two_names_the_grouping()
    {
        var headers = Layout.Headers(StatisticsGrouping.Field);

        headers.Count.ShouldBe(13);
        headers[0].ShouldBe("STT");
        headers[1].ShouldBe("Lĩnh vực, công việc giải quyết");
        headers[2].ShouldBe("Số hồ sơ nhận giải quyết – Tổng số");
        headers[6].ShouldBe("Số hồ sơ đã giải quyết – Tổng số");
        headers[10].ShouldBe("Số hồ sơ đang giải quyết – Tổng số");
        Layout.Headers(StatisticsGrouping.Unit)[1].ShouldBe("Đơn vị");
        Layout.Columns.Select(c => c.Number).ShouldBe(Enumerable.Range(3, 11));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_a_programming_error()
    {
        Should.Throw<ArgumentException>(() => StatisticsTable.Of(Layout, StatisticsGrouping.Field, [new("Hộ tịch", [1, 1])]));
    }
}
