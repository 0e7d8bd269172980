using Microsoft.Extensions.Configuration;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

/// <summary>The 15:00 cut-off applies to the configured channels and quotes the configured rule (ADR-032).</summary>
public sealed class CutOffScopeTests
{
    private static readonly ProcessingTime OneDay = new(1, DeadlineUnit.WorkingDays, ProcessingTime.DefaultCutOff);

    [Fact]
    public void A_counter_dossier_after_15_00_starts_the_next_working_day_and_quotes_the_configured_source()
    {
        var policy = DossierTimePolicy.Default with { CutOffSource = "Quyết định 12/2026/QĐ-UBND" };

        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), OneDay, CutOffScope.For(policy, SubmissionChannel.Direct, OneDay));

        due.EffectiveStart.ShouldBe(At(2026, 3, 3, 7));
        due.Explanation.ShouldContain("sau 15:00 nên tính từ ngày làm việc tiếp theo (theo Quyết định 12/2026/QĐ-UBND)");
        due.Explanation.ShouldNotContain("Điều 18");
    }

    [Fact]
    public void The_default_source_is_the_provincial_one_stop_regulation_and_paper_channels_only()
    {
        var policy = DossierTimePolicy.Default;

        policy.CutOffSource.ShouldBe("Quy chế tổ chức và hoạt động của Bộ phận Một cửa của tỉnh");
        policy.CutOffApplies(SubmissionChannel.Direct).ShouldBeTrue();
        policy.CutOffApplies(SubmissionChannel.Postal).ShouldBeTrue();
        policy.CutOffApplies(SubmissionChannel.Online).ShouldBeFalse();
    }

    [Fact]
    public void An_online_dossier_accepted_after_15_00_starts_at_once_by_default()
    {
        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), OneDay, CutOffScope.For(DossierTimePolicy.Default, SubmissionChannel.Online, OneDay));

        due.Adjustment.ShouldBe(StartAdjustment.None);
        due.EffectiveStart.ShouldBe(At(2026, 3, 2, 15, 30));
    }

    [Theory]
    [InlineData(null, "Direct", true)]
    [InlineData(null, "Postal", true)]
    [InlineData(null, "Online", false)]
    [InlineData("Online", "Online", true)]
    [InlineData("Online", "Direct", false)]
    [InlineData("Direct, Online", "Postal", false)]
    [InlineData("None", "Direct", false)]
    [InlineData("None", "Online", false)]
    public void The_procedure_s_own_channels_replace_the_agency_setting_and_none_means_never(string? own, string channel, bool applies)
    {
        var time = OneDay with { CutOffChannels = own is null ? null : Enum.Parse<SubmissionChannels>(own) };

        CutOffScope.For(DossierTimePolicy.Default, Enum.Parse<SubmissionChannel>(channel), time).Applies.ShouldBe(applies);
    }

    [Fact]
    public void The_procedure_s_own_rule_is_quoted_before_the_configured_source_even_with_the_agency_s_channels()
    {
        var policy = DossierTimePolicy.Default with { CutOffSource = "Quyết định 12/2026/QĐ-UBND" };
        var notarial = OneDay with { CutOffSource = "Nghị định 23/2015/NĐ-CP Điều 7" };

        var own = CutOffScope.For(policy, SubmissionChannel.Direct, notarial);
        var configured = CutOffScope.For(policy, SubmissionChannel.Direct, OneDay);

        own.ShouldBe(new CutOffScope(true, "Nghị định 23/2015/NĐ-CP Điều 7"));
        configured.ShouldBe(new CutOffScope(true, "Quyết định 12/2026/QĐ-UBND"));
        DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), notarial, own).Explanation
            .ShouldContain("sau 15:00 nên tính từ ngày làm việc tiếp theo (theo Nghị định 23/2015/NĐ-CP Điều 7)");
    }

    [Fact]
    public void With_no_channel_in_the_procedure_s_rule_a_counter_dossier_after_15_00_starts_at_receipt()
    {
        var always = OneDay with { CutOffChannels = SubmissionChannels.None };

        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), always, CutOffScope.For(DossierTimePolicy.Default, SubmissionChannel.Direct, always));

        due.Adjustment.ShouldBe(StartAdjustment.None);
        due.EffectiveStart.ShouldBe(At(2026, 3, 2, 15, 30));
        due.Explanation.ShouldNotContain("ngày làm việc tiếp theo");
    }

    [Fact]
    public void Bad_cut_off_settings_are_named_at_start()
    {
        var policy = DossierTimePolicy.Default with { CutOffChannels = [SubmissionChannel.Direct, SubmissionChannel.Direct, (SubmissionChannel)9], CutOffSource = " " };

        var errors = policy.Validate();

        errors.ShouldContain(e => e.Contains("Dossiers:Time:CutOffChannels", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("Dossiers:Time:CutOffSource", StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_cut_off_channels_replace_the_default_rather_than_adding_to_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dossiers:Time:CutOffChannels:0"] = "Online" })
            .Build();

        var policy = configuration.GetSection(DossierTimePolicy.SectionName).Get<DossierTimePolicy>()!;

        policy.CutOffChannels.ShouldBe([SubmissionChannel.Online]);
        policy.Validate().ShouldBeEmpty();
        policy.CutOffApplies(SubmissionChannel.Direct).ShouldBeFalse();
    }
}
