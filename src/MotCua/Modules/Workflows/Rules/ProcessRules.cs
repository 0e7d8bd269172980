using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Workflows.Rules;

/// <summary>What the rules need to know besides the steps.</summary>
/// <param name="LegalTime">The procedure version's published thời hạn giải quyết.</param>
/// <param name="WorkingDay">The length of the agency's working day, for converting hours and days.</param>
/// <param name="AgencyUnitIds">The units of the agency that owns the process.</param>
/// <param name="OtherAgencyIds">Every other active agency of the installation (possible hand-over targets).</param>
internal sealed record ProcessContext(
    Guid AgencyId,
    ProcessingTime LegalTime,
    TimeSpan WorkingDay,
    IReadOnlySet<Guid> AgencyUnitIds,
    IReadOnlySet<Guid> OtherAgencyIds);

/// <summary>
/// The named rules an internal process must satisfy before it is saved or approved. Edges of
/// <see cref="WorkflowAction.SendBack"/> (rework) and <see cref="WorkflowAction.Consult"/> (replies come back to the
/// step) are not progress, so path rules look at the other edges only. A failure's <see cref="RuleFailure.Source"/> is the
/// rule's name.
/// </summary>
internal static class ProcessRules
{
    public const int MaxSteps = 30;

    public static IReadOnlyList<RuleFailure> Check(IReadOnlyList<ProcessStep> unordered, ProcessContext context)
    {
        var steps = unordered.OrderBy(s => s.Order).ToList();
        var broken = new List<RuleFailure>();
        broken.AddRange(ProcessHasSteps(steps));
        if (broken.Count > 0)
        {
            return broken;
        }

        broken.AddRange(StepsAreWellFormed(steps));
        broken.AddRange(RoleIsStaffRole(steps));
        broken.AddRange(UnitBelongsToAgency(steps, context));
        broken.AddRange(ConsultedUnitsBelongToAgency(steps, context));
        broken.AddRange(ConsultationFitsInStep(steps, context));
        broken.AddRange(HandOverAgenciesExistAndDiffer(steps, context));
        broken.AddRange(TransitionsTargetStepsOfTheProcess(steps));
        if (broken.Count > 0)
        {
            return broken;
        }

        broken.AddRange(NoOrphanSteps(steps));
        broken.AddRange(EveryPathEnds(steps));
        broken.AddRange(NoForwardCycle(steps));
        if (broken.Count > 0)
        {
            return broken;
        }

        broken.AddRange(ImmediateProcedureHasOneSameDayStep(steps, context));
        broken.AddRange(AllotmentsFitLegalTime(steps, context));
        return broken.AsResult();
    }

    // House rule (ADR-010): a process has between 1 and MaxSteps steps, numbered 1..n in order.
    public static IEnumerable<RuleFailure> ProcessHasSteps(IReadOnlyList<ProcessStep> steps)
    {
        if (steps.Count == 0)
        {
            yield return Failure(nameof(ProcessHasSteps), "R_NoSteps");
        }
        else if (steps.Count > MaxSteps)
        {
            yield return Failure(nameof(ProcessHasSteps), "R_TooManySteps", MaxSteps);
        }
    }

    // NĐ 61/2018 Điều 19 khoản 1–3: each step is assigned to someone, with a deadline, and leads somewhere.
    public static IEnumerable<RuleFailure> StepsAreWellFormed(IReadOnlyList<ProcessStep> steps)
    {
        foreach (var step in steps)
        {
            if (string.IsNullOrWhiteSpace(step.Name))
            {
                yield return Failure(nameof(StepsAreWellFormed), "R_StepName", step.Order);
            }

            if (step.AllotmentAmount <= 0 || !WorkingTime.IsAllotmentUnit(step.AllotmentUnit))
            {
                yield return Failure(nameof(StepsAreWellFormed), "R_StepAllotment", step.Order);
            }

            if (step.Transitions.Count == 0)
            {
                yield return Failure(nameof(StepsAreWellFormed), "R_StepNoAction", step.Order);
            }

            if (step.Transitions.GroupBy(t => t.Action).Any(g => g.Count() > 1))
            {
                yield return Failure(nameof(StepsAreWellFormed), "R_StepDuplicateAction", step.Order);
            }
        }
    }

