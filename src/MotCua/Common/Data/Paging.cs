using Microsoft.EntityFrameworkCore;

namespace MotCua.Common.Data;

/// <summary>Where a page read by key starts (ADR-048): the first page, after the row shown last, or before the row shown first.</summary>
internal enum KeyStep
{
    First,
    After,
    Before,
}

/// <summary>
/// One page of a list read by key: its rows in the list's order, the page's number (it only numbers the page), and
/// whether pages come before and after it.
/// </summary>
internal sealed record KeyedPage<T>(List<T> Rows, int PageNumber, bool HasPrevious, bool HasNext);

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

    /// <summary>
    /// A page of a list read by key (ADR-048): <paramref name="read"/> returns up to its count of rows from the anchor — in
    /// the list's order for <see cref="KeyStep.First"/> and <see cref="KeyStep.After"/>, in the reverse order (nearest the
    /// anchor first) for <see cref="KeyStep.Before"/>; one row more than <paramref name="size"/> is asked for, to learn
    /// whether the list goes on that way. The rows come back in the list's order.
    /// </summary>
    public static async Task<KeyedPage<T>> ReadByKeyAsync<T>(KeyStep step, int pageNumber, int size, Func<KeyStep, int, Task<List<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var rows = await read(step, size + 1);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(size);
        }

        switch (step)
        {
            case KeyStep.First:
                return new(rows, 1, HasPrevious: false, HasNext: more);
            case KeyStep.After:
                return new(rows, Math.Max(2, pageNumber), HasPrevious: true, HasNext: more);
            default:
                rows.Reverse();
                return new(rows, more ? Math.Max(2, pageNumber) : 1, HasPrevious: more, HasNext: true);
        }
    }

    /// <summary>
    /// One page of a list held whole (a short list, counted): the page asked for, moved to the last page when past it, its
    /// rows, and the number of pages (at least 1).
    /// </summary>
    public static (List<T> Rows, int PageNumber, int PageCount) Slice<T>(IReadOnlyList<T> rows, int pageNumber, int size)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pageCount = Math.Max(1, (rows.Count + size - 1) / size);
        var number = Math.Clamp(pageNumber, 1, pageCount);
        return ([.. rows.Skip((number - 1) * size).Take(size)], number, pageCount);
    }
}
