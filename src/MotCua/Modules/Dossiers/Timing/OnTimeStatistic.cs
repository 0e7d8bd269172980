using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>The instants at which a dossier reached the statuses that end processing (null = not reached).</summary>
/// <param name="FinishedAt">Đã xử lý xong (TrangThaiHoSo 9).</param>
/// <param name="ReturnedAt">Đã trả kết quả (10).</param>
/// <param name="StoppedAt">Dừng xử lý (8) or Phiếu từ chối giải quyết.</param>
/// <param name="WithdrawnAt">Công dân yêu cầu rút hồ sơ (7).</param>
internal sealed record DossierEndEvents(
    DateTimeOffset? FinishedAt = null, DateTimeOffset? ReturnedAt = null, DateTimeOffset? StoppedAt = null, DateTimeOffset? WithdrawnAt = null)
{
    /// <summary>No end reached yet.</summary>
    public static DossierEndEvents None { get; } = new();

    /// <summary>
    /// The first end reached by <paramref name="asOf"/> (Đã xử lý xong &gt; Đã trả kết quả &gt; Dừng xử lý/Từ chối; rút hồ sơ
    /// also ends), or <paramref name="asOf"/> itself with <see cref="DossierEndKind.PeriodEnd"/> when none was.
    /// </summary>
    public (DateTimeOffset End, DossierEndKind Kind) FirstBy(DateTimeOffset asOf)
    {
        // Listed in the statistic's priority so that, at equal instants, the earlier entry wins.
        (DateTimeOffset? At, DossierEndKind Kind)[] candidates =
        [
            (FinishedAt, DossierEndKind.Finished),
            (ReturnedAt, DossierEndKind.Returned),
            (StoppedAt, DossierEndKind.Stopped),
            (WithdrawnAt, DossierEndKind.Withdrawn),
        ];
        var reached = candidates.Where(c => c.At is { } at && at <= asOf).Select(c => (End: c.At!.Value, c.Kind)).ToList();
        return reached.Count == 0 ? (asOf, DossierEndKind.PeriodEnd) : reached.MinBy(c => c.End);
    }
}

/// <summary>What fixed the end instant of the statistic.</summary>
internal enum DossierEndKind
{
    /// <summary>Đã xử lý xong.</summary>
    Finished,

    /// <summary>Đã trả kết quả.</summary>
    Returned,

    /// <summary>Dừng xử lý or từ chối giải quyết.</summary>
    Stopped,

    /// <summary>Rút hồ sơ.</summary>
    Withdrawn,

    /// <summary>Waiting for a supplement after one request: the request instant is the end.</summary>
    SupplementRequested,

    /// <summary>Still open: the end of the reporting period is the end.</summary>
    PeriodEnd,
}

/// <summary>The data of one dossier for the national on-time statistic.</summary>
/// <param name="ReceivedAt">NgayTiepNhan: the officer's acceptance, the start of processing.</param>
/// <param name="Due">NgayHenTra as printed on the receipt (the original, never moved by an extension or a supplement); null when the dossier has none.</param>
/// <param name="MaxTime">The procedure's processing time, used only when <paramref name="Due"/> is null.</param>
/// <param name="Ends">The end statuses reached.</param>
/// <param name="Supplements">The supplement requests made during processing (not those at the counter before acceptance).</param>
/// <param name="PeriodEnd">The end of the reporting period; later events are ignored.</param>
/// <param name="Rule">How early / on time / late is read (<see cref="OnTimeDefinition"/>).</param>
internal sealed record OnTimeInput(
    DateTimeOffset ReceivedAt,
    DateTimeOffset? Due,
    ProcessingTime? MaxTime,
    DossierEndEvents Ends,
    IReadOnlyList<SupplementInterval> Supplements,
    DateTimeOffset PeriodEnd,
    OnTimeRule Rule);

