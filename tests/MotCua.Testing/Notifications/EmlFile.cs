using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Testing.Notifications;

/// <summary>
/// Reads an RFC 5322 .eml file the way a mail client would: unfolds headers, decodes RFC 2047 encoded words one by one
/// (each must hold whole characters) and the base64 or quoted-printable body.
/// </summary>
public sealed partial class EmlFile
{
    private readonly Dictionary<string, string> _headers;

    private EmlFile(Dictionary<string, string> headers, string body, string raw)
    {
        _headers = headers;
        Body = body;
        Raw = raw;
    }

    public string Raw { get; }

    public string Body { get; }

    public string Subject => Decode(Header("Subject"));

    public string To => Decode(Header("To"));

    public string From => Decode(Header("From"));

    public string MessageId => Header("Message-ID");

    public string Header(string name) => _headers.TryGetValue(name, out var value) ? value : "";

    public static EmlFile Read(string path) => Parse(File.ReadAllText(path, Encoding.ASCII));

    public static IReadOnlyList<EmlFile> ReadFolder(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.eml").Select(Read)] : [];

    public static EmlFile Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = Folding().Replace(raw[..split], " ");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        var content = raw[(split + 4)..];
        var charset = Charset().Match(headers.GetValueOrDefault("Content-Type") ?? "") is { Success: true } m
            ? Encoding.GetEncoding(m.Groups[1].Value.Trim('"'))
            : Encoding.ASCII;
        var body = (headers.GetValueOrDefault("Content-Transfer-Encoding") ?? "").ToLowerInvariant() switch
        {
            "base64" => charset.GetString(Convert.FromBase64String(Whitespace().Replace(content, ""))),
            "quoted-printable" => charset.GetString(QuotedPrintable(content.Replace("=\r\n", "", StringComparison.Ordinal), underscoreIsSpace: false)),
            _ => content,
        };
        return new EmlFile(headers, body.TrimEnd('\r', '\n'), raw);
    }

    /// <summary>Decodes the encoded words of a header value; whitespace between two encoded words is dropped (RFC 2047 §6.2).</summary>
    public static string Decode(string value) =>
        EncodedWord().Replace(BetweenWords().Replace(value, "?==?"), w =>
        {
            var encoding = Encoding.GetEncoding(w.Groups["charset"].Value);
            var text = w.Groups["text"].Value;
            var bytes = w.Groups["kind"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(text)
                : QuotedPrintable(text, underscoreIsSpace: true);
            var decoder = encoding.GetDecoder();
            var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
            decoder.Convert(bytes, 0, bytes.Length, chars, 0, chars.Length, flush: true, out _, out var used, out _);
            var decoded = new string(chars, 0, used);
            return decoded.Contains('\uFFFD', StringComparison.Ordinal)
                ? throw new FormatException($"Encoded word '{w.Value}' splits a character.")
                : decoded;
        });

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(underscoreIsSpace && text[i] == '_' ? (byte)' ' : (byte)text[i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex Folding();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"charset=([^;\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();
}
