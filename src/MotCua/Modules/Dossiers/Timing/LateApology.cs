using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>Whether a dossier late under the law has the written apology it is owed.</summary>
internal enum LateApologyState
{
    /// <summary>Not late against the appointment in force (<see cref="LegalTimeStatus"/>): no apology is owed.</summary>
    NotLate,

    /// <summary>Late, with an apology for that appointment issued before it passed.</summary>
    Apologised,

    /// <summary>Late, with an apology for that appointment issued only after it had passed.</summary>
    ApologisedAfterDue,

    /// <summary>Late, and no apology names the appointment that was missed.</summary>
    NotApologised,
}

/// <summary>How many of a set of dossiers were late, and how many of those with and without an apology.</summary>
internal sealed record LateApologyCount(int Late, int Apologised, int ApologisedAfterDue, int NotApologised)
{
    public int WithApology => Apologised + ApologisedAfterDue;
}

/// <summary>
/// The one definition of "late with / without an apology" for the dossier page and the reports: lateness is the legal
/// one (against the appointment the applicant holds, ADR-028), and an apology counts for the appointment it names.
/// </summary>
internal static class LateApology
{
    /// <summary>Appointments are whole minutes; stored copies may differ by the provider's precision.</summary>
    private static readonly TimeSpan SameInstant = TimeSpan.FromSeconds(1);

    // NĐ 61/2018/NĐ-CP Điều 19 khoản 9: a dossier settled late gets a written apology with a new appointment; an apology
    // for an earlier appointment (before an extension moved it) does not answer for missing the later one.
    public static LateApologyState Of(LegalTimeResult legal, IReadOnlyCollection<DossierApology> apologies)
    {
        ArgumentNullException.ThrowIfNull(legal);
        ArgumentNullException.ThrowIfNull(apologies);
        if (legal.Class != OnTimeClass.Late)
        {
            return LateApologyState.NotLate;
        }

        var due = legal.Due.UtcDateTime;
        var covering = apologies.Where(a => (a.DueAt - due).Duration() < SameInstant).ToList();
        return covering.Count == 0 ? LateApologyState.NotApologised
            : covering.Exists(a => !a.IssuedAfterDue) ? LateApologyState.Apologised
            : LateApologyState.ApologisedAfterDue;
    }

    public static LateApologyCount Count(IEnumerable<LateApologyState> states)
    {
        var byState = states.CountBy(s => s).ToDictionary();
        int Of(LateApologyState state) => byState.GetValueOrDefault(state);
        return new LateApologyCount(
            Of(LateApologyState.Apologised) + Of(LateApologyState.ApologisedAfterDue) + Of(LateApologyState.NotApologised),
            Of(LateApologyState.Apologised), Of(LateApologyState.ApologisedAfterDue), Of(LateApologyState.NotApologised));
    }
}
