using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers;

/// <summary>A supplement requested during processing: when it was asked for, and when the completed dossier came back (null while waiting).</summary>
internal sealed record SupplementPeriod(DateTime RequestedAt, DateTime? CompletedAt);

/// <summary>
/// A written apology (Mẫu 04 or văn bản xin lỗi): the legal appointment it names, whether it came after that appointment,
/// and when it was issued (null in captures made before it was kept: read as issued at every instant, ADR-066).
/// </summary>
internal sealed record ApologyFigure(DateTime DueAt, bool IssuedAfterDue, DateTime? IssuedAt = null);

/// <summary>
/// The appointment in force (ngày hẹn trả) from an instant on: the receipt's from reception, then the one a completed
/// supplement set (restart or pause, NĐ 61/2018 Điều 19 khoản 4) or an approved extension (khoản 9) from that instant;
/// <paramref name="Extension"/> true for an extension's entry (null otherwise, and in captures made before it was kept).
/// </summary>
internal sealed record DueInForce(DateTime From, DateTime DueAt, bool? Extension = null);

/// <summary>The verdicts on a dossier's time as of an instant (ADR-028, ADR-049), from <see cref="DossierFigures.Judge"/>.</summary>
/// <param name="StatisticDueAt">The due the national statistic compares the end with: the original appointment (or the time allowed) moved by the completed supplements' waiting time (UTC).</param>
/// <param name="StatisticClass">Bộ chỉ số 766, chỉ số 2.1's verdict (<c>OnTimeStatistic</c>).</param>
/// <param name="LegalClass">The verdict against the appointment in force (<c>LegalTimeStatus</c>).</param>
/// <param name="IsOpen">No end reached by the instant: the classes then say "so far", not a final verdict.</param>
internal sealed record DossierJudgement(DateTime StatisticDueAt, OnTimeClass StatisticClass, OnTimeClass LegalClass, bool IsOpen);

