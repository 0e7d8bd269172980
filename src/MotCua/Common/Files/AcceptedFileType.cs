namespace MotCua.Common.Files;

/// <summary>
/// The file types an upload accepts (PDF, JPEG, PNG), recognised by their first bytes ("magic numbers"): the name and the
/// type a browser sends are the uploader's to choose, the content is not. An .exe renamed .pdf starts with "MZ" and is refused.
/// </summary>
internal sealed class AcceptedFileType
{
    public static readonly AcceptedFileType Pdf = new("application/pdf", [".pdf"], "%PDF-"u8.ToArray());

    public static readonly AcceptedFileType Png = new("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static readonly AcceptedFileType Jpeg = new("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]);

    public static readonly IReadOnlyList<AcceptedFileType> All = [Pdf, Png, Jpeg];

    /// <summary>
    /// A Word document (.docx), accepted only where a page asks for it (signed reports), never by <see cref="Detect"/>: its
    /// signature is any ZIP's, so the caller also checks the package holds a Word document.
    /// </summary>
    public static readonly AcceptedFileType Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], [0x50, 0x4B, 0x03, 0x04]);

    /// <summary>True when <paramref name="head"/> starts with this type's signature.</summary>
    public bool Starts(ReadOnlySpan<byte> head) => head.StartsWith(_magic);

    /// <summary>How many leading bytes <see cref="Detect"/> needs at most.</summary>
    public const int HeadLength = 8;

    private readonly byte[] _magic;

    private AcceptedFileType(string contentType, IReadOnlyList<string> extensions, byte[] magic)
    {
        ContentType = contentType;
        Extensions = extensions;
        _magic = magic;
    }

    public string ContentType { get; }

    /// <summary>The usual file name extensions, lower case; the first is the one given to a name without one of them.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The accepted type whose signature starts <paramref name="head"/>, or null for anything else (or nothing).</summary>
    public static AcceptedFileType? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var type in All)
        {
            if (head.StartsWith(type._magic))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Reads the first bytes of <paramref name="content"/> and rewinds it, so the same stream can then be stored.</summary>
    public static async Task<AcceptedFileType?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        if (!content.CanSeek)
        {
            throw new ArgumentException("The content must be seekable (uploaded files are buffered by the form reader).", nameof(content));
        }

        var start = content.Position;
        var head = new byte[HeadLength];
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        content.Position = start;
        return Detect(head.AsSpan(0, read));
    }
}
