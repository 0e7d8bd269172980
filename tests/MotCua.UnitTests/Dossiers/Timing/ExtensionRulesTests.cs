using MotCua.Common.Errors;
using MotCua.Modules.Dossiers.Timing;
using static MotCua.UnitTests.Dossiers.Timing.Clock;

namespace MotCua.UnitTests.Dossiers.Timing;

public sealed class ExtensionRulesTests
{
    private static readonly DossierTimePolicy Policy = DossierTimePolicy.Default;

    // Due Fri 27/2/2026 17:00 (5 working days from Fri 13/2 16:10, after Tết).
    private static readonly DateTimeOffset Due = At(2026, 2, 27, 17);

    [Fact]
    public void An_extension_asked_for_the_working_day_before_the_due_date_is_allowed()
    {
        ExtensionRules.LastRequestDate(Year2026, Due, Policy).ShouldBe(new DateOnly(2026, 2, 26));
        ExtensionRules.Check(Year2026, Due, At(2026, 2, 26, 16, 30), At(2026, 3, 4, 17), 0, Policy).ShouldBeNull();
    }

    [Fact]
    public void An_extension_asked_for_on_the_due_date_itself_is_too_late()
    {
        var broken = ExtensionRules.Check(Year2026, Due, At(2026, 2, 27, 8), At(2026, 3, 4, 17), 0, Policy).ShouldNotBeNull();

        broken.Source.ShouldBe(TimeRuleNames.ExtensionTooLate);
        broken.Message.ShouldStartWith("Phải xin gia hạn chậm nhất 01 ngày làm việc trước ngày hẹn trả kết quả");
        broken.Message.ShouldContain("26/02/2026");
    }

    [Fact]
    public void For_a_dossier_due_the_Monday_after_Tet_the_last_day_to_ask_is_the_Friday_before_Tet()
    {
        // Due Mon 23/2 10:00: the working day before is Fri 13/2 (14–22/2 are the weekend and Tết).
        var due = At(2026, 2, 23, 10);

        ExtensionRules.LastRequestDate(Year2026, due, Policy).ShouldBe(new DateOnly(2026, 2, 13));
        ExtensionRules.Check(Year2026, due, At(2026, 2, 13, 16), At(2026, 2, 26, 10), 0, Policy).ShouldBeNull();
        ExtensionRules.Check(Year2026, due, At(2026, 2, 17, 9), At(2026, 2, 26, 10), 0, Policy).ShouldNotBeNull().Source.ShouldBe(TimeRuleNames.ExtensionTooLate);
    }

    [Fact]
    public void A_request_on_the_Saturday_before_a_Monday_due_date_is_too_late() =>
        ExtensionRules.Check(Year2026, At(2026, 3, 2, 9), At(2026, 2, 28, 9), At(2026, 3, 5, 9), 0, Policy)
            .ShouldNotBeNull().Source.ShouldBe(TimeRuleNames.ExtensionTooLate);

    [Fact]
    public void The_return_date_may_be_rescheduled_only_once()
    {
        var broken = ExtensionRules.Check(Year2026, Due, At(2026, 2, 24, 9), At(2026, 3, 4, 17), 1, Policy).ShouldNotBeNull();

        broken.Source.ShouldBe(TimeRuleNames.ExtensionLimit);
        broken.Message.ShouldBe("Hồ sơ chỉ được hẹn lại ngày trả kết quả một lần.");
    }

    [Fact]
    public void The_new_date_must_be_after_the_current_due_date()
    {
        var earlier = ExtensionRules.Check(Year2026, Due, At(2026, 2, 24, 9), At(2026, 2, 26, 17), 0, Policy).ShouldNotBeNull();
        var same = ExtensionRules.Check(Year2026, Due, At(2026, 2, 24, 9), Due, 0, Policy).ShouldNotBeNull();

        earlier.Source.ShouldBe(TimeRuleNames.ExtensionNotLater);
        earlier.Message.ShouldBe("Ngày hẹn trả kết quả mới phải sau ngày hẹn trả hiện tại (17:00 ngày 27/02/2026).");
        same.Source.ShouldBe(TimeRuleNames.ExtensionNotLater);
    }

    [Fact]
    public void The_notice_and_the_count_come_from_the_policy()
    {
        var policy = Policy with { ExtensionNoticeWorkingDays = 2, MaxExtensions = 2 };

        // Due Wed 04/3: two working days before is Mon 02/3.
        ExtensionRules.LastRequestDate(Year2026, At(2026, 3, 4, 17), policy).ShouldBe(new DateOnly(2026, 3, 2));
        ExtensionRules.Check(Year2026, At(2026, 3, 4, 17), At(2026, 3, 3, 9), At(2026, 3, 6, 17), 1, policy).ShouldNotBeNull().Source.ShouldBe(TimeRuleNames.ExtensionTooLate);
        ExtensionRules.Check(Year2026, At(2026, 3, 4, 17), At(2026, 3, 2, 9), At(2026, 3, 6, 17), 1, policy).ShouldBeNull();
        ExtensionRules.Check(Year2026, At(2026, 3, 4, 17), At(2026, 3, 2, 9), At(2026, 3, 6, 17), 2, policy).ShouldNotBeNull().Message
            .ShouldBe("Hồ sơ chỉ được hẹn lại ngày trả kết quả tối đa 2 lần.");
    }
}
