using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Feedback.Flow;

namespace MotCua.Modules.Feedback.Data;

/// <summary>The national flow of a PAKN (NĐ 20/2008 Điều 9, 14, 15, 19; ADR-046 §3–§6): every change of state is one of these methods.</summary>
internal sealed partial class Petition
{
    public static Petition Submit(PetitionDraft draft, PetitionCode code, Guid agencyId, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        var petition = new Petition
        {
            Id = Guid.CreateVersion7(),
            Code = code.ToString(),
            CodeDate = code.Date,
            CodeSequence = code.Sequence,
            ReceivedAt = at,
            Channel = draft.Channel,
            Category = draft.Category,
            Content = draft.Content,
            SenderKind = draft.SenderKind,
            SenderName = draft.SenderName,
            SenderTaxCode = draft.SenderTaxCode,
            SenderPhone = draft.SenderPhone,
            SenderEmail = draft.SenderEmail,
            SenderAddress = draft.SenderAddress,
            SenderUserId = draft.SenderUserId,
            CheckDigits = CheckDigitsFor(draft.SenderPhone),
            ConsentToPublish = draft.ConsentToPublish,
            ProcedureCode = draft.ProcedureCode,
            ProcedureVersionId = draft.ProcedureVersionId,
            ProcedureName = draft.ProcedureName,
            LegalDocument = draft.LegalDocument,
            LegalArticle = draft.LegalArticle,
            DossierCode = draft.DossierCode,
            DossierId = draft.DossierId,
            Location = draft.Location,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            ExternalCode = draft.ExternalCode,
            ReceivingAgencyId = agencyId,
            AgencyId = agencyId,
            Status = PetitionStatus.New,
        };
        petition.SearchText = Truncate(SearchTextOf(petition.Code, draft.SenderName, draft.ProcedureCode, draft.ProcedureName, draft.LegalDocument, draft.Content), MaxSearchTextLength);
        petition.StartDeadlines(at, agencyId, clock, firstClarification: true);
        petition.Record(PetitionAction.Submit, null, actor, at, null);
        return petition;
    }

    /// <summary>
    /// The actions <paramref name="actor"/> may take now: the one list the staff page shows, the tracking page offers the
    /// sender and the API returns (ADR-046 §3).
    /// </summary>
    public IReadOnlyList<PetitionAction> AllowedActions(PetitionActor actor, DateTime now)
    {
        var allowed = new List<PetitionAction>();
        if (actor.IsSender)
        {
            if (Status == PetitionStatus.AwaitingClarification)
            {
                allowed.Add(PetitionAction.Clarify);
            }

            if (Status.IsAnswered())
            {
                if (Satisfied is null)
                {
                    allowed.Add(PetitionAction.Rate);
                }

                if (ReopenedAt is null && ReopenUntil is { } until && now <= until)
                {
                    allowed.Add(PetitionAction.Reopen);
                }
            }

            return allowed;
        }

        if (!actor.IsStaffOf(AgencyId))
        {
            return allowed;
        }

        var control = actor.Has(FeedbackRoles.ControlOfficer);
        var leader = actor.Has(FeedbackRoles.AgencyLeader);
        var assignee = actor.UserId is { } user && user == AssigneeId;
        var unitLeader = actor.Has(FeedbackRoles.UnitLeader) && UnitId is { } unit && unit == actor.UnitId;
        switch (Status)
        {
            case PetitionStatus.New:
                if (control)
                {
                    allowed.AddRange([PetitionAction.Accept, PetitionAction.Refuse, PetitionAction.Transfer, PetitionAction.TransferOut, PetitionAction.ForwardComplaint]);
                    AddReturnAndMerge(allowed);
                }

                break;
            case PetitionStatus.Received:
                if (control)
                {
                    allowed.AddRange([PetitionAction.Assign, PetitionAction.RequestClarification, PetitionAction.Refuse, PetitionAction.Transfer,
                        PetitionAction.TransferOut, PetitionAction.ForwardComplaint]);
                    AddReturnAndMerge(allowed);
                }

                break;
            case PetitionStatus.Processing:
                if (control || unitLeader)
                {
                    allowed.Add(PetitionAction.Assign);
                }

                if (control || assignee)
                {
                    allowed.Add(PetitionAction.RequestClarification);
                }

                if (assignee || unitLeader)
                {
                    allowed.AddRange([PetitionAction.Classify, PetitionAction.Consult, PetitionAction.DraftAnswer]);
                }

                if (ConsultedUnitId is { } consulted && (consulted == actor.UnitId || assignee))
                {
                    allowed.Add(PetitionAction.RecordOpinion);
                }

                if (leader && DraftAnswer is not null)
                {
                    allowed.Add(PetitionAction.SendBack);
                    if (Grounds is not null && Outcome is not null)
                    {
                        allowed.Add(PetitionAction.ApproveAnswer);
                    }
                }

                if (control)
                {
                    allowed.AddRange([PetitionAction.Transfer, PetitionAction.TransferOut, PetitionAction.ForwardComplaint, PetitionAction.Merge]);
                }

                break;
            case PetitionStatus.AwaitingClarification:
                if (control || assignee)
                {
                    allowed.Add(PetitionAction.Clarify);
                }

                break;
            case PetitionStatus.AwaitingPublication:
                if (control || leader)
                {
                    allowed.Add(PetitionAction.Publish);
                }

                break;
        }

        AddPublicationActions(allowed, control, leader);
        return allowed;

        void AddReturnAndMerge(List<PetitionAction> list)
        {
            if (TransferredFromAgencyId is not null || ExternalCode is not null)
            {
                list.Add(PetitionAction.ReturnUp);
            }

            list.Add(PetitionAction.Merge);
        }
    }

