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
