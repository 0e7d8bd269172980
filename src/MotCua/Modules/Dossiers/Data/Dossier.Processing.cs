using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>Where a request to reschedule the return date stands.</summary>
internal enum ExtensionDecision
{
    /// <summary>Drafted by the responsible unit, waiting for a leader.</summary>
    Pending = 0,

    Approved = 1,

    Rejected = 2,
}

/// <summary>A supplement requested during processing (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ after receipt).</summary>
internal sealed class DossierSupplement
{
    public DateTime RequestedAt { get; set; }

    public string RequestedByName { get; set; } = "";

    /// <summary>What the applicant must add or correct, one item per line.</summary>
    public string Request { get; set; } = "";

    /// <summary>When the completed dossier came back through the desk; null while waiting.</summary>
    public DateTime? CompletedAt { get; set; }

    public DateTime? DueBefore { get; set; }

    public DateTime? DueAfter { get; set; }
}

/// <summary>A request to apologise and reschedule the return date (Mẫu 04), with the leader's decision.</summary>
internal sealed class DossierExtension
{
    public int Number { get; set; }

    public DateTime RequestedAt { get; set; }

    public string RequestedByName { get; set; } = "";

    /// <summary>Lý do chậm trả.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The due date in force when it was asked for.</summary>
    public DateTime PreviousDueAt { get; set; }

    public DateTime ProposedDueAt { get; set; }

    public ExtensionDecision Decision { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedByName { get; set; }

    public string? DecisionNote { get; set; }
}

/// <summary>
/// Văn bản xin lỗi with a new appointment for a dossier that is or will be late (NĐ 61/2018 Điều 19 khoản 9; seed 002
/// III.9: every late dossier has a written apology). Unlike an extension it may be issued at any time and does not move
/// the legal appointment; it is what the applicant is now promised.
/// </summary>
internal sealed class DossierApology
{
    public int Number { get; set; }

    public DateTime IssuedAt { get; set; }

    public string IssuedByName { get; set; } = "";

    /// <summary>Lý do chậm trả.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The legal appointment in force when it was issued.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>Thời gian hẹn trả kết quả lại.</summary>
    public DateTime NewAppointment { get; set; }

    /// <summary>Issued after the appointment had passed: recorded as late-issued, not refused.</summary>
    public bool IssuedAfterDue { get; set; }
}

/// <summary>Processing after receipt: the internal process, supplements, extensions, the result, its return, stop and withdrawal.</summary>
internal sealed partial class Dossier
{
    /// <summary>The statuses in which the dossier is with the agency and can still be stopped or withdrawn.</summary>
    public static readonly IReadOnlySet<DossierStatus> Open = new HashSet<DossierStatus>
    {
        DossierStatus.Received, DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.AwaitingPayment,
    };

    /// <summary>The approved internal process version the dossier runs on (pinned when processing starts).</summary>
    public Guid? ProcessId { get; private set; }

    /// <summary>
    /// Cơ quan có thẩm quyền giải quyết: the agency whose process the dossier runs on, set when processing starts (NĐ
    /// 118/2025 Điều 14: routed by competence, not by place of receipt); null before. <see cref="Dossier.AgencyId"/> stays
    /// the agency whose one-stop desk received it.
    /// </summary>
    public Guid? CompetentAgencyId { get; private set; }

    /// <summary>
    /// The agency a dossier's figures count for (ADR-049, "Competent agency"): the competent agency once processing
    /// started, else the receiving agency. The only definition; the facts store it as <c>ResolvingAgencyId</c>.
    /// </summary>
    public Guid ResolvingAgencyId => CompetentAgencyId ?? AgencyId;

    /// <summary>How many tasks were created; the next task's sequence number.</summary>
    public int TaskCount { get; private set; }

    /// <summary>The reason of a refusal proposed during appraisal and carried to the signing step; cleared when sent back.</summary>
    public string? ProposedRefusal { get; private set; }

    public DossierOutcome? Outcome { get; private set; }

    /// <summary>Số, ký hiệu of the result document (quyết định, giấy phép…); optional for results that carry none.</summary>
    public string? ResultNumber { get; private set; }

    public DateOnly? ResultDate { get; private set; }

    /// <summary>What was decided, in a line (trích yếu), or the refusal's reason.</summary>
    public string? ResultSummary { get; private set; }

