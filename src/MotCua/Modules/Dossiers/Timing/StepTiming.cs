using MotCua.Modules.Calendar;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>The time allotted to one step of processing (Phiếu kiểm soát quá trình giải quyết hồ sơ), e.g. 4 working hours.</summary>
internal readonly record struct StepAllotment(int Amount, DeadlineUnit Unit);

/// <summary>How one step used its allotted time.</summary>
/// <param name="Class">Trước hạn / đúng hạn / quá hạn, as of <paramref name="End"/>.</param>
/// <param name="IsOpen">True when the step was not handed over yet (classified as of <paramref name="End"/>).</param>
/// <param name="End">The hand-over instant, or the "as of" instant for an open step (UTC).</param>
/// <param name="Due">The step's due instant: the allotment added to the receipt instant, with no cut-off (UTC).</param>
/// <param name="WorkingTimeUsed">Working time from receipt to <paramref name="End"/>.</param>
/// <param name="WorkingTimeAllotted">Working time from receipt to <paramref name="Due"/>.</param>
internal sealed record StepTimingResult(
    OnTimeClass Class, bool IsOpen, DateTimeOffset End, DateTimeOffset Due, TimeSpan WorkingTimeUsed, TimeSpan WorkingTimeAllotted);

/// <summary>Per-step timing for the control sheet (TT 01/2018/TT-VPCP Điều 13, chỉ số 2: thời gian giải quyết của từng cơ quan, đơn vị).</summary>
internal static class StepTiming
{
    /// <summary>
    /// Classifies a step received at <paramref name="receivedAt"/> and handed over at <paramref name="handedOverAt"/>
    /// (null = still with the officer, classified as of <paramref name="asOf"/>), by the same definition as the dossier.
    /// </summary>
    public static StepTimingResult Classify(
        BusinessCalendar calendar, StepAllotment allotment, DateTimeOffset receivedAt, DateTimeOffset? handedOverAt, DateTimeOffset asOf, OnTimeGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(calendar);

        // The cut-off concerns the desk's receipt (ADR-032); between units the step's time runs from the hand-over itself.
        var due = calendar.ComputeDue(receivedAt, allotment.Amount, allotment.Unit, null).Due.ToUniversalTime();
        var end = handedOverAt ?? asOf;
        return new StepTimingResult(
            OnTimeDefinition.Classify(calendar, end, due, new OnTimeRule(allotment.Unit, granularity)),
            handedOverAt is null,
            end.ToUniversalTime(),
            due,
            calendar.WorkingTimeBetween(receivedAt, end).Duration,
            calendar.WorkingTimeBetween(receivedAt, due).Duration);
    }
}
