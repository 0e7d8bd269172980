using System.IO.Compression;
using MotCua.Common.Files;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// The signed report file an agency attaches: a PDF or a Word document (.docx), recognised by its content as every upload
/// is (<see cref="AcceptedFileType"/>): a program or an image renamed .pdf, or any ZIP renamed .docx, is refused.
/// </summary>
internal static class SignedReportFile
{
    /// <summary>The file's type, or null when it is neither a PDF nor a Word document. Rewinds <paramref name="content"/>.</summary>
    public static async Task<AcceptedFileType?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        var start = content.Position;
        var head = new byte[AcceptedFileType.HeadLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = start;
        if (AcceptedFileType.Pdf.Starts(head.AsSpan(0, read)))
        {
            return AcceptedFileType.Pdf;
        }

        if (!AcceptedFileType.Docx.Starts(head.AsSpan(0, read)))
        {
            return null;
        }

        try
        {
            // ECMA-376 Part 2 (Open Packaging Conventions): a .docx is a ZIP with [Content_Types].xml and the main part word/document.xml.
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var isWord = zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
            return isWord ? AcceptedFileType.Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = start;
        }
    }
}