    /// <summary>Đã xử lý xong: when the result was signed and sent to the desk for return.</summary>
    public DateTime? FinishedAt { get; private set; }

    public DateTime? ReturnedAt { get; private set; }

    public string? ReturnedByName { get; private set; }

    public ReturnMethod? ReturnedVia { get; private set; }

    /// <summary>Số hiệu bưu gửi when the result went by post.</summary>
    public string? PostalTrackingNumber { get; private set; }

    public FeeStatus FeeStatus { get; private set; }

    /// <summary>When the dossier was stopped (Thông báo dừng giải quyết) or withdrawn.</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The date of the applicant's request to stop or withdraw.</summary>
    public DateOnly? ClosingRequestedOn { get; private set; }

    public string? ClosingReason { get; private set; }

    public List<DossierSupplement> Supplements { get; private set; } = [];

    public List<DossierExtension> Extensions { get; private set; } = [];

    public List<DossierApology> Apologies { get; private set; } = [];

    /// <summary>An apology may be issued now: the dossier is still being settled, or its result is ready late and not yet returned.</summary>
    public bool AcceptsApology => Code is not null && DueAt is not null && (Open.Contains(Status) || (Status == DossierStatus.Done && FinishedAt > DueAt));

    /// <summary>The appointment the applicant is promised now: the last apology's, or the legal appointment in force.</summary>
    public DateTime? PromisedAt => Apologies.Count > 0 ? Apologies[^1].NewAppointment : DueAt;

    /// <summary>The supplement requested during processing that the applicant has not completed yet.</summary>
    public DossierSupplement? PendingSupplement => Code is null ? null : Supplements.FirstOrDefault(s => s.CompletedAt is null);

    /// <summary>The extension waiting for a leader's decision.</summary>
    public DossierExtension? PendingExtension => Extensions.FirstOrDefault(e => e.Decision == ExtensionDecision.Pending);

    /// <summary>True once the result was issued or the dossier was stopped, withdrawn or refused.</summary>
    public bool HasEnded => FinishedAt is not null || ClosedAt is not null || Status == DossierStatus.NotAccepted;

    /// <summary>The error for an officer who acted on a state another officer had just changed.</summary>
    public static BusinessRuleException ChangedMeanwhile() =>
        BusinessRuleException.Of<ProcessingText>("DossierChangedMeanwhile");

    /// <summary>The next task's sequence number; the caller creates the task with it.</summary>
    public int NextTaskSequence() => ++TaskCount;

    /// <summary>Chuyển xử lý: the accepted dossier enters the first step of its internal process (NĐ 61/2018 Điều 18).</summary>
    public void StartProcessing(Guid processId, Guid competentAgencyId, DateTime at, Actor actor, string firstStep)
    {
        if (Status != DossierStatus.Received || ProcessId is not null)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlyReceivedDossierStartsProcessing");
        }

        ProcessId = processId;
        CompetentAgencyId = competentAgencyId;
        Record(at, actor, DossierAction.StartProcessing, DossierStatus.Processing, firstStep);
    }

    /// <summary>Writes a step of the work to the history (forward, send back, consult, reply, take, hand over…); the status does not change.</summary>
    public void RecordWork(DossierAction action, DateTime at, Actor actor, string? comment)
    {
        EnsureProcessing();
        Record(at, actor, action, null, comment);
    }

    /// <summary>Đề xuất từ chối giải quyết: the reason travels with the dossier to the step that signs.</summary>
    public void ProposeRefusal(string reason, DateTime at, Actor actor)
    {
        EnsureProcessing();
        ProposedRefusal = reason;
        Record(at, actor, DossierAction.ProposeRefusal, null, reason);
    }

    /// <summary>A step sent the dossier back for rework: a refusal proposed on the way is dropped.</summary>
    public void SendBack(DateTime at, Actor actor, string? comment)
    {
        EnsureProcessing();
        ProposedRefusal = null;
        Record(at, actor, DossierAction.SendBack, null, comment);
    }

