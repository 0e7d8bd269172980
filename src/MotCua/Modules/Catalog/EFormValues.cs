using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Catalog;

/// <summary>
/// The values of an e-form as one flat map: <c>key</c> for a field, <c>key.street</c>, <c>key.ward</c>,
/// <c>key.province</c> for an address, <c>group[0].key</c> for a field of a group's first row. A posted form uses the
/// same names behind <see cref="Prefix"/>.
/// </summary>
internal static partial class EFormValues
{
    /// <summary>The name of the e-form in a posted form: a value <c>key</c> is posted as <c>f.key</c>.</summary>
    public const string FormName = "f";

    public const string Prefix = FormName + ".";

    /// <summary>The parts of an address value, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> AddressParts = ["street", "ward", "province"];

    /// <summary>Most posted names read: a form with more is refused whole.</summary>
    public const int MaxPostedValues = 2000;

    /// <summary>The dates a date field accepts (the browser's date input is given the same bounds).</summary>
    public static readonly DateOnly FirstDate = new(1900, 1, 1);

    public static readonly DateOnly LastDate = new(2100, 12, 31);

    /// <summary>
    /// Checks posted values against <paramref name="form"/> on the server: types, lengths, ranges, choices, required
    /// fields (unless <paramref name="draft"/>), group rows. Unknown names are dropped; blank group rows are dropped and the
    /// rest renumbered. Returns the clean values, the failures by value name (one each, in the user's language; a form
    /// refused whole has its failure on the whole form), and everything that was typed under the same names, for showing
    /// the form again.
    /// </summary>
    public static (Dictionary<string, string> Values, IReadOnlyList<RuleFailure> Failures, Dictionary<string, string> Typed) Check(
        EFormDefinition form, IEnumerable<KeyValuePair<string, string?>> posted, bool draft)
    {
        var (values, errors, typed) = Collect(form, posted, draft);
        return (values, Failures(errors), typed);
    }

