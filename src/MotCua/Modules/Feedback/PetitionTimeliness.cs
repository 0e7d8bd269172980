using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback;

/// <summary>
/// Whether a PAKN's time limit was kept, as seen at an instant — the one reading the PAKN page, the inbox and the metrics
/// use (ADR-046 §4, §7).
/// </summary>
internal static class PetitionTimeliness
{
    /// <summary>Process and publish must happen; the other limits only bound an act that may not be needed.</summary>
    public static bool IsObligation(PetitionDeadlineKind kind) => kind is PetitionDeadlineKind.Process or PetitionDeadlineKind.Publish;

    // 766 chỉ tiêu 5.2 [R]: a deadline closed by then counts by its class; an obligation still running then is late once past due.
    public static bool IsLateAt(PetitionDeadlineKind kind, DateTime startAt, DateTime dueAt, DateTime? closedAt, OnTimeClass? @class, DateTime at) =>
        startAt <= at && (closedAt is { } closed && closed <= at ? @class == OnTimeClass.Late : IsObligation(kind) && at > dueAt);

    // 766 chỉ tiêu 5.3 [R], as issue 12 reads "more dislikes than likes, overdue, or re-raised": rated unsatisfied, late, or reopened.
    public static bool IsUnsatisfied(bool? satisfied, bool reopened, bool late) => satisfied == false || reopened || late;
}