    /// <summary>
    /// What may be done to an answer already made public, whatever the PAKN's status since (a reopened PAKN keeps its earlier
    /// answer public): the leader corrects or withdraws it; the leader or the control office publishes a withdrawn one again,
    /// unless a newer approved answer waits to be published over it (ADR-046 §5).
    /// </summary>
    private void AddPublicationActions(List<PetitionAction> allowed, bool control, bool leader)
    {
        if (PublishedAt is null)
        {
            return;
        }

        if (leader)
        {
            allowed.Add(PetitionAction.CorrectPublication);
        }

        if (WithdrawnAt is null)
        {
            if (leader)
            {
                allowed.Add(PetitionAction.WithdrawPublication);
            }
        }
        else if ((leader || control) && Status != PetitionStatus.AwaitingPublication)
        {
            allowed.Add(PetitionAction.Republish);
        }
    }

    /// <summary>Vào sổ: entered in the agency's book of PAKN (NĐ 20/2008 Điều 9).</summary>
    public void Accept(PetitionActor actor, DateTime at, string? comment)
    {
        Ensure(PetitionAction.Accept, actor, at);
        Move(PetitionStatus.Received, PetitionAction.Accept, actor, at, comment);
    }

    // NĐ 20/2008 Điều 7: a PAKN without the sender's name and address, not in Vietnamese or not about a regulation is not received.
    public void Refuse(RefusalReason reason, string? text, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.Refuse, actor, at);
        if (reason == Feedback.RefusalReason.Other && string.IsNullOrWhiteSpace(text))
        {
            throw BusinessRuleException.Of<FeedbackText>("RefusalNeedsReason");
        }

