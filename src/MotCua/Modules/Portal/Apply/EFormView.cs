using MotCua.Modules.Catalog;

namespace MotCua.Modules.Portal.Apply;

/// <summary>What the e-form partial draws: the form, the values to show and the errors by value name.</summary>
internal sealed record EFormView(EFormDefinition Form, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string MoreRowsHint);
