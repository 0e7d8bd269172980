using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using MotCua.Common.Time;

namespace MotCua.Modules.Integration.Open311;

/// <summary>An Open311 resource as one tree, written as JSON or as XML with the element names of GeoReport v2.</summary>
internal abstract record Open311Node;

/// <summary>An object: its fields in order; a null value is an empty element (XML) or null (JSON).</summary>
internal sealed record Open311Object(IReadOnlyList<(string Name, object? Value)> Fields) : Open311Node;

/// <summary>A list: a JSON array, in XML one element named <see cref="Item"/> per entry.</summary>
internal sealed record Open311List(string Item, IReadOnlyList<object?> Items) : Open311Node;

/// <summary>The two formats of every resource (<c>.json</c>, <c>.xml</c>) and how each is written.</summary>
internal static class Open311Document
{
    public const string Json = "json";
    public const string Xml = "xml";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static bool IsFormat(string? format) => format is Json or Xml;

    /// <summary>The resource in <paramref name="format"/> (JSON for an unknown one, which only errors use).</summary>
    public static IResult Write(string? format, string root, Open311Node document, int status = StatusCodes.Status200OK) =>
        format == Xml
            ? Results.Text(ToXml(root, document), "text/xml; charset=utf-8", Encoding.UTF8, status)
            : Results.Text(ToJson(document), "application/json; charset=utf-8", Encoding.UTF8, status);

    /// <summary>The spec's error list: <c>[{code, description}]</c> / <c>&lt;errors&gt;&lt;error&gt;…</c>, the HTTP status as the code.</summary>
    public static IResult Errors(string? format, int status, params IEnumerable<string> descriptions) =>
        Write(IsFormat(format) ? format : Json, "errors", new Open311List("error", [.. descriptions.Select(d => (object?)Object(("code", status), ("description", d)))]), status);

    public static Open311Object Object(params (string Name, object? Value)[] fields) => new(fields);

    /// <summary>ISO 8601 with the offset of Vietnam (+07:00).</summary>
    public static string? Time(DateTime? utc) =>
        utc is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToOffset(VietnamTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;

    private static string ToJson(Open311Node document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteJson(writer, document);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Open311Object o:
                writer.WriteStartObject();
                foreach (var (name, field) in o.Fields)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }

                writer.WriteEndObject();
                break;
            case Open311List l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            default:
                writer.WriteStringValue(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    private static string ToXml(string root, Open311Node document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            WriteXml(writer, root, document);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteXml(XmlWriter writer, string name, object? value)
    {
        writer.WriteStartElement(name);
        switch (value)
        {
            case null:
                break;
            case Open311Object o:
                foreach (var (field, inner) in o.Fields)
                {
                    WriteXml(writer, field, inner);
                }

                break;
            case Open311List l:
                foreach (var item in l.Items)
                {
                    WriteXml(writer, l.Item, item);
                }

                break;
            case bool b:
                writer.WriteString(b ? "true" : "false");
                break;
            default:
                writer.WriteString(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }

        writer.WriteEndElement();
    }

    /// <summary>The text without the characters XML 1.0 cannot carry (control characters, unpaired surrogates), so no stored text can break a response.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
