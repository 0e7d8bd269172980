using System.Text;
using System.Xml;

namespace MotCua.Common.Documents;

/// <summary>Text as the Office formats hold it: XML 1.0 refuses most control characters (a pasted vertical tab, U+0001).</summary>
internal static class XmlText
{
    /// <summary>NFC text without the characters XML 1.0 cannot hold; line breaks as line feeds.</summary>
    public static string Clean(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        return normalized.All(Keeps) ? normalized : new string([.. normalized.Where(Keeps)]);

        static bool Keeps(char c) => c != '\r' && (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c));
    }
}