    /// <summary>
    /// Yêu cầu bổ sung during processing (Mẫu 02 with the dossier code): within the policy's window and number of
    /// requests; the status becomes 5 until the desk receives the completed dossier.
    /// </summary>
    public void RequestSupplement(string request, DateTime at, Actor actor, BusinessCalendar calendar, DossierTimePolicy policy)
    {
        EnsureProcessing();
        var during = Supplements.Count;
        var cutOff = CutOffScope.For(policy, Channel, ProcessingTime).Applies ? CutOffTime : (TimeOnly?)null;
        if (SupplementWindow.Check(calendar, ReceivedAt!.Value.AsInstant(), cutOff, at.AsInstant(), during, policy) is { } broken)
        {
            throw broken.ToException();
        }

        Supplements.Add(new DossierSupplement { RequestedAt = at, RequestedByName = actor.Name, Request = request });
        Record(at, actor, DossierAction.RequestSupplement, DossierStatus.SupplementRequested, request);
    }

    /// <summary>
    /// The desk receives the completed dossier: processing resumes and the due date moves as the policy says (restart
    /// or pause, NĐ 61/2018 Điều 19 khoản 4); the original appointment is kept.
    /// </summary>
    public void CompleteSupplement(DateTime at, Actor actor, BusinessCalendar calendar, DossierTimePolicy policy, string? comment)
    {
        if (Status != DossierStatus.SupplementRequested || PendingSupplement is not { } pending)
        {
            throw BusinessRuleException.Of<ProcessingText>("NoSupplementPending");
        }

        var interval = new SupplementInterval(pending.RequestedAt.AsInstant(), at.AsInstant());
        var newDue = SupplementClock.NewDueDate(
            calendar, ProcessingTime, DueAt!.Value.AsInstant(), interval, policy.SupplementClock, CutOffScope.For(policy, Channel, ProcessingTime)).UtcDateTime;
        pending.CompletedAt = at;
        pending.DueBefore = DueAt;
        pending.DueAfter = newDue;
        DueAt = newDue;
        Record(at, actor, DossierAction.CompleteSupplement, DossierStatus.Processing, comment);
    }

    /// <summary>
    /// Drafts the apology and the new return date (Mẫu 04) for a leader to approve; the rules are checked now
    /// (NĐ 61/2018 Điều 19 khoản 9) and again when approved.
    /// </summary>
    public DossierExtension RequestExtension(string reason, DateTime proposedDueAt, DateTime at, Actor actor, BusinessCalendar calendar, DossierTimePolicy policy)
    {
        if (Status is not (DossierStatus.Processing or DossierStatus.SupplementRequested) || HasEnded)
        {
            throw BusinessRuleException.Of<ProcessingText>("ExtensionOnlyWhileProcessing");
        }

        if (PendingExtension is not null)
        {
            throw BusinessRuleException.Of<ProcessingText>("ExtensionAlreadyPending");
        }

        CheckExtension(proposedDueAt, at, calendar, policy);
        var extension = new DossierExtension
        {
            Number = Extensions.Count + 1,
            RequestedAt = at,
            RequestedByName = actor.Name,
            Reason = reason,
            PreviousDueAt = DueAt!.Value,
            ProposedDueAt = proposedDueAt,
        };
        Extensions.Add(extension);
        Record(at, actor, DossierAction.RequestExtension, null, RecordLanguage.Write(() => $"{reason} — {TimeDisplay.Show(proposedDueAt.AsInstant())}"));
        return extension;
    }

    /// <summary>A leader approves (the return date moves, the original stays) or rejects the pending extension.</summary>
    public void DecideExtension(bool approve, string? note, DateTime at, Actor actor, BusinessCalendar calendar, DossierTimePolicy policy)
    {
        if (PendingExtension is not { } pending)
        {
            throw BusinessRuleException.Of<ProcessingText>("NoExtensionPending");
        }

        if (approve)
        {
            CheckExtension(pending.ProposedDueAt, at, calendar, policy);
            DueAt = pending.ProposedDueAt;
        }

        pending.Decision = approve ? ExtensionDecision.Approved : ExtensionDecision.Rejected;
        pending.DecidedAt = at;
        pending.DecidedByName = actor.Name;
        pending.DecisionNote = note;
        Record(at, actor, approve ? DossierAction.ApproveExtension : DossierAction.RejectExtension, null, note);
    }

