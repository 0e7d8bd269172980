using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Integration;

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

/// <summary>
/// A command on a dossier: <c>action</c> is one of the names in <c>allowedActions</c> of the dossier's state (Forward,
/// SendBack, Consult, Reply, RequestSupplement, ProposeRefusal, Approve, IssueResult, CompleteSupplement, Stop, Withdraw,
/// Return, StartProcessing). <c>taskId</c> may be left out when only one open task allows the action.
/// </summary>
/// <param name="Revision">The <c>revision</c> read with the state; when sent, a dossier changed meanwhile answers 409.</param>
/// <param name="Comment">The reason, request, reply or result summary the action needs; for RequestSupplement one item per line, "nội dung — lý do" (each item needs its reason).</param>
/// <param name="ReturnVia">Counter, Postal or Online (Return).</param>
/// <param name="Fees">NotApplicable, Paid or Unpaid (Return).</param>
/// <param name="RequestedOn">The date of the applicant's request (Stop, Withdraw).</param>
/// <param name="AgencyId">The competent agency (StartProcessing), when more than one agency has a process for the procedure.</param>
internal sealed record DossierActionRequest(
    string? Action,
    Guid? TaskId,
    Guid? Revision,
    string? Comment,
    string? ResultNumber,
    DateOnly? ResultDate,
    string? ReturnVia,
    string? TrackingNumber,
    string? Fees,
    DateOnly? RequestedOn,
    Guid? AgencyId);
