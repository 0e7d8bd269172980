using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MotCua.Common.Validation;

/// <summary>
/// A rule an input broke. <see cref="Field"/> names the input as the page or API knows it (<c>Fees[1].AmountVnd</c>), or is
/// empty for the whole form; <see cref="Message"/> is already in the user's language; <see cref="Source"/> is the rule's name
/// or legal citation when there is one.
/// </summary>
internal sealed record RuleFailure(string Field, string Message, string? Source = null);

/// <summary>
/// The two places failures go: a page's ModelState and an API's ValidationProblem. Validators return
/// <c>IReadOnlyList&lt;RuleFailure&gt;</c>, the empty collection <c>[]</c> when the input is valid.
/// </summary>
internal static class RuleFailures
{
    /// <summary>
    /// Adds each failure to <paramref name="modelState"/> under <paramref name="prefix"/>.Field (the bound model's name,
    /// e.g. <c>Input</c>); whole-form failures stay under the empty key, which a <c>ModelOnly</c> summary shows.
    /// </summary>
    public static void AddTo(this IReadOnlyList<RuleFailure> failures, ModelStateDictionary modelState, string? prefix = null)
    {
        for (var i = 0; i < failures.Count; i++)
        {
            failures[i].AddTo(modelState, prefix);
        }
    }

    /// <summary>
    /// A validator's collected failures as its result: the list itself, or <c>[]</c> when nothing failed, so that the
    /// valid path hands back no list of its own.
    /// </summary>
    public static IReadOnlyList<RuleFailure> AsResult(this List<RuleFailure> failures)
    {
        if (failures.Count == 0)
        {
            return [];
        }

        return failures;
    }

    /// <summary>Adds a single outcome (a wrong password, a concurrency conflict) the same way as a validator's list.</summary>
    public static void AddTo(this RuleFailure failure, ModelStateDictionary modelState, string? prefix = null) =>
        modelState.AddModelError(Key(failure.Field, prefix), failure.Message);

    /// <summary>
    /// The <c>errors</c> of a ValidationProblem: the messages of each field, in the order found. <paramref name="apiName"/>
    /// gives a field the name the API's JSON uses when it differs from the form's (<c>IdentityNumber</c> →
    /// <c>applicant.identityNumber</c>).
    /// </summary>
    public static Dictionary<string, string[]> ToProblemErrors(this IReadOnlyList<RuleFailure> failures, Func<string, string>? apiName = null)
    {
        var errors = new Dictionary<string, string[]>(failures.Count, StringComparer.Ordinal);
        for (var i = 0; i < failures.Count; i++)
        {
            var failure = failures[i];
            var field = apiName is null ? failure.Field : apiName(failure.Field);
            errors[field] = errors.TryGetValue(field, out var earlier) ? [.. earlier, failure.Message] : [failure.Message];
        }

        return errors;
    }

    private static string Key(string field, string? prefix) =>
        string.IsNullOrEmpty(prefix) || field.Length == 0 ? field
        : field[0] == '[' ? prefix + field
        : prefix + "." + field;
}
