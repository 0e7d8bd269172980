using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Workflows;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>
/// Runs a dossier through its internal process (ADR-015): which commands the performer may give now, and what each
/// does to the dossier and its tasks. Pure over a loaded <see cref="DossierWork"/>; the caller loads and saves.
/// </summary>
internal static class ProcessEngine
{
    private static readonly Dictionary<WorkflowAction, DossierCommand> CommandOf = new()
    {
        [WorkflowAction.Forward] = DossierCommand.Forward,
        [WorkflowAction.SendBack] = DossierCommand.SendBack,
        [WorkflowAction.Consult] = DossierCommand.Consult,
        [WorkflowAction.RequestSupplement] = DossierCommand.RequestSupplement,
        [WorkflowAction.ProposeRefusal] = DossierCommand.ProposeRefusal,
        [WorkflowAction.Approve] = DossierCommand.Approve,
        [WorkflowAction.IssueResult] = DossierCommand.IssueResult,
    };

    /// <summary>The commands <paramref name="who"/> may give now.</summary>
    public static IReadOnlyList<AvailableCommand> Available(DossierWork work, Performer who)
    {
        var dossier = work.Dossier;
        var commands = new List<AvailableCommand>();
        var atDesk = who.WorksFor(dossier.AgencyId) && (who.IsServiceAccount || who.IsInRole(Roles.CounterOfficer));
        if (atDesk)
        {
            if (dossier.Status == DossierStatus.Received && dossier.ProcessId is null && work.InForce.Count > 0)
            {
                commands.Add(new(DossierCommand.StartProcessing, null));
            }

            if (dossier.PendingSupplement is not null && dossier.Status == DossierStatus.SupplementRequested)
            {
                commands.Add(new(DossierCommand.CompleteSupplement, null));
            }

            if (dossier.Status == DossierStatus.Done)
            {
                commands.Add(new(DossierCommand.Return, null));
            }

            if (Dossier.Open.Contains(dossier.Status) && dossier.FinishedAt is null)
            {
                commands.Add(new(DossierCommand.Stop, null));
                commands.Add(new(DossierCommand.Withdraw, null));
            }
        }

        if (dossier.Status != DossierStatus.Processing)
        {
            AddExtensionCommands(work, who, commands);
        AddApologyCommand(work, who, commands);
            return commands;
        }

        foreach (var task in work.OpenTasks)
        {
            if (task.Kind == DossierTaskKind.Consultation)
            {
                if (who.Holds(task))
                {
                    commands.Add(new(DossierCommand.Reply, task.Id));
                }

                continue;
            }

            if (task.AssigneeId is null && who.CouldHold(task))
            {
                commands.Add(new(DossierCommand.Take, task.Id));
            }

            if (who.Leads(task))
            {
                commands.Add(new(DossierCommand.Assign, task.Id));
            }

            if (!who.Holds(task) || work.IsBlocked(task))
            {
                continue;
            }

            foreach (var transition in work.StepOf(task).Transitions)
            {
                // A step that consults nobody offers no consultation; the supplement window is checked when the request is given.
                if (transition.Action == WorkflowAction.Consult && work.StepOf(task).Consultations.Count == 0)
                {
                    continue;
                }

                commands.Add(new(CommandOf[transition.Action], task.Id));
            }
        }

        AddExtensionCommands(work, who, commands);
        AddApologyCommand(work, who, commands);
        return commands;
    }

    /// <summary>Gives the command, or throws a <see cref="BusinessRuleException"/> naming why it cannot be given now.</summary>
    public static void Execute(DossierWork work, Performer who, DossierCommandInput input, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Revision is { } seen && seen != work.Dossier.Revision)
        {
            throw Dossier.ChangedMeanwhile();
        }

        if (!Available(work, who).Contains(new AvailableCommand(input.Command, input.TaskId)))
        {
            throw BusinessRuleException.Of<ProcessingText>("CommandNotAllowedNow");
        }

