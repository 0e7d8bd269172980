using MotCua.Modules.Calendar;

namespace MotCua.Modules.Workflows.ManageProcesses;

/// <summary>The edit form of a draft process: steps in order (the first is where dossiers start).</summary>
internal sealed class ProcessInput
{
    public const int MaxConsultations = 10;

    /// <summary>A transition's target in the form: empty = action not allowed, <see cref="End"/> = the process ends, else a step id.</summary>
    public const string End = "end";

    public List<StepInput> Steps { get; set; } = [];

    public static ProcessInput From(IReadOnlyList<ProcessStep> steps) => new()
    {
        Steps = steps.OrderBy(s => s.Order).Select(s => new StepInput
        {
            Id = s.Id,
            Name = s.Name,
            UnitId = s.UnitId,
            Role = s.Role,
            AllotmentAmount = s.AllotmentAmount,
            AllotmentUnit = s.AllotmentUnit,
            Transitions = Enum.GetValues<WorkflowAction>().Select(a => new TransitionInput
            {
                Action = a,
                Target = s.Transitions.FirstOrDefault(t => t.Action == a) is { } t ? t.NextStepId?.ToString() ?? End : "",
            }).ToList(),
            Consultations = s.Consultations.Select(c => new ConsultationInput { UnitId = c.UnitId, AllotmentAmount = c.AllotmentAmount, AllotmentUnit = c.AllotmentUnit }).ToList(),
            HandOverAgencyIds = [.. s.HandOverAgencyIds],
            HandOverInParallel = s.HandOverInParallel,
        }).ToList(),
    };

    /// <summary>The steps the form describes; blank consultation rows are dropped, unreadable targets become unknown ids (a rule reports them).</summary>
    public List<ProcessStep> ToSteps() => Steps.Select((s, i) => new ProcessStep(
        s.Id == Guid.Empty ? Guid.CreateVersion7() : s.Id,
        i + 1,
        (s.Name ?? "").Trim(),
        s.UnitId,
        s.Role ?? "",
        s.AllotmentAmount ?? 0,
        s.AllotmentUnit,
        s.Transitions
            .Where(t => !string.IsNullOrEmpty(t.Target))
            .Select(t => new StepTransition(t.Action, t.Target == End ? null : Guid.TryParse(t.Target, out var id) ? id : Guid.Empty))
            .ToList(),
        s.Consultations
            .Where(c => c.UnitId is not null || c.AllotmentAmount is not null)
            .Select(c => new Consultation(c.UnitId ?? Guid.Empty, c.AllotmentAmount ?? 0, c.AllotmentUnit))
            .ToList(),
        s.HandOverAgencyIds.Distinct().ToList(),
        s.HandOverInParallel)).ToList();

    public static StepInput NewStep() => new()
    {
        Id = Guid.CreateVersion7(),
        AllotmentUnit = DeadlineUnit.WorkingHours,
        Transitions = Enum.GetValues<WorkflowAction>().Select(a => new TransitionInput { Action = a, Target = a == WorkflowAction.IssueResult ? End : "" }).ToList(),
    };
}

internal sealed class StepInput
{
    public Guid Id { get; set; }

    public string? Name { get; set; }

    public Guid? UnitId { get; set; }

    public string? Role { get; set; }

    public int? AllotmentAmount { get; set; }

    public DeadlineUnit AllotmentUnit { get; set; } = DeadlineUnit.WorkingDays;

    public List<TransitionInput> Transitions { get; set; } = [];

    public List<ConsultationInput> Consultations { get; set; } = [];

    public List<Guid> HandOverAgencyIds { get; set; } = [];

    public bool HandOverInParallel { get; set; }
}

internal sealed class TransitionInput
{
    public WorkflowAction Action { get; set; }

    public string? Target { get; set; }
}

internal sealed class ConsultationInput
{
    public Guid? UnitId { get; set; }

    public int? AllotmentAmount { get; set; }

    public DeadlineUnit AllotmentUnit { get; set; } = DeadlineUnit.WorkingDays;
}
