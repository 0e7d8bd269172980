using System.Globalization;

namespace MotCua.Modules.Organization.Admin;

/// <summary>A form label as it reads inside a sentence ("Tên cơ quan" → "Vui lòng nhập tên cơ quan.").</summary>
internal static class FieldName
{
    public static string Of(string label) =>
        label.Length == 0 ? label : char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..];
}
