using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Common.Errors;

/// <summary>
/// A named business or legal rule was broken. The API answers 409 with ProblemDetails; pages show <see cref="Exception.Message"/>,
/// which is already in the user's language.
/// </summary>
internal sealed class BusinessRuleException(string rule, string message) : Exception(message)
{
    /// <summary>The rule's name, e.g. <c>ExtensionAllowedOnlyOnce</c>; stable for clients.</summary>
    public string Rule { get; } = rule;

    /// <summary>The broken rule <paramref name="rule"/>, its message the resource <c>Rule_</c>+rule of <typeparamref name="TText"/>.</summary>
    public static BusinessRuleException Of<TText>(string rule, params object?[] arguments) =>
        new(rule, ResourceText.Get<TText>("Rule_" + rule, arguments));
}

/// <summary>Throwing a failure that a check reported instead of throwing itself.</summary>
internal static class RuleFailureExceptions
{
    /// <summary>The exception for a failure whose <see cref="RuleFailure.Source"/> names the broken rule.</summary>
    public static BusinessRuleException ToException(this RuleFailure failure) =>
        new(failure.Source ?? throw new ArgumentException("A failure thrown as a broken rule names the rule.", nameof(failure)), failure.Message);
}
