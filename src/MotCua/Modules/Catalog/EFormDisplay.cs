using System.Globalization;
using System.Text.Json;
using MotCua.Common.Validation;

namespace MotCua.Modules.Catalog;

/// <summary>Stored e-form values as lines people read: label and text, group rows numbered, addresses joined.</summary>
internal static class EFormDisplay
{
    public static IReadOnlyDictionary<string, string> ReadValues(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    // Vietnamese text stays readable in the stored JSON (no \u escapes); it is never written into HTML or script unencoded.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WriteValues(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values, Json);

    public static List<(string Label, string Text)> Lines(EFormDefinition form, IReadOnlyDictionary<string, string> values)
    {
        var lines = new List<(string, string)>();
        foreach (var field in form.Fields)
        {
            if (field.Type != EFormFieldType.Group)
            {
                lines.Add((field.Label, Text(field, field.Key, values)));
                continue;
            }

            var rows = EFormValues.RowCount(field, values);
            for (var row = 0; row < rows; row++)
            {
                foreach (var child in field.Fields!)
                {
                    lines.Add(($"{field.Label} {row + 1} – {child.Label}", Text(child, $"{field.Key}[{row}].{child.Key}", values)));
                }
            }
        }

        return lines;
    }

    private static string Text(EFormField field, string name, IReadOnlyDictionary<string, string> values)
    {
        switch (field.Type)
        {
            case EFormFieldType.Address:
                var parts = EFormValues.AddressParts.Select(p => values.GetValueOrDefault($"{name}.{p}")).OfType<string>().ToList();
                return parts.Count == 0 ? "—" : string.Join(", ", parts);
            case EFormFieldType.Date when TypedValues.TryIsoDate(values.GetValueOrDefault(name), out var date):
                return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            case EFormFieldType.Number when decimal.TryParse(values.GetValueOrDefault(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return number.ToString("#,##0.######", CultureInfo.GetCultureInfo("vi"));
            default:
                return values.GetValueOrDefault(name) ?? "—";
        }
    }
}
