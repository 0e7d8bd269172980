using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// What the desk decided: a code and an appointment when accepted (with how it was reached, quoting the cut-off rule
/// used, as on the receipt), the request or the reason otherwise.
/// </summary>
internal sealed record DossierReceipt(
    Guid Id,
    string? Code,
    DossierStatus Status,
    int NationalStatus,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    string? DueExplanation,
    string? CompletionRequest,
    string? RefusalReason);

/// <summary>One dossier in a list.</summary>
internal sealed record DossierListItem(
    string? Code, DossierStatus Status, int NationalStatus, string ProcedureCode, string ProcedureName, DateTimeOffset SubmittedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt);

/// <summary>A page of dossiers.</summary>
internal sealed record DossierListPage(IReadOnlyList<DossierListItem> Items, int Total, int Page, int PageSize);

/// <summary>One entry of a dossier's history as integrators see it (no personal data).</summary>
internal sealed record DossierHistoryItem(int Sequence, DateTimeOffset At, string Action, DossierStatus? FromStatus, DossierStatus ToStatus);

/// <summary>A dossier's state: status with its national code, the appointment (and the first one when moved), components, history and progress.</summary>
internal sealed record DossierState(
    string Code,
    DossierStatus Status,
    int NationalStatus,
    string ProcedureCode,
    string ProcedureName,
    SubmissionChannel Channel,
    ReturnMethod ReturnMethod,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? OriginalDueAt,
    IReadOnlyList<DossierComponentState> Components,
    IReadOnlyList<DossierHistoryItem> History,
    bool HistoryIntact,
    Guid Revision,
    DossierProgress Progress);

/// <summary>A component as handed in.</summary>
internal sealed record DossierComponentState(int Position, string Name, bool Provided, bool Digitised, DigitisationExemption Exemption);

/// <summary>An action the caller may take now, on a task or on the dossier.</summary>
internal sealed record AllowedAction(string Action, Guid? TaskId);

/// <summary>One task of the step log: a step of the process or a consultation, with its time class (trước hạn / đúng hạn / quá hạn).</summary>
internal sealed record DossierStepState(
    Guid TaskId, int Sequence, string Kind, string Name, string Holder, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? CompletedAt,
    string? Outcome, string OnTimeClass, bool IsOpen);

/// <summary>A supplement requested during processing.</summary>
internal sealed record DossierSupplementState(DateTimeOffset RequestedAt, string Request, DateTimeOffset? CompletedAt);

/// <summary>A request to reschedule the return date and its decision.</summary>
internal sealed record DossierExtensionState(DateTimeOffset RequestedAt, string Reason, DateTimeOffset PreviousDueAt, DateTimeOffset ProposedDueAt, string Decision);

/// <summary>
/// How processing is going: steps, supplements, extensions, the result and the dossier's two time notions —
/// <c>LegalTimeClass</c> against the appointment the applicant holds (after a restart or an approved extension) and
/// <c>StatisticTimeClass</c> by the national statistic (Bộ chỉ số 766, chỉ số 2.1: original appointment, supplement time paused).
/// </summary>
internal sealed record DossierProgress(
    IReadOnlyList<DossierStepState> Steps,
    IReadOnlyList<DossierSupplementState> Supplements,
    IReadOnlyList<DossierExtensionState> Extensions,
    string? Outcome,
    string? ResultNumber,
    DateOnly? ResultDate,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? ReturnedAt,
    string? LegalTimeClass,
    string? StatisticTimeClass,
    bool? WaitingForApplicant,
    IReadOnlyList<AllowedAction> AllowedActions);