/// <summary>
/// What a dossier's figures are (ADR-049): the facts the statistics and Bộ chỉ số 766 read, taken from the dossier alone —
/// no query, no calendar — so that they can be captured with every change of it. Dossiers owns the definition; the
/// Metrics module keeps them (<c>MetricDossiers</c>) and judges them later with the agency's calendar. Every instant is UTC.
/// </summary>
/// <param name="AgencyId">The agency whose one-stop desk received the dossier (desk-specific counts only).</param>
/// <param name="ResolvingAgencyId">The agency the figures count for (<see cref="Dossier.ResolvingAgencyId"/>): the competent agency once processing started, else the receiving agency.</param>
/// <param name="Channel">Trực tiếp (counter), trực tuyến (online) or bưu chính (postal), as received.</param>
/// <param name="ReceivedAt">Ngày tiếp nhận (NgayTiepNhan); null before the desk accepted the dossier.</param>
/// <param name="DueAt">Ngày hẹn trả in force (the legal appointment, moved by supplements and approved extensions).</param>
/// <param name="OriginalDueAt">The appointment printed on the receipt, which the national statistic reads.</param>
/// <param name="ProcessingTimeAmount">The procedure's time allowed, read by the statistic when the dossier has no due date.</param>
/// <param name="FinishedAt">Đã xử lý xong: the result (or the refusal after appraisal) was signed.</param>
/// <param name="ReturnedAt">Đã trả kết quả.</param>
/// <param name="StoppedAt">Dừng giải quyết at the applicant's request.</param>
/// <param name="WithdrawnAt">Rút hồ sơ.</param>
/// <param name="EndedAt">The first of the four ends reached (the statistic's end when it is before the period end); null while open.</param>
/// <param name="Supplements">The supplements requested during processing, in the order requested (not those asked at the desk before receipt).</param>
/// <param name="PendingSupplementSince">When the supplement the applicant has not completed yet was asked for.</param>
/// <param name="ExtensionCount">Approved extensions (each moved <paramref name="DueAt"/>).</param>
/// <param name="Apologies">The apologies issued, in order.</param>
/// <param name="ComponentCount">Components handed in or reused from the applicant's data store.</param>
/// <param name="DigitisedCount">Of those, held as a stored electronic file (số hóa).</param>
/// <param name="ExemptCount">Of those, exempt from digitisation (TT 03/2025/TT-VPCP Điều 5).</param>
/// <param name="ReusedCount">Of those, taken from the applicant's data store instead of paper.</param>
/// <param name="ReturnedVia">How the result was returned; online means the electronic result itself (NĐ 61/2018 Điều 20 khoản 2).</param>
/// <param name="Sequence">The number of history events the figures reflect (the last event's sequence).</param>
internal sealed record DossierFigures(
    Guid DossierId,
    string? Code,
    Guid AgencyId,
    Guid ResolvingAgencyId,
    string ProcedureCode,
    Guid ProcedureVersionId,
    SubmissionChannel Channel,
    DossierStatus Status,
    DateTime SubmittedAt,
    DateTime? ReceivedAt,
    DateTime? DueAt,
    DateTime? OriginalDueAt,
    int ProcessingTimeAmount,
    DeadlineUnit ProcessingTimeUnit,
    DateTime? FinishedAt,
    DateTime? ReturnedAt,
    DateTime? StoppedAt,
    DateTime? WithdrawnAt,
    DateTime? EndedAt,
    DossierOutcome? Outcome,
    IReadOnlyList<SupplementPeriod> Supplements,
    DateTime? PendingSupplementSince,
    int ExtensionCount,
    IReadOnlyList<ApologyFigure> Apologies,
    int ComponentCount,
    int DigitisedCount,
    int ExemptCount,
    int ReusedCount,
    ReturnMethod? ReturnedVia,
    FeeStatus FeeStatus,
    int Sequence)
{
    /// <summary>Supplement requests during processing; more than one makes the dossier late in the statistic (Bộ chỉ số 766, chỉ số 2.1).</summary>
    public int SupplementCount => Supplements.Count;

    /// <summary>When the first supplement during processing was asked for.</summary>
    public DateTime? FirstSupplementAt => Supplements.Count == 0 ? null : Supplements.Min(s => s.RequestedAt);

    public int ApologyCount => Apologies.Count;

    /// <summary>Whether an apology was issued after the appointment it names had passed.</summary>
    public bool ApologyAfterDue => Apologies.Any(a => a.IssuedAfterDue);

    /// <summary>
    /// The history of the appointment in force (<see cref="DueAt"/>), in time order: the receipt's from reception, then each
    /// move by a completed supplement or an approved extension (ADR-064). Empty before reception; a list built without it
    /// (older captures) reads as "today's appointment at every instant".
    /// </summary>
    public IReadOnlyList<DueInForce> Dues { get; init; } = [];

    /// <summary>When the appointment in force last moved, or a supplement was last completed; null when neither happened.</summary>
    public DateTime? DueMovedAt => Dues.Count > 1 ? Dues[^1].From : null;

    /// <summary>
    /// When a figure <see cref="AsOf"/> reads as it stood last changed after reception (ADR-066): the appointment moved, a
    /// supplement was completed, an extension was approved (<see cref="DueMovedAt"/>) or an apology was issued; null when
    /// none happened. A period ending before it is judged with <see cref="AsOf"/>; for any other, today's figures are those of its end.
    /// </summary>
    public DateTime? ChangedAt => Apologies.Max(a => a.IssuedAt) is { } apologised && !(DueMovedAt >= apologised) ? apologised : DueMovedAt;

    /// <summary>
    /// The figures as they stood at <paramref name="at"/> (ADR-064): the appointment in force then, and the supplements
    /// requested by then — one completed later is still pending then. The ends and the rest stay as captured: the verdicts
    /// read an end only when it was reached by their instant (<see cref="DossierEndEvents.FirstBy"/>). Judging these
    /// figures at <paramref name="at"/> gives the verdicts a report made at that instant would have given. The apologies
    /// issued and the extensions approved after <paramref name="at"/> are left out (ADR-066).
    /// </summary>
    public DossierFigures AsOf(DateTime at)
    {
        var supplements = Supplements.Where(s => s.RequestedAt <= at).Select(s => s.CompletedAt > at ? s with { CompletedAt = null } : s).ToList();
        var dues = Dues.Where(d => d.From <= at).ToList();
        var due = dues.Count > 0 ? dues[^1].DueAt : Dues.Count > 0 ? Dues[0].DueAt : DueAt;
        return this with
        {
            DueAt = due,
            Supplements = supplements,
            PendingSupplementSince = supplements.FirstOrDefault(s => s.CompletedAt is null)?.RequestedAt,
            Dues = dues,
            ExtensionCount = ExtensionCount - Dues.Count(d => d.Extension == true && d.From > at),
            Apologies = [.. Apologies.Where(a => !(a.IssuedAt > at))],
        };
    }

    /// <summary>
    /// The verdicts on the dossier's time as of <paramref name="asOf"/> with the agency's <paramref name="calendar"/>: the
    /// same definition as <see cref="Dossier.TimeStatus"/> (both call <see cref="DossierTimeStatus.Classify"/>), read from
    /// the figures alone; null before the dossier is received, as there.
    /// </summary>
    public DossierJudgement? Judge(BusinessCalendar calendar, DateTimeOffset asOf, OnTimeGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (ReceivedAt is not { } received || DueAt is not { } due)
        {
            return null;
        }

        // The procedure's cut-off is not read by the statistic (it counts the time allowed from the start without one).
        var status = DossierTimeStatus.Classify(
            calendar,
            asOf,
            new OnTimeRule(ProcessingTimeUnit, granularity),
            received.AsInstant(),
            due.AsInstant(),
            OriginalDueAt.AsInstant(),
            new ProcessingTime(ProcessingTimeAmount, ProcessingTimeUnit, ProcessingTime.DefaultCutOff),
            new DossierEndEvents(FinishedAt.AsInstant(), ReturnedAt.AsInstant(), StoppedAt.AsInstant(), WithdrawnAt.AsInstant()),
            PendingSupplementSince.AsInstant(),
            [.. Supplements.Select(s => new SupplementInterval(s.RequestedAt.AsInstant(), s.CompletedAt.AsInstant()))]);
        return new DossierJudgement(status.Statistic.Due.UtcDateTime, status.Statistic.Class, status.Legal.Class, status.Legal.IsOpen);
    }

    /// <summary>The figures of <paramref name="dossier"/> as it is in memory.</summary>
    public static DossierFigures Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var ends = dossier.EndEvents();
        var (end, endKind) = ends.FirstBy(DateTimeOffset.MaxValue);
        var received = dossier.Components.Where(c => c.Provided || c.Reused).ToList();
        return new DossierFigures(
            dossier.Id,
            dossier.Code,
            dossier.AgencyId,
            dossier.ResolvingAgencyId,
            dossier.ProcedureCode,
            dossier.ProcedureVersionId,
            dossier.Channel,
            dossier.Status,
            dossier.SubmittedAt,
            dossier.ReceivedAt,
            dossier.DueAt,
            dossier.OriginalDueAt,
            dossier.ProcessingTimeAmount,
            dossier.ProcessingTimeUnit,
            ends.FinishedAt?.UtcDateTime,
            ends.ReturnedAt?.UtcDateTime,
            ends.StoppedAt?.UtcDateTime,
            ends.WithdrawnAt?.UtcDateTime,
            endKind == Timing.DossierEndKind.PeriodEnd ? null : end.UtcDateTime,
            dossier.Outcome,
            [.. dossier.Supplements.Select(s => new SupplementPeriod(s.RequestedAt, s.CompletedAt))],
            dossier.PendingSupplement?.RequestedAt,
            dossier.Extensions.Count(e => e.Decision == ExtensionDecision.Approved),
            [.. dossier.Apologies.Select(a => new ApologyFigure(a.DueAt, a.IssuedAfterDue, a.IssuedAt))],
            received.Count,
            received.Count(c => c.Digitised),
            received.Count(c => c.Exemption != DigitisationExemption.None),
            received.Count(c => c.Reused),
            dossier.ReturnedVia,
            dossier.FeeStatus,
            dossier.EventCount)
        {
            Dues = DueHistory(dossier),
        };
    }

    /// <summary>The appointment in force from reception, then after each completed supplement and approved extension (<see cref="Dues"/>).</summary>
    private static List<DueInForce> DueHistory(Dossier dossier)
    {
        if (dossier.ReceivedAt is not { } received || (dossier.OriginalDueAt ?? dossier.DueAt) is not { } first)
        {
            return [];
        }

        var moves = dossier.Supplements.Where(s => s.CompletedAt is not null).Select(s => new DueInForce(s.CompletedAt!.Value, s.DueAfter ?? dossier.DueAt!.Value))
            .Concat(dossier.Extensions.Where(e => e.Decision == ExtensionDecision.Approved && e.DecidedAt is not null).Select(e => new DueInForce(e.DecidedAt!.Value, e.ProposedDueAt, Extension: true)))
            .OrderBy(m => m.From);
        return [new DueInForce(received, first), .. moves];
    }
}
