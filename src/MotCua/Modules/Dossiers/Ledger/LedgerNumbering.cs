using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>
/// STT, the số thứ tự of an entry in an agency's book of a year (TT 01/2018/TT-VPCP Điều 10: one book per year, numbered
/// continuously from 01 in the order of receipt). It is computed from the agency's code counters of the year — one row
/// per day with dossiers, holding the day's last sequence number — rather than by counting dossiers: codes are issued
/// gap-free per agency and day in the transaction that accepts the dossier (ADR-014), so an entry's number is the
/// number of entries of the earlier days plus its own sequence of the day. That is at most 366 small rows per request,
/// however large the book, and the number does not depend on any filter.
/// </summary>
internal sealed class LedgerNumbering
{
    private readonly DateOnly[] _days;
    private readonly int[] _counts;
    private readonly int[] _before;

    /// <summary>Creates the numbering from the days of the year that have entries and each day's number of entries.</summary>
    public LedgerNumbering(IEnumerable<(DateOnly Date, int Count)> days)
    {
        var ordered = days.Where(d => d.Count > 0).OrderBy(d => d.Date).ToArray();
        _days = ordered.Select(d => d.Date).ToArray();
        _counts = ordered.Select(d => d.Count).ToArray();
        _before = new int[ordered.Length];
        for (var i = 1; i < ordered.Length; i++)
        {
            _before[i] = _before[i - 1] + _counts[i - 1];
        }
    }

    /// <summary>The numbering of an agency's book of a year, read from its code counters of that year.</summary>
    public static async Task<LedgerNumbering> OfYearAsync(AppDbContext db, Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.DossierCodeCounters.AsNoTracking()
            .Where(c => c.AgencyId == agencyId && c.Date >= first && c.Date <= last)
            .Select(c => new { c.Date, c.LastSequence })
            .ToListAsync(cancellationToken);
        return new LedgerNumbering(days.Select(d => (d.Date, d.LastSequence)));
    }

    /// <summary>The STT of the entry with this receipt date and sequence number of the day.</summary>
    public int Number(DateOnly date, int sequence) => Before(date) + sequence;

    /// <summary>The number of entries received before <paramref name="date"/>.</summary>
    public int Before(DateOnly date)
    {
        var i = Array.BinarySearch(_days, date);
        if (i >= 0)
        {
            return _before[i];
        }

        var next = ~i;
        return next == _days.Length ? Total : _before[next];
    }

    /// <summary>The number of entries received from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int Count(DateOnly from, DateOnly to) => to < from ? 0 : Before(to.AddDays(1)) - Before(from);

    /// <summary>The receipt date and sequence of the day of the entry with STT <paramref name="number"/>, or null past the end.</summary>
    public (DateOnly Date, int Sequence)? Locate(int number)
    {
        if (number < 1 || number > Total)
        {
            return null;
        }

        // The last day whose entries before it are fewer than the number holds it.
        var low = 0;
        var high = _days.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_before[middle] < number)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (_days[low], number - _before[low]);
    }

    private int Total => _days.Length == 0 ? 0 : _before[^1] + _counts[^1];
}
