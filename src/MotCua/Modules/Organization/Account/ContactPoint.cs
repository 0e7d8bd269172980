using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;
using System.Text.RegularExpressions;
using MotCua.Common.Validation;

namespace MotCua.Modules.Organization.Account;

/// <summary>How an account is reached: an e-mail address or a Vietnamese mobile number, in one canonical spelling.</summary>
internal sealed partial record ContactPoint
{
    private ContactPoint(ContactKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public ContactKind Kind { get; }

    /// <summary>Lower-case e-mail address, or a mobile number as ten digits starting with 0 (<c>0912345678</c>).</summary>
    public string Value { get; }

    /// <summary>
    /// Reads what a person typed: an e-mail address, or a mobile number written with spaces, dots or dashes and with or
    /// without +84.
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out ContactPoint? contact)
    {
        contact = null;
        var text = input?.Trim() ?? "";
        if (text.Length is 0 or > 254)
        {
            return false;
        }

        if (text.Contains('@'))
        {
            if (MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.'))
            {
                contact = new ContactPoint(ContactKind.Email, text.ToLowerInvariant());
            }

            return contact is not null;
        }

        var digits = Identifiers.NationalPhone(Separators().Replace(text, ""));
        // A contact is often copied with the country code but without its "+".
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }

        if (Identifiers.IsMobileNumber(digits))
        {
            contact = new ContactPoint(ContactKind.Phone, digits);
        }

        return contact is not null;
    }

    /// <summary>For showing on a page: <c>n***@example.vn</c>, <c>0912 *** 678</c>.</summary>
    public string Masked() => Kind == ContactKind.Email
        ? Value[0] + "***" + Value[Value.IndexOf('@')..]
        : $"{Value[..4]} *** {Value[^3..]}";

    public override string ToString() => Value;

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex Separators();
}

internal enum ContactKind
{
    Email = 1,
    Phone = 2,
}
