using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Feedback.Book;

/// <summary>
/// The book's query string as typed: every value is text, so that a bad value gets a message on the page (or in the
/// export's problem details) rather than a binding error. The page and the three exports read the same parameters.
/// </summary>
internal sealed record FeedbackBookQuery(string? Agency, string? From, string? To, string? Status, string? Category)
{
    /// <summary>The parameters that are set, by their query-string names.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        new Dictionary<string, string?>
        {
            ["agency"] = Agency, ["from"] = From, ["to"] = To, ["status"] = Status, ["category"] = Category,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value));
}

/// <summary>
/// Which entries of an agency's book to show: received (local date) from <see cref="From"/> to <see cref="To"/>, both in the
/// book's <see cref="Year"/>, and optionally one current status and one category.
/// </summary>
internal sealed record FeedbackBookCriteria(int Year, DateOnly From, DateOnly To, PetitionStatus? Status, PetitionCategory? Category)
{
    public const int FirstYear = 2000;

    /// <summary>True when the selection is the whole year's book.</summary>
    public bool IsWholeYear => From == new DateOnly(Year, 1, 1) && To == new DateOnly(Year, 12, 31) && Status is null && Category is null;

    /// <summary>Reads the query; the period defaults to the year of the date given, else the current year.</summary>
    public static (FeedbackBookCriteria? Criteria, IReadOnlyList<RuleFailure> Problems) Parse(FeedbackBookQuery query, DateOnly today)
    {
        var problems = new List<RuleFailure>();
        var from = ParseDate(query.From, "from", problems);
        var to = ParseDate(query.To, "to", problems);
        var status = ParseEnum<PetitionStatus>(query.Status, "status", "Status", problems);
        var category = ParseEnum<PetitionCategory>(query.Category, "category", "Category", problems);
        var year = (from ?? to)?.Year ?? today.Year;
        if (year < FirstYear || year > today.Year + 1)
        {
            problems.Add(Problem("from", "Year", FirstYear, today.Year + 1));
        }
        else if (from is { } f && to is { } t)
        {
            if (f > t)
            {
                problems.Add(Problem("to", "DateOrder"));
            }
            else if (f.Year != t.Year)
            {
                // NĐ 20/2008 Điều 9 as kept in practice: one book per agency and year, numbered from 1 each year.
                problems.Add(Problem("to", "DateOutsideYear", f.Year));
            }
        }

        return problems.Count > 0
            ? (null, problems)
            : (new FeedbackBookCriteria(year, from ?? new DateOnly(year, 1, 1), to ?? new DateOnly(year, 12, 31), status, category), []);
    }

    /// <summary>The value of <paramref name="parameter"/> breaks <paramref name="rule"/>; its message is the resource <c>Error_</c>+rule.</summary>
    public static RuleFailure Problem(string parameter, string rule, params object[] arguments) =>
        new(parameter, ResourceText.Get<FeedbackBookText>("Error_" + rule, arguments), rule);

    private static DateOnly? ParseDate(string? value, string parameter, List<RuleFailure> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TypedValues.IsoDate(value) is { } date)
        {
            return date;
        }

        problems.Add(Problem(parameter, "Date"));
        return null;
    }

    /// <summary>An enum value by its name only (numbers are refused: the names are the interface).</summary>
    private static T? ParseEnum<T>(string? value, string parameter, string rule, List<RuleFailure> problems)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TypedValues.Named<T>(value) is { } parsed)
        {
            return parsed;
        }

        problems.Add(Problem(parameter, rule));
        return null;
    }
}
