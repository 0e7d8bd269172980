using MotCua.Modules.Catalog;

namespace MotCua.Modules.Portal.Apply;

/// <summary>One input of the e-form: its field, its value name, and whether the browser should require it.</summary>
internal sealed record EFormInputView(
    EFormField Field, string Name, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, bool Required);
