namespace MotCua.Modules.Dossiers;

/// <summary>What another module shows of a dossier it works for: its code (null until received), agency, procedure and applicant.</summary>
internal sealed record DossierSummary(
    Guid Id, string? Code, Guid AgencyId, string AgencyName, string ProcedureName, string ApplicantName, string? ApplicantAddress);
