using MotCua.Modules.Dossiers.ReceiveDossier;

namespace MotCua.Modules.Dossiers.Api;

/// <summary>A dossier sent by an integrated system (e.g. the province's portal) on behalf of an applicant.</summary>
/// <param name="ProcedureCode">Mã TTHC of a procedure in force.</param>
/// <param name="Channel">Online (default), Postal or Direct.</param>
/// <param name="ReturnMethod">Counter, Postal or Online (default).</param>
/// <param name="Components">The catalogue's components by position (from 1), each with whether it was provided and digitised.</param>
/// <param name="Decision">Accept (default), RequestCompletion (Mẫu 02) or Refuse (Mẫu 03, needs a note).</param>
/// <param name="Note">What else to complete, or the reason for refusal.</param>
internal sealed record DossierSubmission(
    string? ProcedureCode,
    ApplicantPayload? Applicant,
    List<ComponentInput>? Components,
    string? Channel,
    string? ReturnMethod,
    int? SetCount,
    string? Decision,
    string? Note);

/// <summary>The applicant: Kind is Individual (with a 12-digit IdentityNumber) or Organisation (with a TaxCode).</summary>
internal sealed record ApplicantPayload(
    string? Kind,
    string? Name,
    string? IdentityNumber,
    string? TaxCode,
    string? Address,
    string? Phone,
    string? Email,
    string? ProxyName,
    string? ProxyIdentityNumber,
    string? ProxyPhone);

/// <summary>What the desk decided: a code and an appointment when accepted, the request or the reason otherwise.</summary>
internal sealed record DossierReceipt(
    Guid Id,
    string? Code,
    DossierStatus Status,
    int NationalStatus,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    string? CompletionRequest,
    string? RefusalReason);

/// <summary>One dossier in a list.</summary>
internal sealed record DossierListItem(
    string? Code, DossierStatus Status, int NationalStatus, string ProcedureCode, string ProcedureName, DateTimeOffset SubmittedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt);

/// <summary>A page of dossiers.</summary>
internal sealed record DossierListPage(IReadOnlyList<DossierListItem> Items, int Total, int Page, int PageSize);

/// <summary>One entry of a dossier's history as integrators see it (no personal data).</summary>
internal sealed record DossierHistoryItem(int Sequence, DateTimeOffset At, string Action, DossierStatus? FromStatus, DossierStatus ToStatus);

/// <summary>A dossier's state: status with its national code, the appointment (and the first one when moved), components and history.</summary>
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
    bool HistoryIntact);

/// <summary>A component as handed in.</summary>
internal sealed record DossierComponentState(int Position, string Name, bool Provided, bool Digitised);
