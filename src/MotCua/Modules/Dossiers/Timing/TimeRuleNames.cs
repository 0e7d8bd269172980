using MotCua.Common.Errors;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>
/// The names of the time rules (stable identifiers): the <see cref="RuleFailure.Source"/> of a broken time rule and the
/// <see cref="BusinessRuleException.Rule"/> clients see.
/// </summary>
internal static class TimeRuleNames
{
    public const string SupplementWindowClosed = "SupplementWindowClosed";
    public const string SupplementRequestLimit = "SupplementRequestLimit";
    public const string ExtensionTooLate = "ExtensionTooLate";
    public const string ExtensionLimit = "ExtensionLimit";
    public const string ExtensionNotLater = "ExtensionNotLater";

    /// <summary>The time rule <paramref name="rule"/> is broken: it concerns the whole request, not one field.</summary>
    public static RuleFailure Broken(string rule, string message) => new("", message, rule);
}
