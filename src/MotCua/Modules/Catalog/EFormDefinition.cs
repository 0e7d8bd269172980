using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MotCua.Common.Localization;

namespace MotCua.Modules.Catalog;

/// <summary>The kinds of e-form field (biểu mẫu điện tử, NĐ 224/2026/NĐ-CP Điều 15).</summary>
internal enum EFormFieldType
{
    Text,
    LongText,
    Number,
    Date,
    Choice,

    /// <summary>Số nhà, đường; xã, phường; tỉnh, thành phố — three inputs.</summary>
    Address,

    /// <summary>A 12-digit personal identification number (số định danh cá nhân).</summary>
    IdentityNumber,

    /// <summary>A repeating group of the other kinds (e.g. the family members of a household).</summary>
    Group,
}

/// <summary>One field of a procedure version's e-form.</summary>
internal sealed class EFormField
{
    /// <summary>The name in stored values: a letter then letters, digits or underscores, unique among its siblings.</summary>
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    [JsonConverter(typeof(JsonStringEnumConverter<EFormFieldType>))]
    public EFormFieldType Type { get; set; }

    public bool Required { get; set; }

    public string? Hint { get; set; }

    /// <summary>Text kinds: the most characters (default 200, long text 2000).</summary>
    public int? MaxLength { get; set; }

    /// <summary>Numbers: the smallest and largest value allowed.</summary>
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>Choice: the options, as shown and as stored.</summary>
    public List<string>? Choices { get; set; }

    /// <summary>Group: the fields of one row (no groups inside groups).</summary>
    public List<EFormField>? Fields { get; set; }

    /// <summary>Group: the fewest and most rows (default 0 or 1 when required, and 20).</summary>
    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public int TextLimit => MaxLength ?? (Type == EFormFieldType.LongText ? EFormDefinition.LongTextLimit : EFormDefinition.TextLimit);

    public int RowsAtLeast => MinItems ?? (Required ? 1 : 0);

    public int RowsAtMost => MaxItems ?? EFormDefinition.DefaultMaxRows;
}

/// <summary>
/// A procedure version's e-form: the fields of its tờ khai that an applicant fills in online, beyond the applicant's own
/// details. Stored with the version as JSON; checked by <see cref="Parse"/> when a control officer saves it.
/// </summary>
internal sealed partial class EFormDefinition
{
    public const int TextLimit = 200;
    public const int LongTextLimit = 2000;
    public const int DefaultMaxRows = 20;
    public const int MaxFields = 60;
    public const int MaxJsonLength = 20_000;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public List<EFormField> Fields { get; set; } = [];

    public static EFormDefinition Empty { get; } = new();

    private static readonly JsonSerializerOptions CompactJson = new(Json) { WriteIndented = false };

    public bool HasFields => Fields.Count > 0;

    /// <summary>Indented for people to edit, compact for storage.</summary>
    public string ToJson(bool indented = true) => JsonSerializer.Serialize(this, indented ? Json : CompactJson);

    /// <summary>Reads a stored definition (already checked when it was saved); an empty or missing one has no fields.</summary>
    public static EFormDefinition Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? Empty : JsonSerializer.Deserialize<EFormDefinition>(json, Json) ?? Empty;

    /// <summary>Reads and checks a definition a control officer wrote; the errors are in Vietnamese.</summary>
    public static (EFormDefinition? Definition, List<string> Errors) Parse(string? json)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return (Empty, errors);
        }

        if (json.Length > MaxJsonLength)
        {
            errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_TooLong", MaxJsonLength));
            return (null, errors);
        }

        EFormDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<EFormDefinition>(json, Json);
        }
        catch (JsonException e)
        {
            errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_JsonInvalidAt", e.LineNumber + 1));
            return (null, errors);
        }

        if (definition is null)
        {
            errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_JsonInvalid"));
            return (null, errors);
        }

        CheckLevel(definition.Fields, "", allowGroups: true, errors);
        if (definition.Fields.Sum(f => 1 + (f.Fields?.Count ?? 0)) > MaxFields)
        {
            errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_TooManyFields", MaxFields));
        }

        return (errors.Count == 0 ? definition : null, errors);
    }

    private static void CheckLevel(List<EFormField>? fields, string prefix, bool allowGroups, List<string> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields ?? [])
        {
            var name = prefix + (string.IsNullOrEmpty(field.Key) ? ResourceText.Get<CatalogAdminText>("EFormDef_NoKey") : field.Key);
            if (!KeyPattern().IsMatch(field.Key ?? ""))
            {
                errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_KeyInvalid", name));
            }
            else if (!keys.Add(field.Key!))
            {
                errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_KeyDuplicate", name));
            }

            if (string.IsNullOrWhiteSpace(field.Label) || field.Label.Length > TextLimit)
            {
                errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_LabelInvalid", name, TextLimit));
            }

            if (field.MaxLength is < 1 or > LongTextLimit)
            {
                errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_MaxLengthInvalid", name, LongTextLimit));
            }

            if (field.Min > field.Max)
            {
                errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_MinAboveMax", name));
            }

            switch (field.Type)
            {
                case EFormFieldType.Choice when field.Choices is not { Count: > 0 } || field.Choices.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > TextLimit):
                    errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_ChoicesInvalid", name, TextLimit));
                    break;
                case EFormFieldType.Group when !allowGroups:
                    errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_NestedGroup", name));
                    break;
                case EFormFieldType.Group when field.Fields is not { Count: > 0 }:
                    errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_EmptyGroup", name));
                    break;
                case EFormFieldType.Group when field.RowsAtLeast < 0 || field.RowsAtMost is < 1 or > 100 || field.RowsAtLeast > field.RowsAtMost:
                    errors.Add(ResourceText.Get<CatalogAdminText>("EFormDef_RowsInvalid", name));
                    break;
                case EFormFieldType.Group:
                    CheckLevel(field.Fields, name + ".", allowGroups: false, errors);
                    break;
            }
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex KeyPattern();
}
