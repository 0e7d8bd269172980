using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows;
using MotCua.Modules.Workflows.ManageProcesses;
using MotCua.Modules.Workflows.Rules;

namespace MotCua.UnitTests.Workflows;

public sealed class ProcessRulesTests
{
    private static readonly Guid Agency = Guid.NewGuid();
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();
    private static readonly Guid OtherAgency = Guid.NewGuid();
    private static readonly Guid ForeignUnit = Guid.NewGuid();

    private static ProcessContext Context(int amount = 5, DeadlineUnit unit = DeadlineUnit.WorkingDays, double dayHours = 8) => new(
        Agency,
        new ProcessingTime(amount, unit, ProcessingTime.DefaultCutOff),
        TimeSpan.FromHours(dayHours),
        new HashSet<Guid> { UnitA, UnitB },
        new HashSet<Guid> { OtherAgency });

    private static ProcessStep Step(Guid id, int order, int amount, DeadlineUnit unit, params StepTransition[] transitions) =>
        new(id, order, "Bước " + order, UnitA, Roles.Specialist, amount, unit, transitions, [], [], false);

    /// <summary>1 specialist (3 days) → 2 head of unit (1 day) → 3 leader (1 day) signs; 2 and 3 may send back.</summary>
    private static List<ProcessStep> ThreeSteps(int first = 3, int second = 1, int third = 1)
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        return
        [
            Step(a, 1, first, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, b), T(WorkflowAction.RequestSupplement, null)),
            Step(b, 2, second, DeadlineUnit.WorkingDays, T(WorkflowAction.Approve, c), T(WorkflowAction.SendBack, a)),
            Step(c, 3, third, DeadlineUnit.WorkingDays, T(WorkflowAction.IssueResult, null), T(WorkflowAction.SendBack, b)),
        ];
    }

    private static StepTransition T(WorkflowAction action, Guid? next) => new(action, next);

    private static IEnumerable<string> Broken(IReadOnlyList<ProcessStep> steps, ProcessContext? context = null) =>
        ProcessRules.Check(steps, context ?? Context()).Select(r => r.Source ?? "");

    [Fact]
    public void A_three_step_process_within_the_legal_time_breaks_no_rule()
    {
        Broken(ThreeSteps()).ShouldBeEmpty();
    }

    [Fact]
    public void Allotments_longer_than_the_legal_time_are_refused()
    {
        var broken = ProcessRules.Check(ThreeSteps(first: 4), Context(amount: 5)).Single();

        broken.Source.ShouldBe(nameof(ProcessRules.AllotmentsFitLegalTime));
        broken.Message.ShouldBe(ResourceText.Get<WorkflowsText>("R_TooLong", "48", "40"));
    }

    [Fact]
    public void Send_back_edges_do_not_count_towards_the_legal_time()
    {
        // The loop 1 → 2 → 1 through "send back" would be unbounded if it counted.
        Broken(ThreeSteps(first: 3, second: 1, third: 1), Context(amount: 5)).ShouldBeEmpty();
    }

    [Fact]
    public void Hours_and_days_are_added_with_the_agency_working_day_length()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        List<ProcessStep> steps =
        [
            Step(a, 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, b)),
            Step(b, 2, 4, DeadlineUnit.WorkingHours, T(WorkflowAction.IssueResult, null)),
        ];

        // 1 day + 4 hours = 12 hours with 8-hour days: fits 12 working hours, not 11.
        Broken(steps, Context(12, DeadlineUnit.WorkingHours)).ShouldBeEmpty();
        Broken(steps, Context(11, DeadlineUnit.WorkingHours)).ShouldContain(nameof(ProcessRules.AllotmentsFitLegalTime));

        // With 7-hour days the same process takes 11 hours.
        Broken(steps, Context(11, DeadlineUnit.WorkingHours, dayHours: 7)).ShouldBeEmpty();
    }

    [Fact]
    public void The_longest_of_two_branches_is_checked()
    {
        var (a, fast, slow, end) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        List<ProcessStep> steps =
        [
            Step(a, 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, fast), T(WorkflowAction.ProposeRefusal, slow)),
            Step(fast, 2, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, end)),
            Step(slow, 3, 4, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, end)),
            Step(end, 4, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.IssueResult, null)),
        ];

        Broken(steps, Context(6)).ShouldBeEmpty();
        Broken(steps, Context(5)).ShouldContain(nameof(ProcessRules.AllotmentsFitLegalTime));
    }

    [Fact]
    public void A_step_no_path_reaches_is_an_orphan()
    {
        var steps = ThreeSteps();
        steps.Add(Step(Guid.NewGuid(), 4, 1, DeadlineUnit.WorkingHours, T(WorkflowAction.IssueResult, null)));

        var broken = ProcessRules.Check(steps, Context()).ShouldHaveSingleItem();

        broken.Source.ShouldBe(nameof(ProcessRules.NoOrphanSteps));
        broken.Message.ShouldBe(ResourceText.Get<WorkflowsText>("R_Orphan", 4));
    }

    [Fact]
    public void A_step_from_which_no_path_ends_is_refused()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        List<ProcessStep> steps =
        [
            Step(a, 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, b), T(WorkflowAction.IssueResult, null)),
            Step(b, 2, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.SendBack, a)),
        ];

        // Step 2 can only send back, and step 1 can end: every path ends, so this is fine.
        Broken(steps).ShouldBeEmpty();

        List<ProcessStep> deadEnd =
        [
            Step(a, 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, b)),
            Step(b, 2, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.SendBack, a)),
        ];
        Broken(deadEnd).ShouldContain(nameof(ProcessRules.EveryPathEnds));
    }

    [Fact]
    public void A_process_that_ends_only_by_asking_for_a_supplement_has_no_result()
    {
        List<ProcessStep> steps = [Step(Guid.NewGuid(), 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.RequestSupplement, null))];

        Broken(steps).ShouldBe([nameof(ProcessRules.EveryPathEnds)]);
    }

    [Fact]
    public void Forward_loops_are_refused()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        List<ProcessStep> steps =
        [
            Step(a, 1, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, b)),
            Step(b, 2, 1, DeadlineUnit.WorkingDays, T(WorkflowAction.Forward, a), T(WorkflowAction.IssueResult, null)),
        ];

        Broken(steps).ShouldBe([nameof(ProcessRules.NoForwardCycle)]);
    }

    [Fact]
    public void Transitions_must_target_steps_of_the_same_process()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with { Transitions = [T(WorkflowAction.Forward, Guid.NewGuid())] };

        Broken(steps).ShouldContain(nameof(ProcessRules.TransitionsTargetStepsOfTheProcess));
    }

    [Fact]
    public void Send_back_must_lead_to_a_step()
    {
        var steps = ThreeSteps();
        steps[1] = steps[1] with { Transitions = [T(WorkflowAction.Approve, steps[2].Id), T(WorkflowAction.SendBack, null)] };

        Broken(steps).ShouldContain(nameof(ProcessRules.TransitionsTargetStepsOfTheProcess));
    }

    [Theory]
    [InlineData(Roles.Citizen)]
    [InlineData("Chairman")]
    [InlineData("")]
    public void The_role_must_be_a_staff_role(string role)
    {
        var steps = ThreeSteps();
        steps[1] = steps[1] with { Role = role };

        Broken(steps).ShouldBe([nameof(ProcessRules.RoleIsStaffRole)]);
    }

    [Fact]
    public void The_unit_must_belong_to_the_agency()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with { UnitId = ForeignUnit };

        Broken(steps).ShouldBe([nameof(ProcessRules.UnitBelongsToAgency)]);
    }

    [Fact]
    public void A_step_without_unit_is_the_agency_leadership()
    {
        var steps = ThreeSteps();
        steps[2] = steps[2] with { UnitId = null, Role = Roles.AgencyLeader };

        Broken(steps).ShouldBeEmpty();
    }

    [Fact]
    public void Several_units_may_be_consulted_in_parallel_within_the_step_time()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with
        {
            Transitions = [.. steps[0].Transitions, T(WorkflowAction.Consult, steps[0].Id)],
            Consultations = [new(UnitA, 2, DeadlineUnit.WorkingDays), new(UnitB, 16, DeadlineUnit.WorkingHours)],
        };

        Broken(steps).ShouldBeEmpty();
    }

    [Fact]
    public void Consulted_units_must_belong_to_the_agency()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with
        {
            Transitions = [.. steps[0].Transitions, T(WorkflowAction.Consult, steps[0].Id)],
            Consultations = [new(ForeignUnit, 1, DeadlineUnit.WorkingDays)],
        };

        Broken(steps).ShouldBe([nameof(ProcessRules.ConsultedUnitsBelongToAgency)]);
    }

    [Fact]
    public void A_consultation_longer_than_its_step_is_refused()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with
        {
            Transitions = [.. steps[0].Transitions, T(WorkflowAction.Consult, steps[0].Id)],
            Consultations = [new(UnitB, 4, DeadlineUnit.WorkingDays)],
        };

        Broken(steps).ShouldBe([nameof(ProcessRules.ConsultationFitsInStep)]);
    }

    [Fact]
    public void Consulted_units_need_the_consult_action()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with { Consultations = [new(UnitB, 1, DeadlineUnit.WorkingDays)] };

        Broken(steps).ShouldBe([nameof(ProcessRules.ConsultationFitsInStep)]);
    }

    [Fact]
    public void Hand_over_agencies_must_exist_and_differ_from_the_agency()
    {
        var steps = ThreeSteps();
        steps[0] = steps[0] with { HandOverAgencyIds = [OtherAgency], HandOverInParallel = true };
        Broken(steps).ShouldBeEmpty();

        steps[0] = steps[0] with { HandOverAgencyIds = [Agency] };
        Broken(steps).ShouldBe([nameof(ProcessRules.HandOverAgenciesExistAndDiffer)]);

        steps[0] = steps[0] with { HandOverAgencyIds = [Guid.NewGuid()] };
        Broken(steps).ShouldBe([nameof(ProcessRules.HandOverAgenciesExistAndDiffer)]);
    }

    [Fact]
    public void An_immediate_procedure_has_one_same_day_step()
    {
        List<ProcessStep> one = [Step(Guid.NewGuid(), 1, 4, DeadlineUnit.WorkingHours, T(WorkflowAction.IssueResult, null))];
        Broken(one, Context(0, DeadlineUnit.Immediate)).ShouldBeEmpty();

        Broken(ThreeSteps(1, 1, 1), Context(0, DeadlineUnit.Immediate)).ShouldBe([nameof(ProcessRules.ImmediateProcedureHasOneSameDayStep)]);

        List<ProcessStep> twoDays = [Step(Guid.NewGuid(), 1, 2, DeadlineUnit.WorkingDays, T(WorkflowAction.IssueResult, null))];
        Broken(twoDays, Context(0, DeadlineUnit.Immediate)).ShouldBe([nameof(ProcessRules.ImmediateProcedureHasOneSameDayStep)]);
    }

    [Fact]
    public void An_empty_process_is_refused()
    {
        Broken([]).ShouldBe([nameof(ProcessRules.ProcessHasSteps)]);
    }

    [Theory]
    [InlineData(0, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(-1, nameof(DeadlineUnit.WorkingHours))]
    [InlineData(2, nameof(DeadlineUnit.CalendarDays))]
    public void Allotments_are_positive_working_hours_or_days(int amount, string unitName)
    {
        var unit = Enum.Parse<DeadlineUnit>(unitName);
        var steps = ThreeSteps();
        steps[1] = steps[1] with { AllotmentAmount = amount, AllotmentUnit = unit };

        Broken(steps).ShouldContain(nameof(ProcessRules.StepsAreWellFormed));
    }

    [Theory]
    [InlineData(0, nameof(DeadlineUnit.Immediate))]
    [InlineData(2, nameof(DeadlineUnit.WorkingHours))]
    [InlineData(12, nameof(DeadlineUnit.WorkingHours))]
    [InlineData(1, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(3, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(4, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(5, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(40, nameof(DeadlineUnit.WorkingDays))]
    [InlineData(15, nameof(DeadlineUnit.CalendarDays))]
    public void The_default_template_satisfies_every_rule_and_uses_the_legal_time(int amount, string unitName)
    {
        var unit = Enum.Parse<DeadlineUnit>(unitName);
        var context = Context(amount, unit);
        var steps = DefaultTemplate.Build(context.LegalTime, context.WorkingDay, UnitA);

        ProcessRules.Check(steps, context).ShouldBeSameAs(Array.Empty<RuleFailure>());
        if (unit != DeadlineUnit.Immediate)
        {
            ProcessRules.LongestPathMinutes(steps, context.WorkingDay).ShouldBe(WorkingTime.Minutes(amount, unit, context.WorkingDay));
        }
    }
}
