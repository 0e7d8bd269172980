using MotCua.Common.Errors;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>A broken time rule: a stable name for clients and the Vietnamese message for the applicant or officer.</summary>
internal sealed record BrokenTimeRule(string Rule, string Message)
{
    /// <summary>The exception the API turns into a 409 ProblemDetails.</summary>
    public BusinessRuleException ToException() => new(Rule, Message);
}

/// <summary>The names of the time rules (stable identifiers, also the <see cref="BusinessRuleException.Rule"/> values).</summary>
internal static class TimeRuleNames
{
    public const string SupplementWindowClosed = "SupplementWindowClosed";
    public const string SupplementRequestLimit = "SupplementRequestLimit";
    public const string ExtensionTooLate = "ExtensionTooLate";
    public const string ExtensionLimit = "ExtensionLimit";
    public const string ExtensionNotLater = "ExtensionNotLater";
}
