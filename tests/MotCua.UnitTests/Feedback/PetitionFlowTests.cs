using MotCua.Common.Errors;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;

namespace MotCua.UnitTests.Feedback;

public sealed class PetitionFlowTests
{
    private static readonly Guid Agency = Guid.NewGuid();
    private static readonly Guid OtherAgency = Guid.NewGuid();
    private static readonly Guid ThirdAgency = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly BusinessCalendar Calendar = new(WorkingSchedule.Default, PublishedExceptions.All);
    private static readonly PetitionClock Clock = new(Calendar, new FeedbackDeadlineOptions(), ReopenWindowDays: 10);

    private static readonly PetitionActor Control = new(Guid.NewGuid(), "Cán bộ kiểm soát", null, FeedbackRoles.ControlOfficer, Agency, null, false);
    private static readonly PetitionActor Specialist = new(Officer, "Chuyên viên", null, FeedbackRoles.Specialist, Agency, Unit, false);
    private static readonly PetitionActor Leader = new(Guid.NewGuid(), "Lãnh đạo", null, FeedbackRoles.AgencyLeader, Agency, null, false);
    private static readonly PetitionActor Sender = new(null, "Người gửi", null, FeedbackRoles.None, null, null, true);

    private static DateTime At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, VietnamTime.Offset).UtcDateTime;

    private static Petition Submitted(DateTime at, string? procedure = "1.000001", bool consent = true, PetitionClock? clock = null) =>
        Petition.Submit(
            new PetitionDraft(PetitionCategory.Unfit, "Quy định yêu cầu nộp bản sao chứng thực không phù hợp thực tế.", SenderKind.Person, "Nguyễn Văn An",
                null, "0912345678", null, null, null, consent, PetitionChannel.PortalGuest)
            { ProcedureCode = procedure, ProcedureName = procedure is null ? null : "Đăng ký khai sinh" },
            new PetitionCode(VietnamTime.LocalDate(at), 1), Agency, Sender, at, clock ?? Clock);

    private static PetitionDeadline Running(Petition p, PetitionDeadlineKind kind) => p.Deadlines.Single(d => d.Kind == kind && d.IsRunning);

    private static Petition Answered(DateTime submitted, DateTime approved, PetitionGrounds grounds = PetitionGrounds.Sufficient,
        PetitionOutcome outcome = PetitionOutcome.ProposeAmendOrAbolish)
    {
        var p = Submitted(submitted);
        p.Accept(Control, submitted.AddHours(1), null);
        p.Assign(Unit, Officer, "Chuyên viên", Control, submitted.AddHours(2), Clock);
        p.Classify(grounds, null, Specialist, submitted.AddHours(3));
        p.Draft("Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.", null, outcome, Specialist, submitted.AddHours(4));
        p.ApproveAnswer(Leader, approved, Clock);
        return p;
    }

    [Fact]
    public void A_submission_across_Tet_is_due_fifteen_working_days_later_on_the_agencys_calendar()
    {
        // Friday 13/02/2026; Tết Bính Ngọ closes 16–20/02 (PublishedExceptions).
        var p = Submitted(At(2026, 2, 13, 10));

        p.Status.ShouldBe(PetitionStatus.New);
        p.Code.ShouldBe("PAKN.20260213.0001");
        p.Deadlines.Select(d => d.Kind).ShouldBe(
            [PetitionDeadlineKind.Refuse, PetitionDeadlineKind.FirstClarification, PetitionDeadlineKind.TransferOut, PetitionDeadlineKind.Process]);
        Running(p, PetitionDeadlineKind.Refuse).DueAt.ShouldBe(At(2026, 2, 24, 10));
        Running(p, PetitionDeadlineKind.Process).DueAt.ShouldBe(At(2026, 3, 13, 10));
        p.DueAt.ShouldBe(At(2026, 3, 13, 10));
        p.CheckDigits.ShouldBe("5678");
        p.Events.Single().Action.ShouldBe(PetitionAction.Submit);
    }

    [Fact]
    public void A_swapped_working_Saturday_counts_as_a_working_day()
    {
        var saturday = new DateOnly(2026, 3, 7);
        var swapped = new PetitionClock(
            new BusinessCalendar(WorkingSchedule.Default, [new(saturday, CalendarExceptionKind.SwapWork, "Làm bù", "Quyết định thử")]), new FeedbackDeadlineOptions(), 10);

        var p = Submitted(At(2026, 3, 5, 9), clock: swapped);

        // Thursday 05/03 + 2 working days: Friday 06/03, Saturday 07/03 (worked).
        Running(p, PetitionDeadlineKind.Refuse).DueAt.ShouldBe(At(2026, 3, 7, 9));
    }

    [Fact]
    public void Each_role_is_offered_only_its_own_actions()
    {
        var p = Submitted(At(2026, 3, 2, 9));
        var now = At(2026, 3, 2, 10);

        p.AllowedActions(Control, now).ShouldBe(
            [PetitionAction.Accept, PetitionAction.Refuse, PetitionAction.Transfer, PetitionAction.TransferOut, PetitionAction.ForwardComplaint, PetitionAction.Merge]);
        p.AllowedActions(Specialist, now).ShouldBeEmpty();
        p.AllowedActions(Sender, now).ShouldBeEmpty();
        p.AllowedActions(Control with { AgencyId = OtherAgency }, now).ShouldBeEmpty();
    }

    [Fact]
    public void An_action_out_of_turn_is_refused_naming_what_is_allowed_and_changes_nothing()
    {
        var p = Submitted(At(2026, 3, 2, 9));

        var broken = Should.Throw<BusinessRuleException>(() => p.Publish(Control, At(2026, 3, 2, 10), Clock));

        broken.Rule.ShouldBe("PetitionActionNotAllowed");
        broken.Message.ShouldContain("Tiếp nhận vào sổ");
        p.Status.ShouldBe(PetitionStatus.New);
        p.Events.Count.ShouldBe(1);
    }

    [Fact]
    public void The_national_flow_ends_published_with_each_deadline_met_and_a_review_proposal()
    {
        var submitted = At(2026, 3, 2, 9);
        var p = Answered(submitted, At(2026, 3, 10, 9));

        p.Status.ShouldBe(PetitionStatus.AwaitingPublication);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process).Class.ShouldBe(OnTimeClass.Early);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Refuse).Class.ShouldBeNull();
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Refuse).IsRunning.ShouldBeFalse();
        Running(p, PetitionDeadlineKind.Publish).DueAt.ShouldBe(At(2026, 3, 12, 9));

        p.Publish(Control, At(2026, 3, 12, 9), Clock);

        p.Status.ShouldBe(PetitionStatus.Published);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Publish).Class.ShouldBe(OnTimeClass.OnTime);
        p.PublicSearchText.ShouldContain("ban sao chung thuc");
        p.PublicSearchText.ShouldNotContain("nguyen van an");
        p.DueAt.ShouldBeNull();
        p.IsLateAt(At(2026, 12, 1, 9)).ShouldBeFalse();
        p.Events.Select(e => e.Action).ShouldBe(
            [PetitionAction.Submit, PetitionAction.Accept, PetitionAction.Assign, PetitionAction.Classify, PetitionAction.DraftAnswer,
             PetitionAction.ApproveAnswer, PetitionAction.Publish]);
    }

    [Theory]
    [InlineData("Sufficient", "ProposeAmendOrAbolish", true)]
    [InlineData("Sufficient", "ProposeNewRegulation", true)]
    [InlineData("Sufficient", "ExplainExistingRule", false)]
    [InlineData("Insufficient", "ProposeAmendOrAbolish", false)]
    public void Only_a_well_founded_proposal_to_change_a_regulation_proposes_reviewing_the_procedure(string groundsName, string outcomeName, bool proposes)
    {
        var grounds = Enum.Parse<PetitionGrounds>(groundsName);
        var outcome = Enum.Parse<PetitionOutcome>(outcomeName);
        var p = Submitted(At(2026, 3, 2, 9));
        p.Accept(Control, At(2026, 3, 2, 10), null);
        p.Assign(Unit, Officer, "Chuyên viên", Control, At(2026, 3, 2, 11), Clock);
        p.Classify(grounds, null, Specialist, At(2026, 3, 3, 9));
        p.Draft("Trả lời.", null, outcome, Specialist, At(2026, 3, 4, 9));

        var proposal = p.ApproveAnswer(Leader, At(2026, 3, 5, 9), Clock);

        (proposal is not null).ShouldBe(proposes);
        if (proposal is not null)
        {
            proposal.ProcedureCode.ShouldBe("1.000001");
            proposal.PetitionCode.ShouldBe(p.Code);
            proposal.State.ShouldBe(ReviewProposalState.Open);
        }
    }

    [Fact]
    public void An_answer_approved_after_fifteen_working_days_is_late_and_counts_unsatisfied()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 24, 9));

        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process).Class.ShouldBe(OnTimeClass.Late);
        p.ClosedLate.ShouldBeTrue();
        p.IsUnsatisfiedAt(At(2026, 3, 25, 9)).ShouldBeTrue();
    }

    [Fact]
    public void A_running_processing_deadline_past_its_due_instant_is_late_at_that_instant()
    {
        var p = Submitted(At(2026, 3, 2, 9));

        p.IsLateAt(At(2026, 3, 23, 9)).ShouldBeFalse();
        p.IsLateAt(At(2026, 3, 23, 9, 1)).ShouldBeTrue();
    }

    [Fact]
    public void A_request_to_clarify_counts_as_processed_and_the_reply_restarts_the_processing_time()
    {
        var p = Submitted(At(2026, 3, 2, 9));
        p.Accept(Control, At(2026, 3, 2, 10), null);
        p.RequestClarification("Đề nghị nêu rõ bản sao nào bị yêu cầu.", Control, At(2026, 3, 4, 9), Clock);

        p.Status.ShouldBe(PetitionStatus.AwaitingClarification);
        p.DueAt.ShouldBeNull();
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.FirstClarification).Class.ShouldBe(OnTimeClass.Early);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process).Class.ShouldBe(OnTimeClass.Early);
        p.AllowedActions(Sender, At(2026, 3, 5, 9)).ShouldBe([PetitionAction.Clarify]);

        p.Clarify("Bản sao giấy khai sinh của cha mẹ.", Sender, At(2026, 3, 9, 9), Clock);

        p.Status.ShouldBe(PetitionStatus.Received);
        var round = Running(p, PetitionDeadlineKind.Process);
        round.Round.ShouldBe(2);
        round.DueAt.ShouldBe(At(2026, 3, 30, 9));
    }

    [Fact]
    public void With_the_pause_setting_the_reply_gets_only_the_time_that_was_left()
    {
        var pause = Clock with { Limits = new FeedbackDeadlineOptions { ClarificationClock = ClarificationClock.Pause } };
        var p = Submitted(At(2026, 3, 2, 9), clock: pause);
        p.Accept(Control, At(2026, 3, 2, 10), null);

        // 10 of the 15 working days are left when the request is made on 09/03 at 09:00 (due 23/03 09:00).
        p.RequestClarification("Làm rõ.", Control, At(2026, 3, 9, 9), pause);
        p.Clarify("Đã làm rõ.", Sender, At(2026, 3, 16, 9), pause);

        Running(p, PetitionDeadlineKind.Process).DueAt.ShouldBe(At(2026, 3, 30, 9));
    }

    [Fact]
    public void A_transfer_ends_the_round_here_and_starts_the_clock_again_at_the_new_agency()
    {
        var p = Submitted(At(2026, 3, 2, 9));

        p.Transfer(OtherAgency, "Thuộc thẩm quyền Sở Tư pháp.", Control, At(2026, 3, 3, 9), Clock, Clock);

        p.AgencyId.ShouldBe(OtherAgency);
        p.ReceivingAgencyId.ShouldBe(Agency);
        p.Status.ShouldBe(PetitionStatus.New);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process && d.Round == 1).Class.ShouldBe(OnTimeClass.Early);
        var round = Running(p, PetitionDeadlineKind.Process);
        (round.Round, round.AgencyId, round.StartAt, round.DueAt).ShouldBe((2, OtherAgency, At(2026, 3, 3, 9), At(2026, 3, 24, 9)));
        p.AllowedActions(Control, At(2026, 3, 3, 10)).ShouldBeEmpty();
        p.AllowedActions(Control with { AgencyId = OtherAgency }, At(2026, 3, 3, 10)).ShouldContain(PetitionAction.ReturnUp);
    }

    [Fact]
    public void A_return_goes_back_to_the_transferring_agency_with_a_new_clock()
    {
        var p = Submitted(At(2026, 3, 2, 9));
        p.Transfer(OtherAgency, null, Control, At(2026, 3, 3, 9), Clock, Clock);

        p.ReturnUp("Không thuộc thẩm quyền.", Control with { AgencyId = OtherAgency }, At(2026, 3, 4, 9), Clock, Clock);

        p.AgencyId.ShouldBe(Agency);
        p.Status.ShouldBe(PetitionStatus.Received);
        Running(p, PetitionDeadlineKind.Process).Round.ShouldBe(3);
    }

    [Fact]
    public void Returns_walk_back_the_whole_chain_of_transfers_each_with_a_new_clock_where_it_arrives()
    {
        var p = TransferredThrough(OtherAgency, ThirdAgency);

        p.ReturnUp("Không thuộc thẩm quyền Sở thứ ba.", ControlAt(ThirdAgency), At(2026, 3, 5, 9), Clock, Clock);

        ShouldHoldAfterReturn(p, OtherAgency, At(2026, 3, 5, 9));
        p.TransferredFromAgencyId.ShouldBe(Agency);
        p.AllowedActions(ControlAt(OtherAgency), At(2026, 3, 5, 10)).ShouldContain(PetitionAction.ReturnUp);

        p.ReturnUp("Không thuộc thẩm quyền Sở thứ hai.", ControlAt(OtherAgency), At(2026, 3, 6, 9), Clock, Clock);

        ShouldHoldAfterReturn(p, Agency, At(2026, 3, 6, 9));
        p.TransferredFromAgencyId.ShouldBeNull();
        p.AllowedActions(Control, At(2026, 3, 6, 10)).ShouldNotContain(PetitionAction.ReturnUp);
        p.Events.Where(e => e.Action == PetitionAction.ReturnUp).Select(e => (e.AgencyId, e.Comment)).ShouldBe(
            [(OtherAgency, "Không thuộc thẩm quyền Sở thứ ba."), (Agency, "Không thuộc thẩm quyền Sở thứ hai.")]);
        p.Deadlines.Count(d => d.Kind == PetitionDeadlineKind.Process).ShouldBe(5);
    }

    [Fact]
    public void A_petition_never_transferred_cannot_be_returned_and_stays_as_it_was()
    {
        var p = Submitted(At(2026, 3, 2, 9));
        var revision = p.Revision;

        p.AllowedActions(Control, At(2026, 3, 2, 10)).ShouldNotContain(PetitionAction.ReturnUp);
        Should.Throw<BusinessRuleException>(() => p.ReturnUp("Không rõ.", Control, At(2026, 3, 2, 10), Clock, Clock));

        (p.Status, p.AgencyId, p.Revision, p.Events.Count).ShouldBe((PetitionStatus.New, Agency, revision, 1));
        Running(p, PetitionDeadlineKind.Process).Round.ShouldBe(1);
    }

    [Fact]
    public void After_a_cycle_each_return_goes_to_the_agency_that_transferred_it_last()
    {
        var p = TransferredThrough(OtherAgency, Agency, ThirdAgency);

        p.ReturnUp("Trả lần một.", ControlAt(ThirdAgency), At(2026, 3, 6, 9), Clock, Clock);
        ShouldHoldAfterReturn(p, Agency, At(2026, 3, 6, 9));
        p.ReturnUp("Trả lần hai.", Control, At(2026, 3, 9, 9), Clock, Clock);
        ShouldHoldAfterReturn(p, OtherAgency, At(2026, 3, 9, 9));
        p.ReturnUp("Trả lần ba.", ControlAt(OtherAgency), At(2026, 3, 10, 9), Clock, Clock);
        ShouldHoldAfterReturn(p, Agency, At(2026, 3, 10, 9));

        p.AllowedActions(Control, At(2026, 3, 10, 10)).ShouldNotContain(PetitionAction.ReturnUp);
    }

    private static PetitionActor ControlAt(Guid agency) => Control with { AgencyId = agency };

    /// <summary>Submitted at <see cref="Agency"/> on Monday 02/03/2026, then transferred by each holder to the next of <paramref name="agencies"/>, a day apart.</summary>
    private static Petition TransferredThrough(params Guid[] agencies)
    {
        var p = Submitted(At(2026, 3, 2, 9));
        for (var i = 0; i < agencies.Length; i++)
        {
            p.Transfer(agencies[i], null, ControlAt(p.AgencyId), At(2026, 3, 3 + i, 9), Clock, Clock);
        }

        return p;
    }

    /// <summary>Received at <paramref name="agency"/> with the processing time started again there at <paramref name="at"/>.</summary>
    private static void ShouldHoldAfterReturn(Petition p, Guid agency, DateTime at)
    {
        (p.Status, p.AgencyId).ShouldBe((PetitionStatus.Received, agency));
        var round = Running(p, PetitionDeadlineKind.Process);
        (round.AgencyId, round.StartAt, round.DueAt).ShouldBe((agency, at, Clock.DueAfter(at, Clock.Limits.ProcessWithinDays)));
        p.Deadlines.Count(d => d.IsRunning && d.Kind == PetitionDeadlineKind.Process).ShouldBe(1);
    }

    [Fact]
    public void A_refusal_needs_a_reason_and_is_measured_against_the_two_day_limit()
    {
        var p = Submitted(At(2026, 3, 2, 9));

        Should.Throw<BusinessRuleException>(() => p.Refuse(RefusalReason.Other, " ", Control, At(2026, 3, 3, 9), Clock)).Rule.ShouldBe("RefusalNeedsReason");
        p.Refuse(RefusalReason.NotAboutAdministrativeRegulation, null, Control, At(2026, 3, 5, 9), Clock);

        p.Status.ShouldBe(PetitionStatus.Refused);
        p.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Refuse).Class.ShouldBe(OnTimeClass.Late);
        p.Deadlines.ShouldAllBe(d => !d.IsRunning);
        p.AllowedActions(Control, At(2026, 3, 5, 10)).ShouldBeEmpty();
    }

    [Fact]
    public void A_merged_duplicate_lets_its_deadlines_lapse_and_names_the_original()
    {
        var original = Submitted(At(2026, 3, 2, 9));
        var duplicate = Submitted(At(2026, 3, 2, 10));

        duplicate.MergeInto(original, null, Control, At(2026, 3, 3, 9));

        duplicate.Status.ShouldBe(PetitionStatus.Merged);
        duplicate.MergedIntoCode.ShouldBe(original.Code);
        duplicate.Deadlines.ShouldAllBe(d => !d.IsRunning && d.Class == null);
        Should.Throw<BusinessRuleException>(() => original.MergeInto(original, null, Control, At(2026, 3, 3, 9)));
    }

    [Fact]
    public void The_leader_approves_only_a_classified_draft_and_a_summary_is_required_without_consent()
    {
        var p = Submitted(At(2026, 3, 2, 9), consent: false);
        p.Accept(Control, At(2026, 3, 2, 10), null);
        p.Assign(Unit, Officer, "Chuyên viên", Control, At(2026, 3, 2, 11), Clock);

        p.AllowedActions(Leader, At(2026, 3, 3, 9)).ShouldNotContain(PetitionAction.ApproveAnswer);
        Should.Throw<BusinessRuleException>(() => p.Draft("Trả lời.", null, PetitionOutcome.ExplainExistingRule, Specialist, At(2026, 3, 3, 9)))
            .Rule.ShouldBe("SummaryRequiredWithoutConsent");
        p.Draft("Trả lời.", "Phản ánh về yêu cầu bản sao chứng thực.", PetitionOutcome.ExplainExistingRule, Specialist, At(2026, 3, 3, 9));
        p.AllowedActions(Leader, At(2026, 3, 3, 10)).ShouldBe([PetitionAction.SendBack]);
        p.Classify(PetitionGrounds.Insufficient, null, Specialist, At(2026, 3, 3, 10));
        p.AllowedActions(Leader, At(2026, 3, 3, 11)).ShouldBe([PetitionAction.SendBack, PetitionAction.ApproveAnswer]);

        p.ApproveAnswer(Leader, At(2026, 3, 3, 11), Clock);
        p.PublishedWording.ShouldBeNull();
        p.Publish(Control, At(2026, 3, 4, 9), Clock);

        p.PublishedWording.ShouldBe("Phản ánh về yêu cầu bản sao chứng thực.");
    }

    [Fact]
    public void A_new_answer_after_a_reopen_is_public_only_once_published_and_the_consented_words_are_the_default_text()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        p.Reopen("Chưa rõ.", Sender, At(2026, 3, 12, 9), Clock);
        p.Draft("Trả lời bổ sung.", "Tóm tắt đã biên tập.", PetitionOutcome.ExplainExistingRule, Specialist, At(2026, 3, 13, 9));
        p.ApproveAnswer(Leader, At(2026, 3, 16, 9), Clock);

        (p.PublishedAnswer, p.PublishedWording).ShouldBe(("Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.", p.Content));
        p.PublicSearchText.ShouldNotContain("tra loi bo sung");

        p.Publish(Control, At(2026, 3, 16, 10), Clock);

        (p.PublishedAnswer, p.PublishedWording).ShouldBe(("Trả lời bổ sung.", "Tóm tắt đã biên tập."));
        p.PublicSearchText.ShouldContain("tra loi bo sung");
    }

    [Fact]
    public void The_sender_rates_once_and_reopens_once_within_the_window()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);

        p.Rate(false, "Chưa trả lời đúng câu hỏi.", Sender, At(2026, 3, 12, 9));
        p.AllowedActions(Sender, At(2026, 3, 12, 10)).ShouldBe([PetitionAction.Reopen]);
        p.AllowedActions(Sender, At(2026, 3, 24, 9, 1)).ShouldBeEmpty();

        p.Reopen("Đề nghị xem xét lại.", Sender, At(2026, 3, 13, 9), Clock);

        p.Status.ShouldBe(PetitionStatus.Processing);
        p.PublishedAnswer.ShouldBe("Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.");
        Running(p, PetitionDeadlineKind.Process).Round.ShouldBe(2);
        p.IsUnsatisfiedAt(At(2026, 3, 13, 10)).ShouldBeTrue();
        p.AllowedActions(Sender, At(2026, 3, 13, 10)).ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_leader_corrects_or_withdraws_a_published_answer_and_the_leader_or_the_control_office_publishes_it_again()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.AllowedActions(Leader, At(2026, 3, 10, 10)).ShouldNotContain(PetitionAction.CorrectPublication);
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        var now = At(2026, 3, 11, 10);

        p.AllowedActions(Leader, now).ShouldBe([PetitionAction.CorrectPublication, PetitionAction.WithdrawPublication]);
        p.AllowedActions(Control, now).ShouldBeEmpty();
        p.AllowedActions(Specialist, now).ShouldBeEmpty();
        p.AllowedActions(Leader with { AgencyId = OtherAgency }, now).ShouldBeEmpty();
        Should.Throw<BusinessRuleException>(() => p.WithdrawPublication("Nêu tên cán bộ.", Control, now)).Rule.ShouldBe("PetitionActionNotAllowed");
        Should.Throw<BusinessRuleException>(() => p.CorrectPublication(null, "Sửa.", "Sai chính tả.", Specialist, now)).Rule.ShouldBe("PetitionActionNotAllowed");

        p.WithdrawPublication("Trả lời nêu tên cán bộ.", Leader, now);

        p.WithdrawnAt.ShouldBe(now);
        p.AllowedActions(Leader, now).ShouldBe([PetitionAction.CorrectPublication, PetitionAction.Republish]);
        p.AllowedActions(Control, now).ShouldBe([PetitionAction.Republish]);
        p.AllowedActions(Specialist, now).ShouldBeEmpty();
        p.Republish(null, Control, At(2026, 3, 11, 11));
        p.WithdrawnAt.ShouldBeNull();
        p.Events.Select(e => e.Action).TakeLast(2).ShouldBe([PetitionAction.WithdrawPublication, PetitionAction.Republish]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Correcting_or_withdrawing_without_a_reason_is_refused_and_changes_nothing(string reason)
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        var events = p.Events.Count;

        Should.Throw<BusinessRuleException>(() => p.WithdrawPublication(reason, Leader, At(2026, 3, 11, 10))).Rule.ShouldBe("PublicationReasonRequired");
        Should.Throw<BusinessRuleException>(() => p.CorrectPublication(null, "Trả lời đã sửa.", reason, Leader, At(2026, 3, 11, 10))).Rule.ShouldBe("PublicationReasonRequired");

        (p.WithdrawnAt, p.PublishedAnswer, p.Events.Count).ShouldBe((null, "Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.", events));
    }

    [Fact]
    public void A_correction_changes_only_the_published_text_and_its_event_keeps_the_reason_and_the_replaced_text()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        var wording = p.PublishedWording;

        p.CorrectPublication(wording, "Sở đã đề xuất bỏ yêu cầu bản sao chứng thực (sửa lỗi đánh máy).", "Sai chính tả.", Leader, At(2026, 3, 12, 9));

        p.PublishedAnswer.ShouldBe("Sở đã đề xuất bỏ yêu cầu bản sao chứng thực (sửa lỗi đánh máy).");
        p.PublishedWording.ShouldBe(wording);
        p.Answer.ShouldBe("Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.");
        p.PublicSearchText.ShouldContain("sua loi danh may");
        p.Status.ShouldBe(PetitionStatus.Published);
        var entry = p.Events[^1];
        (entry.Action, entry.Comment, entry.PreviousAnswer, entry.PreviousWording).ShouldBe(
            (PetitionAction.CorrectPublication, "Sai chính tả.", "Sở sẽ đề xuất bỏ yêu cầu bản sao chứng thực.", null));
        Should.Throw<BusinessRuleException>(() => p.CorrectPublication(null, p.PublishedAnswer, "Lần nữa.", Leader, At(2026, 3, 12, 10)))
            .Rule.ShouldBe("CorrectionChangesNothing");
    }

    [Fact]
    public void A_withdrawal_keeps_the_status_the_publication_instant_the_deadlines_and_the_senders_rights()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        var deadlines = p.Deadlines.Select(d => (d.Kind, d.Round, d.ClosedAt, d.Class)).ToList();
        var senderActions = p.AllowedActions(Sender, At(2026, 3, 12, 9));

        p.WithdrawPublication("Trả lời nêu tên người gửi.", Leader, At(2026, 3, 11, 10));

        p.Status.ShouldBe(PetitionStatus.Published);
        p.PublishedAt.ShouldBe(At(2026, 3, 11, 9));
        p.Deadlines.Select(d => (d.Kind, d.Round, d.ClosedAt, d.Class)).ShouldBe(deadlines);
        p.IsLateAt(At(2026, 3, 31, 9)).ShouldBeFalse();
        p.AllowedActions(Sender, At(2026, 3, 12, 9)).ShouldBe(senderActions);
        senderActions.ShouldBe([PetitionAction.Rate, PetitionAction.Reopen]);
    }

    [Fact]
    public void A_withdrawn_answer_of_a_reopened_petition_goes_public_again_by_publishing_the_new_answer()
    {
        var p = Answered(At(2026, 3, 2, 9), At(2026, 3, 10, 9));
        p.Publish(Control, At(2026, 3, 11, 9), Clock);
        p.WithdrawPublication("Nêu tên cán bộ.", Leader, At(2026, 3, 11, 10));
        p.Reopen("Chưa rõ.", Sender, At(2026, 3, 12, 9), Clock);
        p.AllowedActions(Control, At(2026, 3, 12, 10)).ShouldContain(PetitionAction.Republish);
        p.Draft("Trả lời mới.", "Tóm tắt mới.", PetitionOutcome.ExplainExistingRule, Specialist, At(2026, 3, 13, 9));
        p.ApproveAnswer(Leader, At(2026, 3, 16, 9), Clock);

        p.AllowedActions(Control, At(2026, 3, 16, 10)).ShouldBe([PetitionAction.Publish]);
        p.Publish(Control, At(2026, 3, 16, 10), Clock);

        (p.WithdrawnAt, p.PublishedAnswer).ShouldBe((null, "Trả lời mới."));
    }
}