    /// <summary>Đã xử lý xong: the last step signed the result (or the refusal proposed on the way); it goes to the desk for return.</summary>
    public void Finish(string? resultNumber, DateOnly? resultDate, string summary, DateTime at, Actor actor)
    {
        EnsureProcessing();
        if (ProposedRefusal is null && string.IsNullOrWhiteSpace(summary))
        {
            throw BusinessRuleException.Of<ProcessingText>("ResultNeedsSummary");
        }

        // TT 01/2018/TT-VPCP Điều 9 (Sổ theo dõi, Mẫu 06) and the return: a result is a document with its number and date.
        if (ProposedRefusal is null && (string.IsNullOrWhiteSpace(resultNumber) || resultDate is null))
        {
            throw BusinessRuleException.Of<ProcessingText>("ResultNeedsNumberAndDate");
        }

        Outcome = ProposedRefusal is null ? DossierOutcome.Granted : DossierOutcome.Refused;
        ResultNumber = resultNumber;
        ResultDate = resultDate;
        ResultSummary = Outcome == DossierOutcome.Refused ? ProposedRefusal : summary;
        FinishedAt = at;
        Record(at, actor, Outcome == DossierOutcome.Refused ? DossierAction.Refuse : DossierAction.IssueResult, DossierStatus.Done, ResultSummary);
    }

    /// <summary>
    /// Trả kết quả (NĐ 61/2018 Điều 20): at the counter, by post (with the tracking number) or online — online only when
    /// the electronic result is attached (<paramref name="hasResultFile"/>), so the applicant always has it to download.
    /// </summary>
    public void ReturnResult(ReturnMethod via, string? trackingNumber, FeeStatus fees, bool hasResultFile, DateTime at, Actor actor)
    {
        if (Status != DossierStatus.Done)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlyFinishedDossierIsReturned");
        }

