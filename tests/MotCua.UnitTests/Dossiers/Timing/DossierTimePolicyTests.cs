using Microsoft.Extensions.Configuration;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class DossierTimePolicyTests
{
    [Fact]
    public void The_defaults_are_the_NĐ_61_2018_figures_and_valid()
    {
        var policy = DossierTimePolicy.Default;

        policy.SupplementWindowWorkingDays.ShouldBe(3);
        policy.MaxSupplementRequests.ShouldBe(1);
        policy.SupplementClock.ShouldBe(SupplementClockMode.Restart);
        policy.ExtensionNoticeWorkingDays.ShouldBe(1);
        policy.MaxExtensions.ShouldBe(1);
        policy.DueSoonWorkingHours.ShouldBe(8);
        policy.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Out_of_range_values_are_reported_with_their_configuration_key()
    {
        var errors = (DossierTimePolicy.Default with { SupplementWindowWorkingDays = -1, MaxSupplementRequests = 0, SupplementClock = (SupplementClockMode)7 }).Validate();

        errors.Count.ShouldBe(3);
        errors[0].ShouldStartWith("Dossiers:Time:SupplementWindowWorkingDays");
        errors[1].ShouldStartWith("Dossiers:Time:MaxSupplementRequests");
        errors[2].ShouldStartWith("Dossiers:Time:SupplementClock");
    }

    [Fact]
    public void The_policy_binds_from_the_Dossiers_Time_section_and_keeps_unset_defaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Dossiers:Time:SupplementClock"] = "Pause",
                ["Dossiers:Time:ExtensionNoticeWorkingDays"] = "2",
            })
            .Build();

        var policy = configuration.GetSection(DossierTimePolicy.SectionName).Get<DossierTimePolicy>().ShouldNotBeNull();

        policy.SupplementClock.ShouldBe(SupplementClockMode.Pause);
        policy.ExtensionNoticeWorkingDays.ShouldBe(2);
        policy.MaxExtensions.ShouldBe(1);
    }
}
