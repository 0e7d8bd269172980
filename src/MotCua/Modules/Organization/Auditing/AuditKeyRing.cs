using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// The HMAC keys of the audit chains, by id (ADR-027). New entries are sealed with <see cref="CurrentId"/>; an entry is
/// verified with the key its id names, so entries sealed before a rotation still verify while their key is configured.
/// </summary>
internal sealed partial class AuditKeyRing
{
    /// <summary>The id of the key derived in Development and Testing when none is configured.</summary>
    public const string DevelopmentKeyId = "dev";

    public const int MaxIdLength = 32;

    private const int MinKeyBytes = 32;

    private readonly Dictionary<string, byte[]> _keys;

    public AuditKeyRing(IOptions<AuditChainOptions> options, IHostEnvironment environment)
    {
        var errors = Read(options.Value, environment.IsProduction(), out _keys, out var current);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(AuditChainOptions.Section, typeof(AuditChainOptions), errors);
        }

        CurrentId = current;
    }

    /// <summary>The key new entries are sealed with.</summary>
    public string CurrentId { get; }

    public byte[] Current => _keys[CurrentId];

    /// <summary>The key with this id, or null when it is not configured (an entry sealed with it cannot be verified).</summary>
    public byte[]? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    /// <summary>
    /// Reads the configured keys; returns what is wrong, naming the setting. Outside Production an empty configuration gets a
    /// fixed development key, which is public and so proves nothing.
    /// </summary>
    public static List<string> Read(AuditChainOptions options, bool production, out Dictionary<string, byte[]> keys, out string currentId)
    {
        var errors = new List<string>();
        keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        currentId = options.CurrentKeyId ?? "";
        if (string.IsNullOrWhiteSpace(options.CurrentKeyId) && options.Keys.Count == 0 && !production)
        {
            keys[DevelopmentKeyId] = SHA256.HashData("MotCua development audit key: public, never for production"u8);
            currentId = DevelopmentKeyId;
            return errors;
        }

        if (string.IsNullOrWhiteSpace(options.CurrentKeyId))
        {
            errors.Add("AuditChain:CurrentKeyId must name the key that seals the audit chains (AuditChain:Keys:{id}:File or :Secret); see docs/operations.md.");
        }
        else if (!options.Keys.ContainsKey(options.CurrentKeyId))
        {
            errors.Add($"AuditChain:CurrentKeyId '{options.CurrentKeyId}' is not among AuditChain:Keys.");
        }

        foreach (var (id, source) in options.Keys)
        {
            if (!KeyId().IsMatch(id))
            {
                errors.Add($"AuditChain:Keys:{id}: a key id has 1 to {MaxIdLength} letters, digits, '.', '_' or '-'.");
            }
            else if (Load(id, source, errors) is { } key)
            {
                keys[id] = key;
            }
        }

        return errors;
    }

    private static byte[]? Load(string id, AuditKeySource source, List<string> errors)
    {
        string text;
        if (!string.IsNullOrEmpty(source.File))
        {
            if (!File.Exists(source.File))
            {
                errors.Add($"AuditChain:Keys:{id}:File '{source.File}' does not exist.");
                return null;
            }

            text = File.ReadAllText(source.File, Encoding.ASCII);
        }
        else
        {
            text = source.Secret ?? "";
        }

        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var length) || length < MinKeyBytes)
        {
            errors.Add($"AuditChain:Keys:{id} must hold at least {MinKeyBytes} random bytes in base64 (File or Secret).");
            return null;
        }

        return buffer[..length];
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex KeyId();
}
