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

        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), OneDay, CutOffScope.For(policy, SubmissionChannel.Direct));

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
        var due = DueDates.Compute(Year2026, At(2026, 3, 2, 15, 30), OneDay, CutOffScope.For(DossierTimePolicy.Default, SubmissionChannel.Online));

        due.Adjustment.ShouldBe(StartAdjustment.None);
        due.EffectiveStart.ShouldBe(At(2026, 3, 2, 15, 30));
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
