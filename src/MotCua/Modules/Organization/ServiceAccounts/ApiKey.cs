using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>
/// An API key <c>mc_&lt;public id&gt;_&lt;secret&gt;</c>: 12 characters that name the key (safe to log and store) and
/// 32 random bytes in base64url that prove it. Only <see cref="Hash"/> of the secret is stored (ADR-012).
/// </summary>
internal sealed class ApiKey
{
    public const string Prefix = "mc_";
    public const int PublicIdLength = 12;
    public const int SecretBytes = 32;

    // No 0/o, 1/l: the public id is read aloud and typed from logs.
    private const string PublicIdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private static readonly SearchValues<char> SecretAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly SearchValues<char> CanonicalLast = SearchValues.Create("AEIMQUYcgkosw048");

    private static readonly int SecretLength = Base64Url.GetEncodedLength(SecretBytes);

    private readonly byte[] _secret;

    private ApiKey(string publicId, byte[] secret)
    {
        PublicId = publicId;
        _secret = secret;
    }

    public string PublicId { get; }

    /// <summary>The key as given to the integrator; shown once and never stored or logged.</summary>
    public string Value => Prefix + PublicId + "_" + Base64Url.EncodeToString(_secret);

    /// <summary>The key with its secret hidden, for logs and screens: <c>mc_abcd2345efgh_…</c>.</summary>
    public string Masked => Mask(PublicId);

    public static string Mask(string publicId) => Prefix + publicId + "_…";

    public static ApiKey Generate() =>
        new(RandomNumberGenerator.GetString(PublicIdAlphabet, PublicIdLength), RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Reads a key; anything not of the exact shape is not a key (no exception, no partial result).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiKey? key)
    {
        key = null;
        var expectedLength = Prefix.Length + PublicIdLength + 1 + SecretLength;
        if (text is null || text.Length != expectedLength || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[Prefix.Length + PublicIdLength] != '_')
        {
            return false;
        }

        var publicId = text.Substring(Prefix.Length, PublicIdLength);
        if (!publicId.All(PublicIdAlphabet.Contains))
        {
            return false;
        }

        var encoded = text.AsSpan(Prefix.Length + PublicIdLength + 1);
        var secret = new byte[SecretBytes];
        // The decoder throws instead of answering false on characters outside the alphabet and on a last character
        // with unused bits set (43 characters carry 258 bits for 256); only the canonical spelling of a secret is a key.
        if (encoded.ContainsAnyExcept(SecretAlphabet) || !CanonicalLast.Contains(encoded[^1])
            || !Base64Url.TryDecodeFromChars(encoded, secret, out var written) || written != SecretBytes)
        {
            return false;
        }

        key = new ApiKey(publicId, secret);
        return true;
    }

    /// <summary>
    /// SHA-256 of the secret. A 256-bit random secret cannot be guessed from its hash, so no salt, pepper or slow hash
    /// is needed (ADR-012).
    /// </summary>
    public byte[] Hash() => SHA256.HashData(_secret);

    /// <summary>True when this key's secret has <paramref name="storedHash"/>, compared in constant time.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(), storedHash);
}
