using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Calendar.DemoData;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;

namespace MotCua.UnitTests.Feedback;

/// <summary>766 indicators 5.2 and 5.3 as the Feedback module counts them for a period (ADR-046 §7).</summary>
public sealed class PetitionCountsTests
{
    private static readonly Guid Agency = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly PetitionClock Clock = new(new BusinessCalendar(WorkingSchedule.Default, PublishedExceptions.All), new FeedbackDeadlineOptions(), 10);
    private static readonly PetitionActor Control = new(Guid.NewGuid(), "Kiểm soát", null, FeedbackRoles.ControlOfficer, Agency, null, false);
    private static readonly PetitionActor Officer = new(Guid.NewGuid(), "Chuyên viên", null, FeedbackRoles.Specialist, Agency, Unit, false);
    private static readonly PetitionActor Leader = new(Guid.NewGuid(), "Lãnh đạo", null, FeedbackRoles.AgencyLeader, Agency, null, false);
    private static readonly PetitionActor Sender = new(null, "Người gửi", null, FeedbackRoles.None, null, null, true);
    private static int _sequence;

    private static DateTime At(int month, int day, int hour = 9) => new DateTimeOffset(2026, month, day, hour, 0, 0, VietnamTime.Offset).UtcDateTime;

    private static Petition Submitted(DateTime at, PetitionChannel channel = PetitionChannel.Portal) => Petition.Submit(
        new PetitionDraft(PetitionCategory.Delay, "Chậm trễ.", SenderKind.Person, "Người gửi", null, null, "a@example.vn", null, null, true, channel),
        new PetitionCode(VietnamTime.LocalDate(at), Interlocked.Increment(ref _sequence)), Agency, Sender, at, Clock);

    private static Petition AnsweredAt(DateTime submitted, DateTime approved)
    {
        var p = Submitted(submitted);
        p.Accept(Control, submitted.AddHours(1), null);
        p.Assign(Unit, Officer.UserId, Officer.Name, Control, submitted.AddHours(2), Clock);
        p.Classify(PetitionGrounds.Insufficient, null, Officer, submitted.AddHours(3));
        p.Draft("Trả lời.", null, PetitionOutcome.ExplainExistingRule, Officer, submitted.AddHours(4));
        p.ApproveAnswer(Leader, approved, Clock);
        return p;
    }

    private static PetitionFact Fact(Petition p) => new(
        p.Id, p.Code, p.ReceivingAgencyId, p.AgencyId, p.Channel, p.Category, p.ProcedureCode, p.ReceivedAt, p.Status, p.AnsweredAt, p.PublishedAt, p.ClosedAt,
        p.Grounds, p.Outcome, p.Satisfied, p.RatedAt, p.ReopenedAt,
        [.. p.Deadlines.Select(d => new PetitionDeadlineFact(d.Kind, d.Round, d.AgencyId, d.StartAt, d.DueAt, d.ClosedAt, d.Class))]);

    [Fact]
    public void Each_PAKN_counts_once_and_is_judged_at_the_end_of_the_period()
    {
        var periodEnd = At(3, 31, 23);
        var onTime = AnsweredAt(At(3, 2), At(3, 10));
        onTime.Publish(Control, At(3, 11), Clock);
        onTime.Rate(true, null, Sender, At(3, 12));
        var late = AnsweredAt(At(3, 2), At(3, 25));
        var rated = AnsweredAt(At(3, 3), At(3, 9));
        rated.Publish(Control, At(3, 10, 8), Clock);
        rated.Rate(false, "Chưa thỏa đáng.", Sender, At(3, 10));
        var reopened = AnsweredAt(At(3, 4), At(3, 9));
        reopened.Reopen("Chưa trả lời đủ.", Sender, At(3, 11), Clock);
        var runningInTime = Submitted(At(3, 27), PetitionChannel.Letter);
        var runningLate = Submitted(At(3, 5), PetitionChannel.Letter);
        var merged = Submitted(At(3, 6));
        merged.MergeInto(runningLate, null, Control, At(3, 6, 15));
        var refused = Submitted(At(3, 9), PetitionChannel.Phone);
        refused.Refuse(RefusalReason.SenderNotIdentified, null, Control, At(3, 10), Clock);

        var counts = PetitionCounts.Of([.. new[] { onTime, late, rated, reopened, runningInTime, runningLate, merged, refused }.Select(Fact)], periodEnd);

        counts.Received.ShouldBe(7);
        counts.ByChannel[PetitionChannel.Portal].ShouldBe(4);
        counts.ByChannel[PetitionChannel.Letter].ShouldBe(2);
        counts.ByChannel[PetitionChannel.Phone].ShouldBe(1);
        (counts.Answered, counts.Published, counts.Refused, counts.StillOpen).ShouldBe((4, 2, 1, 2));
        (counts.OnTime, counts.Late).ShouldBe((5, 2));
        (counts.RatedSatisfied, counts.RatedUnsatisfied).ShouldBe((1, 1));
        counts.Unsatisfied.ShouldBe(4);
    }

    [Fact]
    public void An_approved_answer_left_unpublished_past_its_two_days_is_late()
    {
        var p = AnsweredAt(At(3, 2), At(3, 9));

        Fact(p).IsLateAt(At(3, 11, 9)).ShouldBeFalse();
        Fact(p).IsLateAt(At(3, 11, 10)).ShouldBeTrue();
    }

    [Fact]
    public void An_answer_given_after_the_period_is_judged_by_where_it_stood_at_the_periods_end()
    {
        var p = AnsweredAt(At(3, 2), At(3, 20));
        var fact = Fact(p);

        // Due 23/03 09:00: on 16/03 still running in time; on 24/03 it was answered early; as of 20/03 08:00 not yet answered.
        fact.IsLateAt(At(3, 16)).ShouldBeFalse();
        PetitionCounts.Of([fact], At(3, 20, 8)).StillOpen.ShouldBe(1);
        PetitionCounts.Of([fact], At(3, 24)).Answered.ShouldBe(1);

        var unanswered = Fact(Submitted(At(3, 2)));
        unanswered.IsLateAt(At(3, 23, 9)).ShouldBeFalse();
        unanswered.IsLateAt(At(3, 23, 10)).ShouldBeTrue();
    }
}