/// <summary>The statistic's verdict on one dossier.</summary>
/// <param name="Class">Trước hạn / đúng hạn / quá hạn, as of <paramref name="End"/>.</param>
/// <param name="IsOpen">True when no end status was reached by the period end: the class then says "đang xử lý trong hạn" (Early, OnTime) or "đang quá hạn" (Late).</param>
/// <param name="End">The end instant used (UTC).</param>
/// <param name="EndKind">What fixed it.</param>
/// <param name="Due">The due instant compared with the end: NgayHenTra (or the maximum time) moved by the completed supplements' waiting time (UTC).</param>
/// <param name="WorkingTimeUsed">Working time from start to end minus the completed supplements' waiting time.</param>
/// <param name="WorkingTimeAllowed">Working time from start to NgayHenTra (or the maximum time).</param>
/// <param name="SupplementTime">Working time spent waiting for completed supplements (the pause).</param>
/// <param name="RepeatedSupplementRequests">More than one supplement request: late whatever the times.</param>
internal sealed record OnTimeResult(
    OnTimeClass Class,
    bool IsOpen,
    DateTimeOffset End,
    DossierEndKind EndKind,
    DateTimeOffset Due,
    TimeSpan WorkingTimeUsed,
    TimeSpan WorkingTimeAllowed,
    TimeSpan SupplementTime,
    bool RepeatedSupplementRequests);

/// <summary>The national on-time statistic (Bộ chỉ số 766, chỉ số 2.1: hồ sơ giải quyết đúng hạn), per dossier.</summary>
internal static class OnTimeStatistic
{
    /// <summary>Classifies a dossier as of the end of the reporting period (definition: docs/glossary.md, Dossiers: time rules).</summary>
    public static OnTimeResult Classify(BusinessCalendar calendar, OnTimeInput input)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(input);
        var start = input.ReceivedAt;

        // Bộ chỉ số 766, chỉ số 2.1: without NgayHenTra the test is end − start − supplement time ≤ the maximum time, i.e. the maximum time counted from the start without cut-off.
        var baseDue = input.Due
            ?? (input.MaxTime is { } max
                ? calendar.ComputeDue(start, max.Amount, max.Unit, null).Due
                : throw new ArgumentException("A dossier without a due date needs the procedure's processing time.", nameof(input)));

        // Bộ chỉ số 766, chỉ số 2.1: the end is the first reached of Đã xử lý xong > Đã trả kết quả > Dừng xử lý/Từ chối; withdrawal also ends; still open → the period end.
        var (end, endKind) = input.Ends.FirstBy(input.PeriodEnd);
        var isOpen = endKind == DossierEndKind.PeriodEnd;

        var requests = input.Supplements.Where(s => s.RequestedAt <= end).OrderBy(s => s.RequestedAt).ToList();
        var supplementTime = TimeSpan.Zero;
        foreach (var s in requests)
        {
            if (s.CompletedAt is { } done && done <= end)
            {
                // Bộ chỉ số 766, chỉ số 2.1: the time between the request and the completed supplement is subtracted (a pause).
                supplementTime += calendar.WorkingTimeBetween(s.RequestedAt, done).Duration;
            }
            else
            {
                // Bộ chỉ số 766, chỉ số 2.1: waiting for a supplement after a request → the request instant counts as the end.
                end = s.RequestedAt;
                endKind = DossierEndKind.SupplementRequested;
                break;
            }
        }

        var due = calendar.AddWorkingTime(baseDue, supplementTime).ToUniversalTime();
        var used = calendar.WorkingTimeBetween(start, end).Duration - supplementTime;
        var allowed = calendar.WorkingTimeBetween(start, baseDue).Duration;

        // Bộ chỉ số 766, chỉ số 2.1: more than one supplement request counts as late.
        var repeated = requests.Count > 1;
        var verdict = repeated ? OnTimeClass.Late : OnTimeDefinition.Classify(calendar, end, due, input.Rule);
        return new OnTimeResult(verdict, isOpen, end.ToUniversalTime(), endKind, due, used, allowed, supplementTime, repeated);
    }
}
