namespace MotCua.Modules.Portal.Data;

/// <summary>The applicant's details of an online application as given so far (any may still be missing in a draft).</summary>
internal sealed record ApplicantDetails(string Name, string? IdentityNumber, string? TaxCode, string? Address, string? Phone, string? Email);
