using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// The <c>AuditChain</c> configuration section: the keys that seal the dossier histories and the admin audit log
/// (ADR-027), where the daily anchors are exported and how the verification runs.
/// </summary>
internal sealed class AuditChainOptions
{
    public const string Section = "AuditChain";

    /// <summary>The id of the key new entries are sealed with; it must be one of <see cref="Keys"/>. Required in Production.</summary>
    public string? CurrentKeyId { get; set; }

    /// <summary>Every key that sealed entries still kept, by id: old keys stay here after a rotation so their entries verify.</summary>
    public Dictionary<string, AuditKeySource> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A folder outside the database where each daily anchor is also written as a text file; none when empty.</summary>
    public string? AnchorExportFolder { get; set; }

    /// <summary>How many dossiers the verification loads at a time.</summary>
    [Range(1, 10_000, ErrorMessage = "AuditChain:VerifyBatchSize must be between 1 and 10000.")]
    public int VerifyBatchSize { get; set; } = 200;
}

/// <summary>Where one key comes from: a file the deployment keeps outside the database, or the value itself (base64, e.g. from an environment variable).</summary>
internal sealed class AuditKeySource
{
    /// <summary>A file that holds the key in base64 (e.g. <c>openssl rand -base64 32</c>).</summary>
    public string? File { get; set; }

    /// <summary>The key in base64; prefer <see cref="File"/> or an environment variable, never appsettings in the repository.</summary>
    public string? Secret { get; set; }
}

/// <summary>Checks at start that every configured key can be read and that Production names its current key.</summary>
internal sealed class AuditChainOptionsValidation(IHostEnvironment environment) : IValidateOptions<AuditChainOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditChainOptions options)
    {
        var errors = AuditKeyRing.Read(options, environment.IsProduction(), out _, out _);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
