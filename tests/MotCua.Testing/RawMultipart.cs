using System.Net.Http.Headers;
using System.Text;

namespace MotCua.Testing;

/// <summary>
/// A multipart/form-data body written byte for byte, so that field names and file names may hold what a crafted request can
/// send and HttpClient's header classes drop: a NUL character. The file name goes as <c>filename*</c> (RFC 5987), the field
/// name as it is, in UTF-8.
/// </summary>
public static class RawMultipart
{
    public static HttpContent Create(params (string Name, string? FileName, byte[] Content)[] parts)
    {
        var boundary = "----motcua" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        foreach (var (name, fileName, content) in parts)
        {
            var disposition = $"form-data; name=\"{name.Replace("\"", "", StringComparison.Ordinal)}\""
                + (fileName is null ? "" : "; filename*=UTF-8''" + Uri.EscapeDataString(fileName));
            body.Write(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
                + (fileName is null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n"));
            body.Write(content);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
        var result = new ByteArrayContent(body.ToArray());
        result.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data") { Parameters = { new NameValueHeaderValue("boundary", boundary) } };
        return result;
    }

    /// <summary>A text field.</summary>
    public static (string Name, string? FileName, byte[] Content) Field(string name, string value) => (name, null, Encoding.UTF8.GetBytes(value));

    /// <summary>A file field.</summary>
    public static (string Name, string? FileName, byte[] Content) File(string name, string fileName, byte[] content) => (name, fileName, content);
}
