using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.UnitTests.Metrics.Statistics;

/// <summary>The newer layout (reporting-control-feedback §A3, post-2025 columns): channel detail, apology, payment, end states.</summary>
public sealed class DetailedLayoutTests
{
    private static readonly StatisticsLayout Layout = StatisticsLayout.Detailed;

    [Theory]
    [InlineData(nameof(SubmissionChannel.Direct), nameof(OnlineServiceLevel.None), false, 4)]
    [InlineData(nameof(SubmissionChannel.Online), nameof(OnlineServiceLevel.Full), false, 5)]
    [InlineData(nameof(SubmissionChannel.Online), nameof(OnlineServiceLevel.Partial), false, 6)]
    [InlineData(nameof(SubmissionChannel.Online), nameof(OnlineServiceLevel.None), false, 7)]
    [InlineData(nameof(SubmissionChannel.Postal), nameof(OnlineServiceLevel.None), false, 8)]
    [InlineData(nameof(SubmissionChannel.Online), nameof(OnlineServiceLevel.Full), true, 9)]
    public void Intake_is_split_by_channel_and_online_level_and_carry_over_comes_first(string channel, string level, bool carriedOver, int column)
    {
        var channelValue = Enum.Parse<SubmissionChannel>(channel);
        var levelValue = Enum.Parse<OnlineServiceLevel>(level);
        Layout.Classify(new DossierTally(DossierTallyState.Finished, OnTimeClass.OnTime, channelValue, carriedOver, levelValue), ResolvedRule.EndStatuses)
            .ShouldBe([3, column, 10, 11]);
    }

    [Theory]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.Late), true, new[] { 10, 12 })]
    [InlineData(nameof(DossierTallyState.Finished), nameof(OnTimeClass.Late), false, new[] { 10, 13 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Early), false, new[] { 14, 15 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Late), true, new[] { 14, 16 })]
    [InlineData(nameof(DossierTallyState.Processing), nameof(OnTimeClass.Late), false, new[] { 14, 17 })]
    public void Late_dossiers_are_split_by_whether_an_apology_was_issued(string state, string time, bool apology, int[] outcome)
    {
        var stateValue = Enum.Parse<DossierTallyState>(state);
        var timeValue = Enum.Parse<OnTimeClass>(time);
        Layout.Classify(new DossierTally(stateValue, timeValue, SubmissionChannel.Direct, false, ApologyIssued: apology), ResolvedRule.EndStatuses)
            .ShouldBe([3, 4, .. outcome]);
    }

    [Theory]
    [InlineData(nameof(DossierTallyState.Refused), 19)]
    [InlineData(nameof(DossierTallyState.Stopped), 20)]
    [InlineData(nameof(DossierTallyState.Withdrawn), 21)]
    public void Refused_stopped_and_withdrawn_dossiers_are_resolved_and_counted_again_in_their_own_column(string state, int column)
    {
        var stateValue = Enum.Parse<DossierTallyState>(state);
        Layout.Classify(new DossierTally(stateValue, OnTimeClass.Early, SubmissionChannel.Direct, false, PaidOnline: true), ResolvedRule.EndStatuses)
            .ShouldBe([3, 4, 10, 11, 18, column]);
    }

    [Fact]
    public void A_counted_detailed_table_keeps_its_identities_and_a_broken_one_is_named()
    {
        var table = StatisticsTable.Count(Layout, StatisticsGrouping.Unit, ResolvedRule.SupplementAndWithdrawalOnTime, [],
        [
            ("UBND xã A", new DossierTally(DossierTallyState.AwaitingSupplement, OnTimeClass.Late, SubmissionChannel.Online, false, OnlineServiceLevel.Partial)),
            ("UBND xã A", new DossierTally(DossierTallyState.Processing, OnTimeClass.Late, SubmissionChannel.Direct, true)),
            ("UBND xã B", new DossierTally(DossierTallyState.Finished, OnTimeClass.Late, SubmissionChannel.Postal, false, ApologyIssued: true, PaidOnline: true)),
        ]);

        StatisticsIdentities.Check(table).ShouldBeEmpty();
        table.Total[3].ShouldBe(3);
        table.Total[11].ShouldBe(1);
        table.Total[12].ShouldBe(1);
        table.Total[17].ShouldBe(1);
        table.Total[18].ShouldBe(1);

        var values = table.Rows[1].Values.ToArray();
        values[14 - 3] = 2;
        var broken = StatisticsTable.Of(Layout, StatisticsGrouping.Unit, [new("UBND xã B", [.. values])]);
        StatisticsIdentities.Check(broken).Where(f => f.Field == "Rows[0]").Select(f => f.Source)
            .ShouldBe(["(14)=(15)+(16)+(17)", "(3)=(10)+(14)"]);
    }

    [Fact]
    public void Every_column_has_a_header_and_the_columns_are_numbered_from_3_to_21()
    {
        Layout.Columns.Select(c => c.Number).ShouldBe(Enumerable.Range(3, 19));
        Layout.Columns.ShouldAllBe(c => !c.Header.StartsWith("Column_"));
    }
}
