using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;

namespace MotCua.UnitTests.Catalog;

/// <summary>A version is in force from its decision's effective date until a later version's (ADR-031).</summary>
public sealed class VersionInForceTests
{
    // Monday 07/12/2026 08:00 in Viet Nam.
    private static readonly DateTime Now = new(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateOnly NextWeek = new(2026, 12, 14);
    private static readonly Decision First = new("100/QĐ-UBND", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 15));

    [Fact]
    public void An_amendment_effective_next_week_leaves_the_old_version_in_force_until_that_date()
    {
        var procedure = Published();
        var v1 = procedure.Current!;

        var v2 = Amend(procedure, new Decision("200/QĐ-UBND", Today, NextWeek));

        v1.Status.ShouldBe(VersionStatus.Published, "the old version is superseded only when the new one takes effect");
        v1.ReplacedOn.ShouldBe(NextWeek);
        procedure.InForceOn(Today).ShouldBeSameAs(v1);
        procedure.InForceOn(NextWeek.AddDays(-1)).ShouldBeSameAs(v1);
        procedure.InForceOn(NextWeek).ShouldBeSameAs(v2);
        procedure.Current.ShouldBeSameAs(v2, "a further amendment starts from the latest decision");
    }

    [Fact]
    public void An_amendment_effective_today_supersedes_the_old_version_at_once()
    {
        var procedure = Published();
        var v1 = procedure.Current!;

        var v2 = Amend(procedure, new Decision("200/QĐ-UBND", Today, Today));

        v1.Status.ShouldBe(VersionStatus.Superseded);
        v1.SupersededAt.ShouldBe(Now);
        procedure.InForceOn(Today).ShouldBeSameAs(v2);
    }

    [Fact]
    public void The_old_version_is_recorded_as_superseded_at_the_first_change_after_the_date()
    {
        var procedure = Published();
        var v1 = procedure.Current!;
        Amend(procedure, new Decision("200/QĐ-UBND", Today, NextWeek));
        var later = Now.AddDays(8);

        procedure.Amend(later);

        v1.Status.ShouldBe(VersionStatus.Superseded);
        v1.SupersededAt.ShouldBe(later);
    }

    [Fact]
    public void A_first_version_effective_later_is_in_force_on_no_earlier_date()
    {
        var procedure = Procedure.Create("1.001193", ProcedureLifecycleTests.Complete(), null, Now);

        var v1 = procedure.Publish(new Decision("100/QĐ-UBND", Today, NextWeek), Now);

        procedure.Status.ShouldBe(ProcedureStatus.Published);
        procedure.InForceOn(Today).ShouldBeNull();
        v1.IsInForceOn(NextWeek.AddDays(-1)).ShouldBeFalse();
        v1.IsInForceOn(NextWeek).ShouldBeTrue();
    }

    [Fact]
    public void An_upcoming_amendment_overtaken_by_an_earlier_effective_one_never_takes_effect()
    {
        var procedure = Published();
        var v1 = procedure.Current!;
        var v2 = Amend(procedure, new Decision("200/QĐ-UBND", Today, NextWeek));

        var v3 = Amend(procedure, new Decision("300/QĐ-UBND", Today, Today.AddDays(3)));

        v2.Status.ShouldBe(VersionStatus.Superseded);
        v1.ReplacedOn.ShouldBe(Today.AddDays(3));
        procedure.InForceOn(Today).ShouldBeSameAs(v1);
        procedure.InForceOn(NextWeek).ShouldBeSameAs(v3);
    }

    [Fact]
    public void Abolishing_marks_the_version_in_force_and_drops_the_upcoming_one()
    {
        var procedure = Published();
        var v1 = procedure.Current!;
        var v2 = Amend(procedure, new Decision("200/QĐ-UBND", Today, NextWeek));

        procedure.Abolish(new Decision("300/QĐ-UBND", Today, Today), Now);

        v1.Status.ShouldBe(VersionStatus.Abolished);
        v2.Status.ShouldBe(VersionStatus.Superseded);
        procedure.InForceOn(NextWeek).ShouldBeNull();
    }

    [Fact]
    public void The_query_form_of_the_rule_agrees_with_the_loaded_form()
    {
        var procedure = Published();
        Amend(procedure, new Decision("200/QĐ-UBND", Today, NextWeek));
        var inForce = VersionInForce.On(Today).Compile();

        procedure.Versions.Where(inForce).ShouldBe([procedure.InForceOn(Today)!]);
        procedure.Versions.Where(VersionInForce.UpcomingOn(Today).Compile()).ShouldBe([procedure.Current!]);
    }

    private static Procedure Published()
    {
        var procedure = Procedure.Create("1.001193", ProcedureLifecycleTests.Complete(), null, Now);
        procedure.Publish(First, Now);
        return procedure;
    }

    private static ProcedureVersion Amend(Procedure procedure, Decision decision)
    {
        procedure.Amend(Now);
        return procedure.Publish(decision, Now);
    }
}
