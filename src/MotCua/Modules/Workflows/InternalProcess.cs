using MotCua.Modules.Calendar;

namespace MotCua.Modules.Workflows;

/// <summary>
/// An approved internal process (quy trình nội bộ giải quyết TTHC) of one procedure version at one agency: ordered
/// steps, each with a responsible unit and role, a time allotment and the actions allowed. Immutable once approved;
/// a dossier pins <see cref="Id"/> and keeps it when a later version is approved.
/// </summary>
/// <param name="Version">1 for the first version at this agency for this procedure version, +1 per approval.</param>
/// <param name="DecisionNumber">Số quyết định phê duyệt quy trình nội bộ.</param>
/// <param name="DecisionDate">Ngày quyết định phê duyệt.</param>
internal sealed record InternalProcess(
    Guid Id,
    Guid ProcedureVersionId,
    Guid AgencyId,
    int Version,
    string DecisionNumber,
    DateOnly DecisionDate,
    Guid FirstStepId,
    IReadOnlyList<ProcessStep> Steps)
{
    /// <summary>The step with this id, or null when it is not a step of this process.</summary>
    public ProcessStep? FindStep(Guid stepId) => Steps.FirstOrDefault(s => s.Id == stepId);
}

/// <summary>One step (bước) of an internal process.</summary>
/// <param name="Order">Position from 1; the first step is where a received dossier starts.</param>
/// <param name="UnitId">The responsible unit (phòng) of the agency; null for the agency's leadership.</param>
/// <param name="Role">A staff role constant of <c>MotCua.Modules.Organization.Roles</c>.</param>
/// <param name="AllotmentUnit"><see cref="DeadlineUnit.WorkingHours"/> or <see cref="DeadlineUnit.WorkingDays"/>.</param>
/// <param name="Transitions">The actions allowed at this step and where each leads.</param>
/// <param name="Consultations">Units consulted in parallel when the step uses <see cref="WorkflowAction.Consult"/>.</param>
/// <param name="HandOverAgencyIds">Other agencies (liên thông) the dossier is handed to at this step; empty when none.</param>
/// <param name="HandOverInParallel">True: all hand-over agencies at once (electronic); false: one after another in list order.</param>
internal sealed record ProcessStep(
    Guid Id,
    int Order,
    string Name,
    Guid? UnitId,
    string Role,
    int AllotmentAmount,
    DeadlineUnit AllotmentUnit,
    IReadOnlyList<StepTransition> Transitions,
    IReadOnlyList<Consultation> Consultations,
    IReadOnlyList<Guid> HandOverAgencyIds,
    bool HandOverInParallel);

/// <summary>An allowed action and the step it leads to; <paramref name="NextStepId"/> null = the process ends (result ready to return).</summary>
/// <remarks>For <see cref="WorkflowAction.Consult"/> the next step is where the dossier continues once the replies are in (usually the same step).</remarks>
internal sealed record StepTransition(WorkflowAction Action, Guid? NextStepId);

/// <summary>A unit consulted at a step (xin ý kiến, phối hợp) and the time it has to reply.</summary>
internal sealed record Consultation(Guid UnitId, int AllotmentAmount, DeadlineUnit AllotmentUnit);
