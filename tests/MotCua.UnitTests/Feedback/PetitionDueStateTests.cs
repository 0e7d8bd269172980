using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Inbox;

namespace MotCua.UnitTests.Feedback;

public sealed class PetitionDueStateTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime SoonUntil = Now.AddDays(1);

    [Fact]
    public void A_petition_without_a_running_deadline_has_no_due_state() =>
        PetitionDueStates.Of(null, Now, SoonUntil).ShouldBe(PetitionDueState.None);

    [Fact]
    public void A_deadline_after_the_reminder_window_is_in_time() =>
        PetitionDueStates.Of(SoonUntil.AddTicks(1), Now, SoonUntil).ShouldBe(PetitionDueState.InTime);

    [Fact]
    public void A_deadline_within_the_reminder_window_up_to_its_last_instant_is_due_soon()
    {
        PetitionDueStates.Of(SoonUntil, Now, SoonUntil).ShouldBe(PetitionDueState.DueSoon);
        PetitionDueStates.Of(Now, Now, SoonUntil).ShouldBe(PetitionDueState.DueSoon);
    }

    [Fact]
    public void A_deadline_past_its_instant_is_overdue() =>
        PetitionDueStates.Of(Now.AddTicks(-1), Now, SoonUntil).ShouldBe(PetitionDueState.Overdue);

    [Fact]
    public void The_running_deadline_is_the_publication_once_the_answer_is_approved_and_the_processing_before()
    {
        PetitionDueStates.RunningKind(PetitionStatus.AwaitingPublication).ShouldBe(PetitionDeadlineKind.Publish);
        PetitionDueStates.RunningKind(PetitionStatus.Processing).ShouldBe(PetitionDeadlineKind.Process);
    }
}