        RefusalReason = reason;
        ClosingNote = text;
        EndDeadlines(at, clock, PetitionDeadlineKind.Refuse, PetitionDeadlineKind.Process);
        Close(PetitionStatus.Refused, PetitionAction.Refuse, actor, at, text);
    }

    /// <summary>
    /// To another agency of the installation, which receives it as new; the clock restarts there (reporting-control-feedback
    /// §D1: the start is the latest transfer).
    /// </summary>
    public void Transfer(Guid toAgencyId, string? comment, PetitionActor actor, DateTime at, PetitionClock clock, PetitionClock target)
    {
        Ensure(PetitionAction.Transfer, actor, at);
        if (toAgencyId == AgencyId)
        {
            throw BusinessRuleException.Of<FeedbackText>("TransferToSameAgency");
        }

        EndDeadlines(at, clock, PetitionDeadlineKind.Process);
        TransferredFromAgencyId = AgencyId;
        ArriveAt(toAgencyId, PetitionStatus.New, PetitionAction.Transfer, actor, at, target, comment);
    }

    // NĐ 20/2008 Điều 9: a PAKN outside the agency's competence goes to the competent body within 5 working days.
    public void TransferOut(string body, string? comment, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.TransferOut, actor, at);
        ClosingNote = body;
        EndDeadlines(at, clock, PetitionDeadlineKind.TransferOut, PetitionDeadlineKind.Process);
        Close(PetitionStatus.TransferredOut, PetitionAction.TransferOut, actor, at, comment);
    }

    /// <summary>A complaint or denunciation about conduct follows the law on complaints (Luật Khiếu nại, Luật Tố cáo): recorded and sent on.</summary>
    public void ForwardComplaint(string body, string? comment, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.ForwardComplaint, actor, at);
        ClosingNote = body;
        EndDeadlines(at, clock, PetitionDeadlineKind.Process);
        Close(PetitionStatus.ForwardedAsComplaint, PetitionAction.ForwardComplaint, actor, at, comment);
    }

    /// <summary>
    /// Trả lại: back to the agency that transferred it, which holds it again with a new clock and may return it in turn to
    /// the one that transferred it there, back along the whole chain of transfers; a PAKN that came from outside the
    /// installation (the national portal) ends as returned. Needs the PAKN's whole history (<see cref="Events"/>) loaded.
    /// </summary>
    public void ReturnUp(string reason, PetitionActor actor, DateTime at, PetitionClock clock, PetitionClock? target)
    {
        Ensure(PetitionAction.ReturnUp, actor, at);
        // Read before anything changes: the last transferrer is where it goes now, the one before where it may be returned next.
        List<Guid> transferrers = TransferredFromAgencyId is null ? [] : Transferrers();
        EndDeadlines(at, clock, PetitionDeadlineKind.Process);
        if (TransferredFromAgencyId is { } from)
        {
            TransferredFromAgencyId = transferrers.Count > 1 ? transferrers[^2] : null;
            ArriveAt(from, PetitionStatus.Received, PetitionAction.ReturnUp, actor, at, target ?? throw new ArgumentNullException(nameof(target)), reason);
            return;
        }

        ClosingNote = reason;
        Close(PetitionStatus.Returned, PetitionAction.ReturnUp, actor, at, reason);
    }

    /// <summary>
    /// The agencies a return goes back to, the next one last: each transfer adds the agency it left and each return to an
    /// agency takes the last one off. Read from the history, which keeps every hop, so after A→B→A→C the PAKN returns to A,
    /// then to B, then to A.
    /// </summary>
    private List<Guid> Transferrers()
    {
        if (_events.Count != EventCount)
        {
            throw new InvalidOperationException("The chain of transfers is read from the PAKN's whole history: load its events.");
        }

        var transferrers = new List<Guid>();
        Guid? holder = null;
        foreach (var entry in _events.OrderBy(e => e.Sequence))
        {
            if (entry.Action == PetitionAction.Transfer && holder is { } left)
            {
                transferrers.Add(left);
            }
            else if (entry.Action == PetitionAction.ReturnUp && entry.ToStatus != PetitionStatus.Returned && transferrers.Count > 0)
            {
                transferrers.RemoveAt(transferrers.Count - 1);
            }

            holder = entry.AgencyId;
        }

        return transferrers;
    }

    /// <summary>A duplicate joins the PAKN it repeats; its sender follows and receives that one's answer.</summary>
    public void MergeInto(Petition original, string? comment, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.Merge, actor, at);
        // Only into a PAKN that is still being answered or was answered: its sender is to follow that one.
        if (original.Id == Id || !(original.Status.IsOpen() || original.Status.IsAnswered()))
        {
            throw BusinessRuleException.Of<FeedbackText>("MergeTargetInvalid");
        }

        MergedIntoId = original.Id;
        MergedIntoCode = original.Code;
        ClosingNote = original.Code;
        foreach (var deadline in _deadlines.Where(d => d.IsRunning))
        {
            deadline.Lapse(at);
        }

        Close(PetitionStatus.Merged, PetitionAction.Merge, actor, at, comment);
    }

    // NĐ 20/2008 Điều 14: the agency assigns the unit that studies and answers the PAKN.
    public void Assign(Guid unitId, Guid? assigneeId, string? assigneeName, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.Assign, actor, at);
        if (!actor.Has(FeedbackRoles.ControlOfficer) && unitId != UnitId)
        {
            throw BusinessRuleException.Of<FeedbackText>("UnitLeaderAssignsWithinUnit");
        }

        UnitId = unitId;
        AssigneeId = assigneeId;
        AssigneeName = assigneeId is null ? null : assigneeName;
        if (Status == PetitionStatus.Received)
        {
            LapseRunning(at, PetitionDeadlineKind.Refuse);
            Move(PetitionStatus.Processing, PetitionAction.Assign, actor, at, assigneeName);
            return;
        }

        Move(Status, PetitionAction.Assign, actor, at, assigneeName);
    }

    /// <summary>
    /// The sender is asked to clarify (NĐ 20/2008 Điều 14). The 766 formula counts "PA chờ bổ sung" as processed, so the
    /// running processing round ends here; the reply opens the next (<see cref="ClarificationClock"/>).
    /// </summary>
    public void RequestClarification(string request, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.RequestClarification, actor, at);
        StatusBeforeClarification = Status;
        ClarificationRequest = request;
        ClarificationCount++;
        EndDeadlines(at, clock, PetitionDeadlineKind.FirstClarification, PetitionDeadlineKind.Process);
        Move(PetitionStatus.AwaitingClarification, PetitionAction.RequestClarification, actor, at, request);
    }

    public void Clarify(string reply, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.Clarify, actor, at);
        var previous = _deadlines.Where(d => d.Kind == PetitionDeadlineKind.Process).MaxBy(d => d.Round);
        var due = clock.Limits.ClarificationClock == ClarificationClock.Pause && previous is { ClosedAt: { } requestedAt }
            ? PausedDue(clock, requestedAt, previous.DueAt, at)
            : clock.DueAfter(at, clock.Limits.ProcessWithinDays);
        OpenDeadline(PetitionDeadlineKind.Process, at, due);
        ClarificationRequest = null;
        var back = StatusBeforeClarification ?? PetitionStatus.Received;
        StatusBeforeClarification = null;
        Move(back, PetitionAction.Clarify, actor, at, reply);
    }

    // NĐ 20/2008 Điều 14: the PAKN is classified and its grounds determined.
    public void Classify(PetitionGrounds grounds, string? comment, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.Classify, actor, at);
        Grounds = grounds;
        Move(Status, PetitionAction.Classify, actor, at, comment);
    }

    public void Consult(Guid unitId, string request, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.Consult, actor, at);
        ConsultedUnitId = unitId;
        Move(Status, PetitionAction.Consult, actor, at, request);
    }

    public void RecordOpinion(string opinion, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.RecordOpinion, actor, at);
        ConsultedUnitId = null;
        Move(Status, PetitionAction.RecordOpinion, actor, at, opinion);
    }

    /// <summary>
    /// The answer and the text of the PAKN to publish with it. Without the sender's consent that text is a summary the drafter
    /// writes; with it, the sender's words are the default (NĐ 20/2008 Điều 19: only what the leader approved is published).
    /// </summary>
    public void Draft(string answer, string? summary, PetitionOutcome outcome, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.DraftAnswer, actor, at);
        if (!ConsentToPublish && string.IsNullOrWhiteSpace(summary))
        {
            throw BusinessRuleException.Of<FeedbackText>("SummaryRequiredWithoutConsent");
        }

        DraftAnswer = answer;
        DraftSummary = string.IsNullOrWhiteSpace(summary) ? Content : summary;
        Outcome = outcome;
        Move(Status, PetitionAction.DraftAnswer, actor, at, null);
    }

    /// <summary>The leader sends the draft back: it stays to be edited, but cannot be approved until it is drafted again.</summary>
    public void SendBack(string reason, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.SendBack, actor, at);
        Outcome = null;
        Move(Status, PetitionAction.SendBack, actor, at, reason);
    }

    /// <summary>
    /// The leader approves the answer (NĐ 20/2008 Điều 14–15): processed, waiting to be published within its own limit.
    /// Returns the proposal to review the procedure when the PAKN has grounds and the answer proposes changing a regulation
    /// about a procedure (ADR-046 §6).
    /// </summary>
    public ReviewProposal? ApproveAnswer(PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.ApproveAnswer, actor, at);
        Answer = DraftAnswer;
        PublicSummary = DraftSummary;
        AnsweredAt = at;
        AnsweredByName = actor.Name;
        ReopenUntil = clock.DueAfter(at, clock.ReopenWindowDays);
        EndDeadlines(at, clock, PetitionDeadlineKind.Process);
        OpenDeadline(PetitionDeadlineKind.Publish, at, clock.DueAfter(at, clock.Limits.PublishWithinDays));
        Move(PetitionStatus.AwaitingPublication, PetitionAction.ApproveAnswer, actor, at, null);
        return Grounds == PetitionGrounds.Sufficient && Outcome is PetitionOutcome.ProposeAmendOrAbolish or PetitionOutcome.ProposeNewRegulation
            && ProcedureCode is { } procedure
            ? ReviewProposal.Create(Id, Code, AgencyId, procedure, ProcedureName ?? procedure, Answer!, at)
            : null;
    }

    // NĐ 20/2008 Điều 19: the answer is made public; the sender's personal data never is.
    public void Publish(PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.Publish, actor, at);
        PublishedAt = at;
        WithdrawnAt = null;
        SetPublishedText(PublicSummary, Answer);
        EndDeadlines(at, clock, PetitionDeadlineKind.Publish);
        Move(PetitionStatus.Published, PetitionAction.Publish, actor, at, null);
    }

    // NĐ 20/2008 Điều 19: only what the leader approved is published, so only the leader corrects it, and says why.
    public void CorrectPublication(string? wording, string? answer, string reason, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.CorrectPublication, actor, at);
        RequireReason(reason);
        var newWording = string.IsNullOrWhiteSpace(wording) ? PublishedWording : wording;
        var newAnswer = string.IsNullOrWhiteSpace(answer) ? PublishedAnswer : answer;
        var replaced = new PublishedText(newWording == PublishedWording ? null : PublishedWording, newAnswer == PublishedAnswer ? null : PublishedAnswer);
        if (replaced is { Wording: null, Answer: null })
        {
            throw BusinessRuleException.Of<FeedbackText>("CorrectionChangesNothing");
        }

        SetPublishedText(newWording, newAnswer);
        Move(Status, PetitionAction.CorrectPublication, actor, at, reason, replaced);
    }

    /// <summary>
    /// Gỡ công khai: the answer leaves every public read (it names a person, say) and the reason is recorded. Nothing else
    /// changes: the PAKN stays answered, its publication instant and deadlines stay as met, and the sender keeps the right to
    /// rate and reopen (ADR-046 §5).
    /// </summary>
    public void WithdrawPublication(string reason, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.WithdrawPublication, actor, at);
        RequireReason(reason);
        WithdrawnAt = at;
        Move(Status, PetitionAction.WithdrawPublication, actor, at, reason);
    }

    /// <summary>Công khai lại: the withdrawn text (as corrected meanwhile) is public again, under its first publication instant.</summary>
    public void Republish(string? comment, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.Republish, actor, at);
        WithdrawnAt = null;
        Move(Status, PetitionAction.Republish, actor, at, comment);
    }

    /// <summary>The sender's rating of the answer (766 5.3), once.</summary>
    public void Rate(bool satisfied, string? comment, PetitionActor actor, DateTime at)
    {
        Ensure(PetitionAction.Rate, actor, at);
        Satisfied = satisfied;
        RatedAt = at;
        Move(Status, PetitionAction.Rate, actor, at, comment);
    }

    /// <summary>The sender reopens the answer once within the window; it is processed again on a new round (766 5.3 counts it unsatisfied).</summary>
    public void Reopen(string reason, PetitionActor actor, DateTime at, PetitionClock clock)
    {
        Ensure(PetitionAction.Reopen, actor, at);
        ReopenedAt = at;
        ReopenReason = reason;
        LapseRunning(at, PetitionDeadlineKind.Publish);
        OpenDeadline(PetitionDeadlineKind.Process, at, clock.DueAfter(at, clock.Limits.ProcessWithinDays));
        ClosedAt = null;
        Move(PetitionStatus.Processing, PetitionAction.Reopen, actor, at, reason);
    }

    /// <summary>Late as seen at <paramref name="at"/> by 766 5.2: a deadline met late by then, or an obligation running past its due instant then.</summary>
    public bool IsLateAt(DateTime at) => _deadlines.Any(d => d.IsLateAt(at));

    /// <summary>Unsatisfied by 766 5.3 as the issue reads it: rated so, late, or reopened (by <paramref name="at"/>).</summary>
    public bool IsUnsatisfiedAt(DateTime at) => PetitionTimeliness.IsUnsatisfied(RatedAt <= at ? Satisfied : null, ReopenedAt <= at, IsLateAt(at));

    private void Ensure(PetitionAction action, PetitionActor actor, DateTime at)
    {
        var allowed = AllowedActions(actor, at);
        if (!allowed.Contains(action))
        {
            throw new BusinessRuleException(
                "PetitionActionNotAllowed",
                ResourceText.Get<FeedbackText>("Rule_PetitionActionNotAllowed", FeedbackNames.Action(action), FeedbackNames.Status(Status), FeedbackNames.Actions(allowed)));
        }
    }

    private void Move(PetitionStatus to, PetitionAction action, PetitionActor actor, DateTime at, string? comment, PublishedText? replaced = null)
    {
        var from = Status;
        Status = to;
        Record(action, from, actor, at, comment, replaced);
    }

    private void SetPublishedText(string? wording, string? answer)
    {
        PublishedWording = wording;
        PublishedAnswer = answer;
        PublicSearchText = Truncate(SearchTextOf(Code, ProcedureCode, ProcedureName, LegalDocument, PublishedWording, PublishedAnswer), MaxSearchTextLength);
    }

    private static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw BusinessRuleException.Of<FeedbackText>("PublicationReasonRequired");
        }
    }

    private void Close(PetitionStatus to, PetitionAction action, PetitionActor actor, DateTime at, string? comment)
    {
        ClosedAt = at;
        Move(to, action, actor, at, comment);
    }

    private void ArriveAt(Guid agencyId, PetitionStatus status, PetitionAction action, PetitionActor actor, DateTime at, PetitionClock clock, string? comment)
    {
        AgencyId = agencyId;
        UnitId = null;
        AssigneeId = null;
        AssigneeName = null;
        ConsultedUnitId = null;
        StartDeadlines(at, agencyId, clock, firstClarification: ClarificationCount == 0);
        Move(status, action, actor, at, comment);
    }

    private void Record(PetitionAction action, PetitionStatus? from, PetitionActor actor, DateTime at, string? comment, PublishedText? replaced = null)
    {
        var entry = PetitionEvent.Create(Id, ++EventCount, at, actor, action, from, Status, AgencyId, comment, replaced);
        _events.Add(entry);
        _newEvents.Add(entry);
        DueAt = _deadlines.Where(d => d.IsRunning && d.IsObligation).Select(d => (DateTime?)d.DueAt).Min();
        UpdatedAt = at;
        Revision = Guid.NewGuid();
    }

    private void StartDeadlines(DateTime start, Guid agencyId, PetitionClock clock, bool firstClarification)
    {
        var limits = clock.Limits;
        OpenDeadline(PetitionDeadlineKind.Refuse, start, clock.DueAfter(start, limits.RefuseWithinDays), agencyId);
        if (firstClarification)
        {
            OpenDeadline(PetitionDeadlineKind.FirstClarification, start, clock.DueAfter(start, limits.FirstClarificationWithinDays), agencyId);
        }

        OpenDeadline(PetitionDeadlineKind.TransferOut, start, clock.DueAfter(start, limits.TransferOutWithinDays), agencyId);
        OpenDeadline(PetitionDeadlineKind.Process, start, clock.DueAfter(start, limits.ProcessWithinDays), agencyId);
    }

    private void OpenDeadline(PetitionDeadlineKind kind, DateTime start, DateTime due, Guid? agencyId = null)
    {
        var round = _deadlines.Count(d => d.Kind == kind) + 1;
        _deadlines.Add(PetitionDeadline.Open(Id, kind, round, agencyId ?? AgencyId, start, due));
    }

    /// <summary>Meets the running deadlines of the kinds the act fulfils and lets every other running one lapse.</summary>
    private void EndDeadlines(DateTime at, PetitionClock clock, params ReadOnlySpan<PetitionDeadlineKind> met)
    {
        foreach (var deadline in _deadlines)
        {
            if (!deadline.IsRunning)
            {
                continue;
            }

            if (met.Contains(deadline.Kind))
            {
                var @class = clock.Classify(at, deadline.DueAt);
                deadline.Meet(at, @class);
                ClosedLate |= @class == OnTimeClass.Late;
            }
            else
            {
                deadline.Lapse(at);
            }
        }
    }

    private void LapseRunning(DateTime at, PetitionDeadlineKind kind)
    {
        foreach (var deadline in _deadlines.Where(d => d.IsRunning && d.Kind == kind))
        {
            deadline.Lapse(at);
        }
    }

    /// <summary>The working time left between the request and the due instant runs on from the reply.</summary>
    private static DateTime PausedDue(PetitionClock clock, DateTime requestedAt, DateTime due, DateTime repliedAt)
    {
        var calendar = clock.Calendar;
        var left = requestedAt < due ? calendar.WorkingTimeBetween(At(requestedAt), At(due)).Duration : TimeSpan.Zero;
        return calendar.AddWorkingTime(At(repliedAt), left).UtcDateTime;

        static DateTimeOffset At(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }

    private static string SearchTextOf(params IEnumerable<string?> texts) => Catalog.SearchText.Combine(texts);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