    // ADR-005: steps are handled by agency staff; the role must be one of the staff roles.
    public static IEnumerable<RuleFailure> RoleIsStaffRole(IReadOnlyList<ProcessStep> steps) =>
        steps.Where(s => !Roles.Staff.Contains(s.Role, StringComparer.Ordinal))
            .Select(s => Failure(nameof(RoleIsStaffRole), "R_Role", s.Order));

    // NĐ 61/2018 Điều 19 khoản 1: the agency assigns the dossier to its own officers.
    public static IEnumerable<RuleFailure> UnitBelongsToAgency(IReadOnlyList<ProcessStep> steps, ProcessContext context) =>
        steps.Where(s => s.UnitId is { } unit && !context.AgencyUnitIds.Contains(unit))
            .Select(s => Failure(nameof(UnitBelongsToAgency), "R_Unit", s.Order));

    // NĐ 61/2018 Điều 19 khoản 5: consultation inside the agency goes to its units; other agencies take part by liên thông.
    public static IEnumerable<RuleFailure> ConsultedUnitsBelongToAgency(IReadOnlyList<ProcessStep> steps, ProcessContext context)
    {
        foreach (var step in steps)
        {
            if (step.Consultations.Any(c => !context.AgencyUnitIds.Contains(c.UnitId)))
            {
                yield return Failure(nameof(ConsultedUnitsBelongToAgency), "R_ConsultUnit", step.Order);
            }

            if (step.Consultations.GroupBy(c => c.UnitId).Any(g => g.Count() > 1))
            {
                yield return Failure(nameof(ConsultedUnitsBelongToAgency), "R_ConsultDuplicate", step.Order);
            }
        }
    }

    // NĐ 61/2018 Điều 19 khoản 5: each consulted unit has its own deadline, within the consulting step's time.
    public static IEnumerable<RuleFailure> ConsultationFitsInStep(IReadOnlyList<ProcessStep> steps, ProcessContext context)
    {
        foreach (var step in steps)
        {
            var allowsConsult = step.Transitions.Any(t => t.Action == WorkflowAction.Consult);
            if (allowsConsult != step.Consultations.Count > 0)
            {
                yield return Failure(nameof(ConsultationFitsInStep), "R_ConsultPairing", step.Order);
            }

            var stepMinutes = WorkingTime.Minutes(Math.Max(step.AllotmentAmount, 0), WorkingTime.IsAllotmentUnit(step.AllotmentUnit) ? step.AllotmentUnit : DeadlineUnit.WorkingHours, context.WorkingDay);
            foreach (var consultation in step.Consultations)
            {
                if (consultation.AllotmentAmount <= 0 || !WorkingTime.IsAllotmentUnit(consultation.AllotmentUnit))
                {
                    yield return Failure(nameof(ConsultationFitsInStep), "R_ConsultAllotment", step.Order);
                }
                else if (WorkingTime.Minutes(consultation.AllotmentAmount, consultation.AllotmentUnit, context.WorkingDay) > stepMinutes)
                {
                    yield return Failure(nameof(ConsultationFitsInStep), "R_ConsultTooLong", step.Order);
                }
            }
        }
    }

    // NĐ 61/2018 Điều 19 khoản 6–7: liên thông hands the dossier to other agencies of the installation.
    public static IEnumerable<RuleFailure> HandOverAgenciesExistAndDiffer(IReadOnlyList<ProcessStep> steps, ProcessContext context)
    {
        foreach (var step in steps)
        {
            if (step.HandOverAgencyIds.Any(a => a == context.AgencyId || !context.OtherAgencyIds.Contains(a))
                || step.HandOverAgencyIds.Distinct().Count() != step.HandOverAgencyIds.Count)
            {
                yield return Failure(nameof(HandOverAgenciesExistAndDiffer), "R_HandOver", step.Order);
            }
        }
    }

