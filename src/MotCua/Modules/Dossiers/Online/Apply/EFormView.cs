using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Online.Apply;

/// <summary>What the e-form partial draws: the form, the values to show and the errors by value name.</summary>
internal sealed record EFormView(EFormDefinition Form, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string MoreRowsHint);

/// <summary>One input of the e-form: its field, its value name, and whether the browser should require it.</summary>
internal sealed record EFormInputView(
    EFormField Field, string Name, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, bool Required)
{
    public string PartLabel(string part) => part switch
    {
        "street" => "Số nhà, đường, thôn, tổ dân phố",
        "ward" => "Xã, phường, đặc khu",
        _ => "Tỉnh, thành phố",
    };
}
