using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.SearchProcedures;

/// <summary>One published procedure in a result list.</summary>
internal sealed record ProcedureSummary(
    string Code,
    string Name,
    string FieldCode,
    string FieldName,
    OnlineServiceLevel OnlineLevel,
    int ProcessingTimeAmount,
    DeadlineUnit ProcessingTimeUnit,
    IReadOnlyList<string> Agencies);

/// <summary>One page of results and the total count of matches.</summary>
internal sealed record ProcedurePage(IReadOnlyList<ProcedureSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>A value a list can be filtered by: its code and the name shown for it.</summary>
internal sealed record FilterOption(string Code, string Name);

/// <summary>A published version as the search holds it: what a result shows, and what it is matched and filtered on.</summary>
internal sealed record IndexedProcedure(
    ProcedureSummary Summary,
    string SearchName,
    string SearchText,
    IReadOnlyList<string> AgencyCodes,
    IReadOnlyList<string> LevelCodes);

/// <summary>
/// The published catalogue at one <see cref="CatalogStamp"/>, held in memory and searched there (ADR-008): every word of
/// the query must occur in the version's search text; name matches rank first, then code matches, then the rest.
/// </summary>
internal sealed class PublishedCatalog
{
    /// <summary>Name contains the phrase, code contains it, other text only; each split by whether the name starts with it.</summary>
    private const int RankCount = 6;

    private readonly IReadOnlyList<IndexedProcedure> _procedures;

    /// <param name="stamp">The catalogue stamp read before the data.</param>
    /// <param name="procedures">The published versions; kept in name order, then code.</param>
    /// <param name="fields">The fields that have published procedures, in display order.</param>
    /// <param name="agencies">The agencies that perform published procedures, in code order.</param>
    /// <param name="levels">The levels at which published procedures are performed, in display order.</param>
    public PublishedCatalog(
        Guid stamp,
        IEnumerable<IndexedProcedure> procedures,
        IReadOnlyList<FilterOption> fields,
        IReadOnlyList<FilterOption> agencies,
        IReadOnlyList<FilterOption> levels)
    {
        Stamp = stamp;
        _procedures = procedures
            .OrderBy(p => p.SearchName, StringComparer.Ordinal)
            .ThenBy(p => p.Summary.Code, StringComparer.Ordinal)
            .ToList();
        Fields = fields;
        Agencies = agencies;
        Levels = levels;
    }

    public Guid Stamp { get; }

    public int Count => _procedures.Count;

    public IReadOnlyList<FilterOption> Fields { get; }

    public IReadOnlyList<FilterOption> Agencies { get; }

    public IReadOnlyList<FilterOption> Levels { get; }

    public ProcedurePage Search(ProcedureQuery query)
    {
        var phrase = SearchText.Normalize(query.Text);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

        // One pass in name order into one list per rank: the ranked result without a sort.
        var ranks = new List<IndexedProcedure>[RankCount];
        for (var i = 0; i < RankCount; i++)
        {
            ranks[i] = [];
        }

        foreach (var procedure in _procedures)
        {
            if (Matches(procedure, query, words))
            {
                ranks[phrase.Length == 0 ? 0 : Rank(procedure, phrase)].Add(procedure);
            }
        }

        var total = ranks.Sum(r => r.Count);
        var items = ranks.SelectMany(r => r)
            .Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize))
            .Take(query.PageSize)
            .Select(p => p.Summary)
            .ToList();
        return new ProcedurePage(items, total, query.Page, query.PageSize);
    }

    private static bool Matches(IndexedProcedure procedure, ProcedureQuery query, string[] words)
    {
        if ((query.Field is not null && procedure.Summary.FieldCode != query.Field)
            || (query.Online is not null && procedure.Summary.OnlineLevel != query.Online)
            || (query.Agency is not null && !procedure.AgencyCodes.Contains(query.Agency, StringComparer.Ordinal))
            || (query.Level is not null && !procedure.LevelCodes.Contains(query.Level, StringComparer.Ordinal)))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!procedure.SearchText.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int Rank(IndexedProcedure procedure, string phrase)
    {
        var kind = procedure.SearchName.Contains(phrase, StringComparison.Ordinal) ? 0
            : procedure.Summary.Code.Contains(phrase, StringComparison.Ordinal) ? 1
            : 2;
        var startsWith = procedure.SearchName.StartsWith(phrase, StringComparison.Ordinal) ? 0 : 1;
        return (kind * 2) + startsWith;
    }
}