        // NĐ 61/2018 Điều 20 khoản 2: a result returned online is the electronic result itself (a refusal's is its Mẫu 03).
        if (via == ReturnMethod.Online && Outcome == DossierOutcome.Granted && !hasResultFile)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlineReturnNeedsResultFile");
        }

        if (via == ReturnMethod.Postal && string.IsNullOrWhiteSpace(trackingNumber))
        {
            throw BusinessRuleException.Of<ProcessingText>("PostalReturnNeedsTracking");
        }

        ReturnedAt = at;
        ReturnedByName = actor.Name;
        ReturnedVia = via;
        PostalTrackingNumber = via == ReturnMethod.Postal ? trackingNumber!.Trim() : null;
        FeeStatus = fees;
        Record(at, actor, DossierAction.Return, DossierStatus.Returned, PostalTrackingNumber);
    }

    /// <summary>
    /// Gửi văn bản xin lỗi và hẹn lại ngày trả kết quả (NĐ 61/2018 Điều 19 khoản 9): allowed at any time while the result has
    /// not been returned, before or after the appointment has passed (then flagged as issued after it); once the result
    /// is ready only when it came late. The legal appointment stays; only an approved extension moves it.
    /// </summary>
    public DossierApology Apologise(string reason, DateTime newAppointment, DateTime at, Actor actor)
    {
        if (!AcceptsApology || DueAt is null)
        {
            throw BusinessRuleException.Of<ProcessingText>("ApologyOnlyForLateOrOpenDossier");
        }

        if (newAppointment <= at)
        {
            throw BusinessRuleException.Of<ProcessingText>("ApologyNeedsLaterAppointment");
        }

        var apology = new DossierApology
        {
            Number = Apologies.Count + 1,
            IssuedAt = at,
            IssuedByName = actor.Name,
            Reason = reason,
            DueAt = DueAt.Value,
            NewAppointment = newAppointment,
            IssuedAfterDue = at > DueAt.Value,
        };
        Apologies.Add(apology);
        Record(at, actor, DossierAction.Apologise, null, RecordLanguage.Write(() => $"{reason} — {TimeDisplay.Show(newAppointment.AsInstant())}"));
        return apology;
    }

    /// <summary>Dừng giải quyết at the applicant's request (NĐ 118/2025 Điều 21; TT 03/2025 Điều 7): Thông báo dừng, Mẫu 05.</summary>
    public void Stop(DateOnly requestedOn, string reason, DateTime at, Actor actor) => Close(DossierAction.Stop, DossierStatus.Stopped, requestedOn, reason, at, actor);

    /// <summary>The applicant withdraws the dossier (rút hồ sơ, TrangThaiHoSo 7).</summary>
    public void Withdraw(DateOnly requestedOn, string reason, DateTime at, Actor actor) => Close(DossierAction.Withdraw, DossierStatus.Withdrawn, requestedOn, reason, at, actor);

    /// <summary>The legal status and the national statistic of the dossier's time as of <paramref name="asOf"/> (null before it is received).</summary>
    public DossierTimeStatus? TimeStatus(BusinessCalendar calendar, DateTimeOffset asOf, OnTimeGranularity granularity)
    {
        if (ReceivedAt is not { } received || DueAt is not { } due)
        {
            return null;
        }

        return DossierTimeStatus.Classify(
            calendar, asOf, new OnTimeRule(ProcessingTimeUnit, granularity), received.AsInstant(), due.AsInstant(), OriginalDueAt.AsInstant(),
            ProcessingTime, EndEvents(), PendingSupplement?.RequestedAt.AsInstant(), SupplementIntervals());
    }

    /// <summary>The end events the on-time statistic reads.</summary>
    public DossierEndEvents EndEvents() => new(
        FinishedAt is { } f ? f.AsInstant() : null,
        ReturnedAt is { } r ? r.AsInstant() : null,
        Status == DossierStatus.Stopped && ClosedAt is { } s ? s.AsInstant() : null,
        Status == DossierStatus.Withdrawn && ClosedAt is { } w ? w.AsInstant() : null);

    /// <summary>The supplement intervals the on-time statistic reads.</summary>
    public IReadOnlyList<SupplementInterval> SupplementIntervals() =>
        [.. Supplements.Select(s => new SupplementInterval(s.RequestedAt.AsInstant(), s.CompletedAt.AsInstant()))];

    private void Close(DossierAction action, DossierStatus to, DateOnly requestedOn, string reason, DateTime at, Actor actor)
    {
        // NĐ 118/2025 Điều 21: a stop is possible only while no decision or result has been issued.
        if (!Open.Contains(Status) || FinishedAt is not null)
        {
            throw BusinessRuleException.Of<ProcessingText>("OnlyOpenDossierCanBeClosed");
        }

        ClosedAt = at;
        ClosingRequestedOn = requestedOn;
        ClosingReason = reason;
        Record(at, actor, action, to, reason);
    }

    private void CheckExtension(DateTime proposedDueAt, DateTime at, BusinessCalendar calendar, DossierTimePolicy policy)
    {
        var approved = Extensions.Count(e => e.Decision == ExtensionDecision.Approved);
        if (ExtensionRules.Check(calendar, DueAt!.Value.AsInstant(), at.AsInstant(), proposedDueAt.AsInstant(), approved, policy) is { } broken)
        {
            throw broken.ToException();
        }
    }

    private void EnsureProcessing()
    {
        if (Status != DossierStatus.Processing)
        {
            throw BusinessRuleException.Of<ProcessingText>("DossierIsNotBeingProcessed");
        }
    }

}

internal sealed partial class DossierConfiguration
{
    private static void ConfigureProcessing(EntityTypeBuilder<Dossier> builder)
    {
        builder.Property(d => d.ProposedRefusal).HasMaxLength(2000);
        builder.Property(d => d.Outcome).HasConversion<int?>();
        builder.Property(d => d.ResultNumber).HasMaxLength(100);
        builder.Property(d => d.ResultSummary).HasMaxLength(2000);
        builder.Property(d => d.ReturnedByName).HasMaxLength(256);
        builder.Property(d => d.ReturnedVia).HasConversion<int?>();
        builder.Property(d => d.PostalTrackingNumber).HasMaxLength(50);
        builder.Property(d => d.FeeStatus).HasConversion<int>();
        builder.Property(d => d.ClosingReason).HasMaxLength(2000);
        builder.Ignore(d => d.PendingSupplement);
        builder.Ignore(d => d.ResolvingAgencyId);
        builder.Ignore(d => d.PendingExtension);
        builder.Ignore(d => d.HasEnded);
        builder.OwnsMany(d => d.Supplements, s => s.ToJson());
        builder.OwnsMany(d => d.Apologies, a => a.ToJson());
        builder.Ignore(d => d.PromisedAt);
        builder.Ignore(d => d.AcceptsApology);
        builder.OwnsMany(d => d.Extensions, e =>
        {
            e.ToJson();
            e.Property(x => x.Decision).HasConversion<string>();
        });
    }
}
