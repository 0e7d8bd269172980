namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// Người nộp hồ sơ: the person or organisation the dossier is for, and the authorised person who hands it in when that is
/// someone else (ủy quyền). Stored with the dossier as a JSON document; validated by <c>ApplicantRules</c> before it gets here.
/// </summary>
internal sealed class Applicant
{
    public ApplicantKind Kind { get; set; }

    /// <summary>Họ và tên, or the organisation's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Số định danh cá nhân / CCCD (12 digits) of an individual.</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>Mã số thuế / mã số doanh nghiệp of an organisation.</summary>
    public string? TaxCode { get; set; }

    public string Address { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>Người được ủy quyền nộp hồ sơ, when not the applicant.</summary>
    public string? ProxyName { get; set; }

    public string? ProxyIdentityNumber { get; set; }

    public string? ProxyPhone { get; set; }

    /// <summary>
    /// True when <paramref name="lastFour"/> are the last four digits of the applicant's phone, identity number or tax code
    /// (or the authorised person's phone): what a visitor types beside the code to show the dossier is theirs.
    /// </summary>
    public bool EndsWith(string lastFour) =>
        lastFour.Length == 4 && lastFour.All(char.IsAsciiDigit)
        && new[] { Phone, IdentityNumber, TaxCode, ProxyPhone }.Any(v => v is not null && new string([.. v.Where(char.IsAsciiDigit)]).EndsWith(lastFour, StringComparison.Ordinal));

    /// <summary>Initials for public pages (the tracking page shows no other personal data): "Nguyễn Thị Hồng" → "N.T.H.".</summary>
    public string Initials() =>
        string.Concat(Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + "."));
}
