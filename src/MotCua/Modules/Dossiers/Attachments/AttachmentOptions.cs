using System.ComponentModel.DataAnnotations;
using MotCua.Common.Files;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>Settings of dossier attachments (configuration section <c>Dossiers:Attachments</c>, docs/operations.md); validated at start.</summary>
internal sealed class AttachmentOptions
{
    public const string Section = "Dossiers:Attachments";

    /// <summary>The key of the dossiers' <see cref="IFileStore"/>: consumers take <c>[FromKeyedServices(AttachmentOptions.StoreKey)]</c>.</summary>
    public const string StoreKey = "Dossiers";

    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    /// <summary>The folder that holds the files; a relative path starts at the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Dossiers:Attachments:Path must name a folder.")]
    public string Path { get; set; } = "data/attachments";

    /// <summary>The largest file accepted, in bytes (default 20 MB).</summary>
    [Range(1d, 1024d * 1024 * 1024, ErrorMessage = "Dossiers:Attachments:MaxBytes must be between 1 and 1073741824 (1 GB).")]
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>The limit in MB as people read it (20 MB = 20 × 1024 × 1024 bytes).</summary>
    public double MaxMegabytes => MaxBytes / (1024d * 1024);
}
