using System.Globalization;
using System.Text;
using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// The ledger's query string as typed. Every value is text, so that a bad value gets a message on the page (or in the
/// export's problem details) rather than a binding error. The page, the .xlsx and the PDF read the same parameters.
/// </summary>
internal sealed record LedgerQuery(string? Year, string? Agency, string? Procedure, string? Status, string? From, string? To, string? Q)
{
    /// <summary>The parameters that are set, by their query-string names (for links to the page and its exports).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Parameters() =>
        new Dictionary<string, string?>
        {
            ["year"] = Year, ["agency"] = Agency, ["procedure"] = Procedure, ["status"] = Status, ["from"] = From, ["to"] = To, ["q"] = Q,
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value));
}

/// <summary>
/// Which entries of an agency's book of one year to show: received (local date) from <see cref="From"/> to <see cref="To"/>,
/// and optionally one procedure, one current status, and a code or an applicant's name.
/// </summary>
internal sealed record LedgerCriteria(int Year, DateOnly From, DateOnly To, string? ProcedureCode, DossierStatus? Status, string? Text)
{
    public const int FirstYear = 2000;
    public const int MaxProcedureLength = 20;
    public const int MaxTextLength = 100;

    /// <summary>The statuses a dossier in the book can have: it was accepted, so it is never Submitted or NotAccepted.</summary>
    public static readonly IReadOnlyList<DossierStatus> BookStatuses =
    [
        DossierStatus.Received, DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.AwaitingPayment,
        DossierStatus.Withdrawn, DossierStatus.Stopped, DossierStatus.Done, DossierStatus.Returned,
    ];

    /// <summary>True when entries are selected by more than their receipt date (so the book's counters cannot count them).</summary>
    public bool FiltersEntries => ProcedureCode is not null || Status is not null || Text is not null;

    /// <summary>True for the whole book of the year, false for an extract.</summary>
    public bool IsWholeBook => !FiltersEntries && From == new DateOnly(Year, 1, 1) && To == new DateOnly(Year, 12, 31);

    /// <summary>Reads the query; <paramref name="today"/> is the local date (the year defaults to its year and may not be later).</summary>
    public static (LedgerCriteria? Criteria, IReadOnlyList<RuleFailure> Problems) Parse(LedgerQuery query, DateOnly today)
    {
        var problems = new List<RuleFailure>();
        var year = today.Year;
        var yearOk = string.IsNullOrWhiteSpace(query.Year)
            || (int.TryParse(query.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= FirstYear && year <= today.Year);
        if (!yearOk)
        {
            problems.Add(Problem("year", "Year", today.Year));
        }

        var from = ParseDate(query.From, "from", problems);
        var to = ParseDate(query.To, "to", problems);
        if (from > to)
        {
            problems.Add(Problem("from", "DateOrder"));
        }
        else if (yearOk && ((from?.Year ?? year) != year || (to?.Year ?? year) != year))
        {
            // TT 01/2018/TT-VPCP Điều 10: one book per year, so an extract never reaches into another year's book.
            problems.Add(Problem(from is { } f && f.Year != year ? "from" : "to", "DateOutsideYear", year));
        }

        DossierStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (TypedValues.TryNamed<DossierStatus>(query.Status, out var parsed) && BookStatuses.Contains(parsed))
            {
                status = parsed;
            }
            else
            {
                problems.Add(Problem("status", "Status"));
            }
        }

        var procedure = Optional(query.Procedure);
        if (procedure?.Length > MaxProcedureLength)
        {
            problems.Add(Problem("procedure", "Procedure", MaxProcedureLength));
        }

        var text = Optional(query.Q)?.Normalize(NormalizationForm.FormC);
        if (text?.Length > MaxTextLength)
        {
            problems.Add(Problem("q", "Text", MaxTextLength));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new LedgerCriteria(year, from ?? new DateOnly(year, 1, 1), to ?? new DateOnly(year, 12, 31), procedure, status, text), []);
    }

    /// <summary>The value of <paramref name="parameter"/> breaks <paramref name="rule"/>; its message is the resource <c>Error_</c>+rule.</summary>
    public static RuleFailure Problem(string parameter, string rule, params object[] arguments) =>
        new(parameter, ResourceText.Get<LedgerText>("Error_" + rule, arguments), rule);

    private static DateOnly? ParseDate(string? value, string parameter, List<RuleFailure> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TypedValues.TryIsoDate(value, out var date))
        {
            return date;
        }

        problems.Add(Problem(parameter, "Date"));
        return null;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