    // House rule (ADR-010): a transition leads to a step of the same process, or ends it.
    public static IEnumerable<RuleFailure> TransitionsTargetStepsOfTheProcess(IReadOnlyList<ProcessStep> steps)
    {
        var ids = steps.Select(s => s.Id).ToHashSet();
        foreach (var step in steps)
        {
            if (step.Transitions.Any(t => t.NextStepId is { } next && !ids.Contains(next)))
            {
                yield return Failure(nameof(TransitionsTargetStepsOfTheProcess), "R_Target", step.Order);
            }

            if (step.Transitions.Any(t => t.Action is WorkflowAction.SendBack or WorkflowAction.Consult && t.NextStepId is null))
            {
                yield return Failure(nameof(TransitionsTargetStepsOfTheProcess), "R_TargetRequired", step.Order);
            }
        }
    }

    // House rule (ADR-010): no orphan steps — every step can be reached from the first one.
    public static IEnumerable<RuleFailure> NoOrphanSteps(IReadOnlyList<ProcessStep> steps)
    {
        var reached = Reachable(steps, steps[0].Id);
        return steps.Where(s => !reached.Contains(s.Id))
            .Select(s => Failure(nameof(NoOrphanSteps), "R_Orphan", s.Order));
    }

    // NĐ 61/2018 Điều 19–20: every dossier ends with a result (or a refusal) returned through the one-stop desk.
    public static IEnumerable<RuleFailure> EveryPathEnds(IReadOnlyList<ProcessStep> steps)
    {
        var byId = steps.ToDictionary(s => s.Id);
        var canEnd = steps.Where(s => s.Transitions.Any(t => t.NextStepId is null)).Select(s => s.Id).ToHashSet();
        bool changed;
        do
        {
            changed = false;
            foreach (var step in steps.Where(s => !canEnd.Contains(s.Id)))
            {
                if (step.Transitions.Any(t => t.NextStepId is { } next && byId.ContainsKey(next) && canEnd.Contains(next)))
                {
                    canEnd.Add(step.Id);
                    changed = true;
                }
            }
        }
        while (changed);

        if (!steps.Any(s => s.Transitions.Any(t => t.NextStepId is null && t.Action is WorkflowAction.IssueResult or WorkflowAction.Approve)))
        {
            yield return Failure(nameof(EveryPathEnds), "R_NoResult");
        }

        foreach (var step in steps.Where(s => !canEnd.Contains(s.Id)))
        {
            yield return Failure(nameof(EveryPathEnds), "R_DeadEnd", step.Order);
        }
    }

    // House rule (ADR-010): going forward never returns to a step already passed, or the time allotted would be unbounded.
    public static IEnumerable<RuleFailure> NoForwardCycle(IReadOnlyList<ProcessStep> steps)
    {
        var byId = steps.ToDictionary(s => s.Id);
        var state = new Dictionary<Guid, int>();
        var cyclic = new HashSet<Guid>();
        foreach (var step in steps)
        {
            Visit(step.Id);
        }

        return steps.Where(s => cyclic.Contains(s.Id)).Take(1)
            .Select(s => Failure(nameof(NoForwardCycle), "R_Cycle", s.Order));

        void Visit(Guid id)
        {
            if (state.GetValueOrDefault(id) == 2)
            {
                return;
            }

            state[id] = 1;
            foreach (var next in ForwardTargets(byId[id]))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cyclic.Add(next);
                }
                else
                {
                    Visit(next);
                }
            }