        var dossier = work.Dossier;
        var actor = who.Actor;
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        switch (input.Command)
        {
            case DossierCommand.StartProcessing:
                Start(work, input.AgencyId, actor, now);
                break;
            case DossierCommand.Take:
                var taken = Task(work, input.TaskId);
                taken.AssignTo(actor.UserId ?? Guid.Empty, actor.Name);
                dossier.RecordWork(DossierAction.Take, now, actor, taken.Name);
                break;
            case DossierCommand.Assign:
                var assigned = Task(work, input.TaskId);
                if (input.AssigneeId is not { } officerId || !work.Officers.TryGetValue(officerId, out var officer) || !officer.CanHold(assigned))
                {
                    throw BusinessRuleException.Of<ProcessingText>("AssigneeCannotHoldStep");
                }

                assigned.AssignTo(officer.Id, officer.FullName);
                dossier.RecordWork(DossierAction.Assign, now, actor, $"{assigned.Name}: {officer.FullName}");
                break;
            case DossierCommand.Reply:
                Reply(work, Task(work, input.TaskId), actor, comment!, now);
                break;
            case DossierCommand.CompleteSupplement:
                dossier.CompleteSupplement(now, actor, work.CalendarOf(dossier.AgencyId), work.Policy, comment);
                ResumeAfterSupplement(work, actor, now);
                break;
            case DossierCommand.RequestExtension:
                var closing = ClosingOf(work.CalendarOf(dossier.AgencyId), input.NewDueDate!.Value);
                dossier.RequestExtension(comment!, closing, now, actor, work.CalendarOf(dossier.AgencyId), work.Policy);
                break;
            case DossierCommand.Apologise:
                dossier.Apologise(comment!, ClosingOf(work.CalendarOf(dossier.AgencyId), input.NewDueDate!.Value), now, actor);
                break;
            case DossierCommand.ApproveExtension or DossierCommand.RejectExtension:
                dossier.DecideExtension(input.Command == DossierCommand.ApproveExtension, comment, now, actor, work.CalendarOf(dossier.AgencyId), work.Policy);
                break;
            case DossierCommand.Stop or DossierCommand.Withdraw:
                foreach (var open in work.OpenTasks.ToList())
                {
                    open.Close(now, actor, input.Command.ToString(), comment);
                }

                if (input.Command == DossierCommand.Stop)
                {
                    dossier.Stop(input.RequestedOn!.Value, comment!, now, actor);
                }
                else
                {
                    dossier.Withdraw(input.RequestedOn!.Value, comment!, now, actor);
                }

                break;
            case DossierCommand.Return:
                dossier.ReturnResult(input.ReturnVia!.Value, input.TrackingNumber, input.Fees ?? FeeStatus.NotApplicable, work.HasResultFile, now, actor);
                break;
            default:
                Act(work, Task(work, input.TaskId), input, actor, comment, now);
                break;
        }
    }

    /// <summary>
    /// The agency that settles a dossier when the desk does not say: the receiving agency when it has a process for the
    /// procedure, else the only agency that has one; null when the desk must choose among several (e.g. a provincial
    /// centre receiving a commune procedure — NĐ 118/2025 Điều 14: routed by competence, not by place of receipt).
    /// </summary>
    public static Guid? DefaultCompetentAgency(DossierWork work) =>
        work.InForce.ContainsKey(work.Dossier.AgencyId) ? work.Dossier.AgencyId
        : work.InForce.Count == 1 ? work.InForce.Keys.Single()
        : null;

    /// <summary>Pins the process in force at the competent agency and opens its first step (NĐ 61/2018 Điều 18: chuyển hồ sơ).</summary>
    public static void Start(DossierWork work, Guid? competentAgencyId, Actor actor, DateTime now)
    {
        var dossier = work.Dossier;
        var agencyId = competentAgencyId ?? DefaultCompetentAgency(work)
            ?? throw BusinessRuleException.Of<ProcessingText>("CompetentAgencyRequired");
        if (!work.InForce.TryGetValue(agencyId, out var process))
        {
            throw BusinessRuleException.Of<ProcessingText>("NoApprovedProcess");
        }

        var first = process.FindStep(process.FirstStepId)!;
        dossier.StartProcessing(process.Id, agencyId, now, actor, agencyId == dossier.AgencyId ? first.Name : work.HolderName(agencyId, first.UnitId));
        Enter(work, process, first, agencyId, null, actor, now);
    }

    private static void Act(DossierWork work, DossierTask task, DossierCommandInput input, Actor actor, string? comment, DateTime now)
    {
        var dossier = work.Dossier;
        var step = work.StepOf(task);
        var process = work.Processes[task.ProcessId];
        var action = CommandOf.Single(c => c.Value == input.Command).Key;
        var transition = step.Transitions.Single(t => t.Action == action);
        switch (action)
        {
            case WorkflowAction.Consult:
                foreach (var consultation in step.Consultations)
                {
                    var calendar = work.CalendarOf(task.AgencyId);
                    var due = calendar.ComputeDue(now.AsInstant(), consultation.AllotmentAmount, consultation.AllotmentUnit, null).Due.UtcDateTime;
                    work.Created.Add(DossierTask.Open(
                        dossier.Id, dossier.NextTaskSequence(), DossierTaskKind.Consultation, task.Id, task.AgencyId, task.ProcessId, task.StepId,
                        step.Name, consultation.UnitId, work.HolderName(task.AgencyId, consultation.UnitId), "",
                        consultation.AllotmentAmount, consultation.AllotmentUnit, now, due, actor.Name, null, null));
                }

                dossier.RecordWork(DossierAction.Consult, now, actor, comment);
                return;

            case WorkflowAction.RequestSupplement:
                dossier.RequestSupplement(comment!, now, actor, work.CalendarOf(dossier.AgencyId), work.Policy);
                task.Close(now, actor, action.ToString(), comment);
                return;

            case WorkflowAction.SendBack:
                dossier.SendBack(now, actor, comment);
                break;

            case WorkflowAction.ProposeRefusal:
                dossier.ProposeRefusal(comment!, now, actor);
                break;

            default:
                if (transition.NextStepId is not null)
                {
                    dossier.RecordWork(action.Recorded(), now, actor, comment);
                }

                break;
        }

        task.Close(now, actor, action.ToString(), comment);
        if (transition.NextStepId is { } next)
        {
            Enter(work, process, process.FindStep(next)!, task.AgencyId, task.ParentTaskId, actor, now);
        }
        else
        {
            EndOfProcess(work, task, input, actor, comment, now);
        }
    }

    /// <summary>A process reached its end: the dossier's result, or a liên thông agency's part handed back.</summary>
    private static void EndOfProcess(DossierWork work, DossierTask last, DossierCommandInput input, Actor actor, string? comment, DateTime now)
    {
        var dossier = work.Dossier;
        if (last.ParentTaskId is not { } hostId)
        {
            dossier.Finish(input.ResultNumber?.Trim(), input.ResultDate, comment ?? "", now, actor);
            return;
        }

        // NĐ 61/2018 Điều 19 khoản 6–7: the liên thông agency's part comes back to the agency that handed it over.
        dossier.RecordWork(DossierAction.HandOverDone, now, actor, comment);
        var host = work.Tasks.Concat(work.Created).Single(t => t.Id == hostId);
        var hostStep = work.StepOf(host);
        if (!hostStep.HandOverInParallel)
        {
            var started = work.Tasks.Concat(work.Created).Where(t => t.ParentTaskId == hostId).Select(t => t.AgencyId).ToHashSet();
            var next = hostStep.HandOverAgencyIds.FirstOrDefault(a => !started.Contains(a));
            if (next != Guid.Empty)
            {
                HandOver(work, host, next, actor, now);
            }
        }
    }

    private static void Reply(DossierWork work, DossierTask consultation, Actor actor, string reply, DateTime now)
    {
        var dossier = work.Dossier;
        consultation.Close(now, actor, nameof(DossierCommand.Reply), reply);
        dossier.RecordWork(DossierAction.Reply, now, actor, reply);
        var host = work.Tasks.Concat(work.Created).Single(t => t.Id == consultation.ParentTaskId);
        if (work.IsBlocked(host))
        {
            return;
        }

        // The process says where the dossier goes once every reply is in; usually back to the step that asked.
        var next = work.StepOf(host).Transitions.Single(t => t.Action == WorkflowAction.Consult).NextStepId;
        if (next is { } nextId && nextId != host.StepId)
        {
            host.Close(now, actor, WorkflowAction.Consult.ToString(), null);
            var process = work.Processes[host.ProcessId];
            Enter(work, process, process.FindStep(nextId)!, host.AgencyId, host.ParentTaskId, actor, now);
        }
    }

    /// <summary>After the desk receives the completed supplement, the step that asked for it (or its transition's target) resumes.</summary>
    /// <summary>
    /// The applicant completed a supplement online (the files are attached by the caller): processing resumes at the step
    /// the request names and the due date moves as the time policy says, as when the desk receives it on paper.
    /// </summary>
    public static void CompleteSupplementOnline(DossierWork work, Actor actor, string? comment, DateTime now)
    {
        work.Dossier.CompleteSupplement(now, actor, work.CalendarOf(work.Dossier.AgencyId), work.Policy, comment);
        ResumeAfterSupplement(work, actor, now);
    }

    private static void ResumeAfterSupplement(DossierWork work, Actor actor, DateTime now)
    {
        var asked = work.Tasks.Where(t => t.Outcome == nameof(WorkflowAction.RequestSupplement)).MaxBy(t => t.Sequence)
            ?? throw new InvalidOperationException("A supplement is pending without the step that asked for it.");
        var process = work.Processes[asked.ProcessId];
        var next = work.StepOf(asked).Transitions.Single(t => t.Action == WorkflowAction.RequestSupplement).NextStepId ?? asked.StepId;
        Enter(work, process, process.FindStep(next)!, asked.AgencyId, asked.ParentTaskId, actor, now);
    }

    /// <summary>The dossier is handed to a step: its task opens; a step with liên thông agencies hands the dossier to them too.</summary>
    private static void Enter(DossierWork work, InternalProcess process, ProcessStep step, Guid agencyId, Guid? parentTaskId, Actor actor, DateTime now)
    {
        var dossier = work.Dossier;
        var due = work.CalendarOf(agencyId).ComputeDue(now.AsInstant(), step.AllotmentAmount, step.AllotmentUnit, null).Due.UtcDateTime;
        var task = DossierTask.Open(
            dossier.Id, dossier.NextTaskSequence(), DossierTaskKind.Step, parentTaskId, agencyId, process.Id, step.Id, step.Name, step.UnitId,
            work.HolderName(agencyId, step.UnitId), step.Role, step.AllotmentAmount, step.AllotmentUnit, now, due, actor.Name, null, null);
        work.Created.Add(task);
        var agencies = step.HandOverInParallel ? step.HandOverAgencyIds : step.HandOverAgencyIds.Take(1);
        foreach (var target in agencies)
        {
            HandOver(work, task, target, actor, now);
        }
    }

    // NĐ 61/2018 Điều 19 khoản 6–7: liên thông — the other agency settles its part through its own approved process.
    private static void HandOver(DossierWork work, DossierTask host, Guid agencyId, Actor actor, DateTime now)
    {
        if (!work.InForce.TryGetValue(agencyId, out var process))
        {
            throw BusinessRuleException.Of<ProcessingText>("HandOverAgencyHasNoProcess", work.AgencyName(agencyId));
        }

        work.Dossier.RecordWork(DossierAction.HandOver, now, actor, work.AgencyName(agencyId));
        Enter(work, process, process.FindStep(process.FirstStepId)!, agencyId, host.Id, actor, now);
    }

    private static void AddExtensionCommands(DossierWork work, Performer who, List<AvailableCommand> commands)
    {
        var dossier = work.Dossier;
        if (dossier.Status is not (DossierStatus.Processing or DossierStatus.SupplementRequested) || dossier.HasEnded || who.IsServiceAccount)
        {
            return;
        }

        if (dossier.PendingExtension is null)
        {
            // NĐ 61/2018 Điều 19 khoản 9: the unit responsible for the late dossier drafts the apology.
            if (work.OpenTasks.Any(t => t.Kind == DossierTaskKind.Step && (who.Holds(t) || who.CouldHold(t))))
            {
                commands.Add(new(DossierCommand.RequestExtension, null));
            }
        }
        else if ((who.IsInRole(Roles.UnitLeader) || who.IsInRole(Roles.AgencyLeader))
            && (who.WorksFor(dossier.AgencyId) || work.OpenTasks.Any(t => who.WorksFor(t.AgencyId))))
        {
            commands.Add(new(DossierCommand.ApproveExtension, null));
            commands.Add(new(DossierCommand.RejectExtension, null));
        }
    }

    private static void AddApologyCommand(DossierWork work, Performer who, List<AvailableCommand> commands)
    {
        var dossier = work.Dossier;
        if (!dossier.AcceptsApology || who.IsServiceAccount)
        {
            return;
        }

        // NĐ 61/2018 Điều 19 khoản 9: the agency settling the dossier apologises; its leaders sign the letter.
        if ((who.IsInRole(Roles.UnitLeader) || who.IsInRole(Roles.AgencyLeader))
            && (who.WorksFor(dossier.AgencyId) || work.Tasks.Concat(work.Created).Any(t => who.WorksFor(t.AgencyId))))
        {
            commands.Add(new(DossierCommand.Apologise, null));
        }
    }

    /// <summary>The new return date is a working day; the appointment is its closing time.</summary>
    private static DateTime ClosingOf(BusinessCalendar calendar, DateOnly date)
    {
        if (!BusinessCalendar.IsSupportedYear(date.Year) || !calendar.IsWorkingDay(date))
        {
            throw BusinessRuleException.Of<ProcessingText>("NewDueDateNotWorkingDay");
        }

        return VietnamTime.ToUtc(date.ToDateTime(calendar.Schedule.Closing));
    }

    private static DossierTask Task(DossierWork work, Guid? id) =>
        work.OpenTasks.Single(t => t.Id == id);

}