    private static (Dictionary<string, string> Values, Dictionary<string, string> Errors, Dictionary<string, string> Typed) Collect(
        EFormDefinition form, IEnumerable<KeyValuePair<string, string?>> posted, bool draft)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in posted)
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && input.Count <= MaxPostedValues)
            {
                input[name[Prefix.Length..]] = value?.Trim() ?? "";
            }
        }

        if (input.Count > MaxPostedValues)
        {
            errors[""] = ResourceText.Get<CatalogText>("EForm_TooManyValues");
            return (values, errors, []);
        }

        var typed = Arrange(form, input);
        foreach (var field in form.Fields)
        {
            if (field.Type != EFormFieldType.Group)
            {
                CheckField(field, field.Key, typed, values, errors, draft);
                continue;
            }

            var rows = RowCount(field, typed);
            for (var row = 0; row < rows; row++)
            {
                foreach (var child in field.Fields!)
                {
                    CheckField(child, $"{field.Key}[{row}].{child.Key}", typed, values, errors, draft);
                }
            }

            if (rows > field.RowsAtMost)
            {
                errors[field.Key] = ResourceText.Get<CatalogText>("EForm_RowsAtMost", field.Label, field.RowsAtMost);
            }
            else if (!draft && rows < field.RowsAtLeast)
            {
                errors[field.Key] = ResourceText.Get<CatalogText>("EForm_RowsAtLeast", field.Label, field.RowsAtLeast);
            }
        }

        return (values, errors, typed);
    }

    /// <summary>
    /// <see cref="Check"/> for a form shown again over <paramref name="stored"/> values: the values to keep are the ones
    /// that passed and the stored value of every name whose new text was refused, so a mistake never erases what was saved
    /// before (a name left blank is cleared). A draft post that carries no e-form name at all leaves the stored values alone.
    /// </summary>
    public static (Dictionary<string, string> Values, IReadOnlyList<RuleFailure> Failures, Dictionary<string, string> Typed) Update(
        EFormDefinition form, IReadOnlyDictionary<string, string> stored, IReadOnlyCollection<KeyValuePair<string, string?>> posted, bool draft)
    {
        if (draft && !posted.Any(kv => kv.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            return (new Dictionary<string, string>(stored, StringComparer.Ordinal), [], new Dictionary<string, string>(stored, StringComparer.Ordinal));
        }

        var (values, errors, typed) = Collect(form, posted, draft);
        if (errors.ContainsKey(""))
        {
            return (new Dictionary<string, string>(stored, StringComparer.Ordinal), Failures(errors), new Dictionary<string, string>(stored, StringComparer.Ordinal));
        }

        foreach (var (name, value) in stored)
        {
            if (!values.ContainsKey(name) && typed.GetValueOrDefault(name) is { Length: > 0 })
            {
                values[name] = value;
            }
        }

        return (values, Failures(errors), typed);
    }

    private static IReadOnlyList<RuleFailure> Failures(Dictionary<string, string> errors) =>
        errors.Count == 0 ? [] : [.. errors.Select(e => new RuleFailure(e.Key, e.Value))];

    /// <summary>Keeps only the names the form has; a group's rows that were left blank go, the others are numbered 0, 1, 2….</summary>
    private static Dictionary<string, string> Arrange(EFormDefinition form, Dictionary<string, string> input)
    {
        var arranged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (field.Type != EFormFieldType.Group)
            {
                Copy(field, field.Key, field.Key);
                continue;
            }

            var kept = 0;
            foreach (var row in RowIndexes(field.Key, input))
            {
                var source = $"{field.Key}[{row}].";
                if (field.Fields!.SelectMany(f => Names(f, source + f.Key)).All(n => string.IsNullOrEmpty(input.GetValueOrDefault(n))))
                {
                    continue;
                }

                foreach (var child in field.Fields!)
                {
                    Copy(child, source + child.Key, $"{field.Key}[{kept}].{child.Key}");
                }

                kept++;
            }
        }

        return arranged;

        void Copy(EFormField field, string from, string to)
        {
            foreach (var (source, target) in Names(field, from).Zip(Names(field, to)))
            {
                if (input.TryGetValue(source, out var value) && value.Length > 0)
                {
                    arranged[target] = value;
                }
            }
        }
    }

    /// <summary>How many rows a group has in stored values.</summary>
    public static int RowCount(EFormField group, IReadOnlyDictionary<string, string> values) =>
        RowIndexes(group.Key, values).Select(i => i + 1).DefaultIfEmpty(0).Max();

    private static void CheckField(
        EFormField field, string name, Dictionary<string, string> input, Dictionary<string, string> values, Dictionary<string, string> errors, bool draft)
    {
        if (field.Type == EFormFieldType.Address)
        {
            var parts = AddressParts.Select(p => (Name: $"{name}.{p}", Value: input.GetValueOrDefault($"{name}.{p}") ?? "")).ToList();
            if (parts.Any(p => p.Value.Length > EFormDefinition.TextLimit))
            {
                errors[name] = ResourceText.Get<CatalogText>("EForm_AddressPartTooLong", field.Label, EFormDefinition.TextLimit);
                return;
            }

            if (!draft && field.Required && parts.Any(p => p.Value.Length == 0))
            {
                errors[name] = ResourceText.Get<CatalogText>("EForm_AddressIncomplete", field.Label);
            }

            foreach (var (partName, value) in parts.Where(p => p.Value.Length > 0))
            {
                values[partName] = value;
            }

            return;
        }

        var text = input.GetValueOrDefault(name) ?? "";
        if (text.Length == 0)
        {
            if (!draft && field.Required)
            {
                errors[name] = ResourceText.Get<CatalogText>("EForm_Required", field.Label);
            }

            return;
        }

        string? problem = null;
        switch (field.Type)
        {
            case EFormFieldType.Text or EFormFieldType.LongText when text.Length > field.TextLimit:
                problem = ResourceText.Get<CatalogText>("EForm_TextTooLong", field.Label, field.TextLimit);
                break;
            case EFormFieldType.Number:
                if (ReadNumber(text) is not { } number)
                {
                    problem = ResourceText.Get<CatalogText>("EForm_NotNumber", field.Label);
                }
                else if (number < field.Min || number > field.Max)
                {
                    problem = ResourceText.Get<CatalogText>("EForm_OutOfRange", field.Label, OutOfRange(field.Min?.ToString(ViNumber, Vi), field.Max?.ToString(ViNumber, Vi)));
                }
                else
                {
                    text = number.ToString(CultureInfo.InvariantCulture);
                }

                break;
            case EFormFieldType.Date:
                if (!TypedValues.TryIsoDate(text, out var date))
                {
                    problem = ResourceText.Get<CatalogText>("EForm_DateInvalid", field.Label);
                }
                else if (date < FirstDate || date > LastDate)
                {
                    problem = ResourceText.Get<CatalogText>("EForm_OutOfRange", field.Label, OutOfRange(FirstDate.ToString(ViDate, CultureInfo.InvariantCulture), LastDate.ToString(ViDate, CultureInfo.InvariantCulture)));
                }

                break;
            case EFormFieldType.Choice when field.Choices?.Contains(text, StringComparer.Ordinal) != true:
                problem = ResourceText.Get<CatalogText>("EForm_ChoiceInvalid", field.Label);
                break;
            case EFormFieldType.IdentityNumber when !IdentityNumber().IsMatch(text) || int.Parse(text[..3], CultureInfo.InvariantCulture) is < 1 or > 96:
                // NĐ 137/2015/NĐ-CP Điều 7: 12 digits, the first three a province code 001–096.
                problem = ResourceText.Get<CatalogText>("EForm_IdentityNumberInvalid", field.Label);
                break;
        }

        if (problem is not null)
        {
            errors[name] = problem;
            return;
        }

        values[name] = text;
    }

    /// <summary>What a value out of range is told: both bounds when there are both, else the one there is.</summary>
    private static string OutOfRange(string? min, string? max) => (min, max) switch
    {
        ({ } low, { } high) => ResourceText.Get<CatalogText>("EForm_Between", low, high),
        ({ } low, null) => ResourceText.Get<CatalogText>("EForm_AtLeast", low),
        (_, var high) => ResourceText.Get<CatalogText>("EForm_AtMost", high),
    };

    private static IEnumerable<string> Names(EFormField field, string name) =>
        field.Type == EFormFieldType.Address ? AddressParts.Select(p => $"{name}.{p}") : [name];

    private static List<int> RowIndexes(string key, IEnumerable<KeyValuePair<string, string>> input) =>
        [.. input.Select(kv => RowName().Match(kv.Key)).Where(m => m.Success && m.Groups[1].Value == key && m.Groups[2].Value.Length <= 3)
            .Select(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).Distinct().Order()];


    private static decimal? ReadNumber(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        if (ViThousands().IsMatch(compact))
        {
            compact = compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (PlainNumber().IsMatch(compact))
        {
            compact = compact.Replace(',', '.');
        }
        else
        {
            return null;
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    private const string ViNumber = "#,##0.######";

    private const string ViDate = "dd/MM/yyyy";

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_]*)\[([0-9]+)\]\.")]
    private static partial Regex RowName();

    [GeneratedRegex(@"^-?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")]
    private static partial Regex ViThousands();

    [GeneratedRegex(@"^-?[0-9]{1,18}([.,][0-9]{1,6})?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex IdentityNumber();
}