            state[id] = 2;
        }
    }

    // NĐ 61/2018 Điều 17 khoản 4 and Điều 19: a procedure settled in the day leaves room for one same-day step only.
    public static IEnumerable<RuleFailure> ImmediateProcedureHasOneSameDayStep(IReadOnlyList<ProcessStep> steps, ProcessContext context)
    {
        if (context.LegalTime.Unit != DeadlineUnit.Immediate)
        {
            yield break;
        }

        var step = steps[0];
        if (steps.Count != 1 || step.HandOverAgencyIds.Count > 0
            || WorkingTime.Minutes(step.AllotmentAmount, step.AllotmentUnit, context.WorkingDay) > WorkingTime.Minutes(1, DeadlineUnit.WorkingDays, context.WorkingDay))
        {
            yield return Failure(nameof(ImmediateProcedureHasOneSameDayStep), "R_Immediate");
        }
    }

    // NĐ 63/2010 Điều 8 khoản 2 điểm đ; NĐ 61/2018 Điều 19: along any path the steps' allotments fit in the published thời hạn giải quyết.
    public static IEnumerable<RuleFailure> AllotmentsFitLegalTime(IReadOnlyList<ProcessStep> steps, ProcessContext context)
    {
        if (context.LegalTime.Unit == DeadlineUnit.Immediate)
        {
            yield break;
        }

        var byId = steps.ToDictionary(s => s.Id);
        var longest = new Dictionary<Guid, long>();
        var total = Longest(steps[0].Id);
        var legal = WorkingTime.Minutes(context.LegalTime.Amount, context.LegalTime.Unit, context.WorkingDay);
        if (total > legal)
        {
            yield return Failure(nameof(AllotmentsFitLegalTime), "R_TooLong", Hours(total), Hours(legal));
        }

        long Longest(Guid id)
        {
            if (longest.TryGetValue(id, out var known))
            {
                return known;
            }

            var step = byId[id];
            var own = WorkingTime.Minutes(step.AllotmentAmount, step.AllotmentUnit, context.WorkingDay);
            var after = ForwardTargets(step).Select(Longest).DefaultIfEmpty(0).Max();
            return longest[id] = own + after;
        }

        static string Hours(long minutes) => (minutes / 60m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The minutes of the longest path from the first step to an end (no SendBack or Consult edges); assumes the rules above hold.</summary>
    public static long LongestPathMinutes(IReadOnlyList<ProcessStep> steps, TimeSpan workingDay)
    {
        var byId = steps.ToDictionary(s => s.Id);
        var memo = new Dictionary<Guid, long>();
        return steps.Count == 0 ? 0 : Longest(steps[0].Id);

        long Longest(Guid id)
        {
            if (memo.TryGetValue(id, out var known))
            {
                return known;
            }

            memo[id] = 0;
            var step = byId[id];
            var own = WorkingTime.Minutes(Math.Max(0, step.AllotmentAmount), WorkingTime.IsAllotmentUnit(step.AllotmentUnit) ? step.AllotmentUnit : DeadlineUnit.WorkingHours, workingDay);
            var after = ForwardTargets(step).Where(byId.ContainsKey).Select(Longest).DefaultIfEmpty(0).Max();
            return memo[id] = own + after;
        }
    }

    // The whole process is concerned (the page shows these above the form); the message names the step.
    private static RuleFailure Failure(string rule, string messageKey, params object[] arguments) =>
        new("", ResourceText.Get<WorkflowsText>(messageKey, arguments), rule);

    private static IEnumerable<Guid> ForwardTargets(ProcessStep step) =>
        step.Transitions.Where(t => t.Action is not (WorkflowAction.SendBack or WorkflowAction.Consult) && t.NextStepId is not null)
            .Select(t => t.NextStepId!.Value).Distinct();

    private static HashSet<Guid> Reachable(IReadOnlyList<ProcessStep> steps, Guid first)
    {
        var byId = steps.ToDictionary(s => s.Id);
        var seen = new HashSet<Guid> { first };
        var queue = new Queue<Guid>([first]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var t in byId[id].Transitions)
            {
                if (t.NextStepId is { } next && byId.ContainsKey(next) && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
