using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>
/// A validated search of the published answers: words (diacritics ignored), category (its Open311 service code), procedure
/// code, agency code, a range of publication dates (local days, both included) and the page. A search by words goes from
/// page to page by key (ADR-048): the answers published before <see cref="After"/>, or after <see cref="Before"/>.
/// </summary>
internal sealed record PublishedAnswerQuery(
    string? Text, PetitionCategory? Category, string? ProcedureCode, string? AgencyCode, DateOnly? From, DateOnly? To, int Page,
    PetitionCode? After = null, PetitionCode? Before = null)
{
    public const int PageSize = 20;

    /// <summary>The answers a search shows at most (ADR-048): past them, a narrower search finds what the deep pages would.</summary>
    public const int MaxResults = 1_000;

    /// <summary>The last page a search shows.</summary>
    public const int MaxPage = MaxResults / PageSize;

    public const int MaxTextLength = 200;
    public const int MaxCodeLength = 20;

    /// <summary>Parses the raw query string; on failure returns the failures by parameter name, in the user's language.</summary>
    public static (PublishedAnswerQuery Query, IReadOnlyList<RuleFailure> Failures) Parse(
        string? q, string? category, string? procedure, string? agency, string? from, string? to, string? page, string? after = null, string? before = null)
    {
        var failures = new List<RuleFailure>();
        var text = Blank(q);
        if (text is { Length: > MaxTextLength })
        {
            failures.Add(Failure("q", "Search_TextTooLong", MaxTextLength));
            text = null;
        }

        PetitionCategory? kind = null;
        if (Blank(category) is { } c && (kind = PetitionCategories.FromServiceCode(c)) is null)
        {
            failures.Add(Failure("loai", "Search_CategoryInvalid"));
        }

        var code = Blank(procedure);
        if (code is { Length: > MaxCodeLength })
        {
            failures.Add(Failure("ma", "Search_ProcedureInvalid"));
            code = null;
        }

        var agencyCode = Blank(agency);
        if (agencyCode is { Length: > MaxCodeLength })
        {
            failures.Add(Failure("co-quan", "Search_AgencyInvalid"));
            agencyCode = null;
        }

        var start = Date(from, "tu", failures);
        var end = Date(to, "den", failures);
        if (start is { } s && end is { } e && e < s)
        {
            failures.Add(Failure("den", "Search_RangeInvalid"));
            end = null;
        }

        var number = 1;
        if (Blank(page) is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            failures.Add(Failure("trang", "Search_PageInvalid"));
            number = 1;
        }
        else if (number > MaxPage)
        {
            failures.Add(Failure("trang", "Search_PageTooDeep", MaxPage, MaxResults));
            number = 1;
        }

        var afterKey = Key(after, "sau", failures);
        var beforeKey = Key(before, "truoc", failures);
        return (new PublishedAnswerQuery(text, kind, code, agencyCode, start, end, number, afterKey, beforeKey), failures);
    }

    private static DateOnly? Date(string? value, string name, List<RuleFailure> failures)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (TypedValues.IsoDate(text) is { } date)
        {
            return date;
        }

        failures.Add(Failure(name, "Search_DateInvalid"));
        return null;
    }

    private static PetitionCode? Key(string? value, string name, List<RuleFailure> failures)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (PetitionCode.TryParse(text, out var key))
        {
            return key;
        }

        failures.Add(Failure(name, "Search_PageInvalid"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RuleFailure Failure(string field, string key, params object?[] arguments) => new(field, ResourceText.Get<FeedbackPublicText>(key, arguments));
}
