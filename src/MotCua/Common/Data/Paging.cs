using Microsoft.EntityFrameworkCore;

namespace MotCua.Common.Data;

/// <summary>
/// Lists that do not count every match (ADR-048): a text search reads one page and one row more, to learn whether another
/// page follows; a list's total is counted up to a cap, past which it is "more than" the cap.
/// </summary>
internal static class Paging
{
    /// <summary>The rows of one page of an ordered query, and whether another page follows it.</summary>
    public static async Task<(List<T> Rows, bool HasNext)> ReadPageAsync<T>(IQueryable<T> ordered, int skip, int size, CancellationToken cancellationToken)
    {
        var rows = await ordered.Skip(skip).Take(size + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > size;
        if (hasNext)
        {
            rows.RemoveAt(size);
        }

        return (rows, hasNext);
    }

    /// <summary>
    /// The number of rows of an uncounted list when the page read shows it: the page is the last (no next page) and holds
    /// rows, or is the first; null otherwise (a page past the end says nothing of where the end is).
    /// </summary>
    public static int? TotalWhenLast(int pageNumber, int pageSize, int rowsOnPage, bool hasNext) =>
        !hasNext && (rowsOnPage > 0 || pageNumber == 1) ? ((pageNumber - 1) * pageSize) + rowsOnPage : null;

    /// <summary>
    /// The number of rows, read no further than <paramref name="cap"/> + 1 in the list's own order: a result above the cap
    /// means "more than the cap".
    /// </summary>
    public static Task<int> CountUpToAsync<T>(IOrderedQueryable<T> ordered, int cap, CancellationToken cancellationToken) =>
        ordered.Take(cap + 1).CountAsync(cancellationToken);
}
