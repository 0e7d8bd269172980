using MotCua.Modules.Calendar;
using MotCua.Modules.Feedback.Data;

namespace MotCua.Modules.Feedback.Book;

/// <summary>The book's "đúng hạn / trễ hạn" column for one PAKN at one agency.</summary>
internal enum BookTimeliness
{
    /// <summary>No time limit was met or is running at the agency (merged, or every limit lapsed).</summary>
    None,

    /// <summary>Trước hạn: every limit that ran was met before its due day.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Trễ hạn: some limit was met after its due instant.</summary>
    Late,

    /// <summary>Chưa đến hạn: processing or publication still runs, within its limit.</summary>
    NotYetDue,

    /// <summary>Đang quá hạn: processing or publication still runs past its due instant.</summary>
    Overdue,
}

/// <summary>One time limit as the book judges it (a <see cref="PetitionDeadline"/> row of the agency).</summary>
internal sealed record BookDeadline(PetitionDeadlineKind Kind, DateTime StartAt, DateTime DueAt, DateTime? ClosedAt, OnTimeClass? Class)
{
    public bool IsObligation => PetitionTimeliness.IsObligation(Kind);

    /// <summary>Late at <paramref name="now"/> by the one rule the PAKN page, the inbox and the metrics use.</summary>
    public bool IsLateAt(DateTime now) => PetitionTimeliness.IsLateAt(Kind, StartAt, DueAt, ClosedAt, Class, now);
}

/// <summary>
/// Judges the time limits that ran for a PAKN at the agency as 766 5.2 does (ADR-046 §4, §7): a limit met late makes the
/// PAKN late; a running obligation is judged at <c>now</c> against its due instant; a limit that lapsed (the act it
/// bounds was not needed) does not count. The worst state wins: overdue, late, not yet due, on time, early.
/// </summary>
internal static class BookTimelinessRule
{
    public static BookTimeliness Of(IEnumerable<BookDeadline> deadlines, DateTime now)
    {
        var result = BookTimeliness.None;
        foreach (var deadline in deadlines)
        {
            var late = deadline.IsLateAt(now);
            var state = deadline switch
            {
                { ClosedAt: null, IsObligation: true } => late ? BookTimeliness.Overdue : BookTimeliness.NotYetDue,
                { ClosedAt: not null } when late => BookTimeliness.Late,
                { Class: OnTimeClass.OnTime } => BookTimeliness.OnTime,
                { Class: OnTimeClass.Early } => BookTimeliness.Early,
                _ => BookTimeliness.None,
            };
            result = Rank(state) > Rank(result) ? state : result;
        }

        return result;
    }

    private static int Rank(BookTimeliness state) => state switch
    {
        BookTimeliness.Overdue => 5,
        BookTimeliness.Late => 4,
        BookTimeliness.NotYetDue => 3,
        BookTimeliness.OnTime => 2,
        BookTimeliness.Early => 1,
        _ => 0,
    };
}
