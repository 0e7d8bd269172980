using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Notifications;
using MotCua.Modules.Workflows;

namespace MotCua.UnitTests.Dossiers.Lifecycle;

public sealed class DossierLifecycleTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Desk = new(null, "Trần Thị Bình", null);

    [Fact]
    public void Handlers_are_told_of_each_new_event_in_history_order_and_by_their_order_number()
    {
        var calls = new List<string>();
        var handlers = DossierLifecycle.InOrder([new Recorder("metrics", 300, calls), new Recorder("applicant", 100, calls), new Recorder("inbox", 200, calls)]);
        var dossier = Accepted();

        DossierLifecycle.Follow(dossier, handlers, NoNotice);

        calls.ShouldBe([
            "applicant Submit", "inbox Submit", "metrics Submit",
            "applicant Accept", "inbox Accept", "metrics Accept",
        ]);
    }

    [Fact]
    public void An_event_is_told_once_however_often_the_dossier_is_staged()
    {
        var calls = new List<string>();
        IReadOnlyList<IDossierLifecycleHandler> handlers = [new Recorder("applicant", 100, calls)];
        var dossier = Accepted();

        DossierLifecycle.Follow(dossier, handlers, NoNotice).Count.ShouldBe(2);
        dossier.RecordAttachment("to-khai.pdf", "Thành phần 1", Monday, Desk);
        var second = DossierLifecycle.Follow(dossier, handlers, NoNotice);
        DossierLifecycle.Follow(dossier, handlers, NoNotice).ShouldBeEmpty();

        second.Select(e => e.Action).ShouldBe([DossierAction.Attach]);
        calls.ShouldBe(["applicant Submit", "applicant Accept", "applicant Attach"]);
        dossier.NewEvents.ShouldAllBe(e => e.IsFollowed);
    }

    [Fact]
    public void A_change_carries_the_status_before_and_after_its_event_and_the_dossier_as_the_unit_of_work_leaves_it()
    {
        var changes = new List<DossierChange>();
        var dossier = Accepted();
        dossier.RecordPayment(DossierAction.PaymentRequested, "50.000 đồng", Monday, Desk);

        DossierLifecycle.Follow(dossier, [new Collector(changes)], NoNotice);

        changes.Select(c => (c.Action, c.StatusBefore, c.StatusAfter)).ShouldBe([
            (DossierAction.Submit, null, DossierStatus.Submitted),
            (DossierAction.Accept, DossierStatus.Submitted, DossierStatus.Received),
            (DossierAction.PaymentRequested, DossierStatus.Received, DossierStatus.Received),
        ]);
        changes.Select(c => c.Sequence).ShouldBe([1, 2, 3]);
        changes.ShouldAllBe(c => c.DossierId == dossier.Id && c.Code == dossier.Code && c.Channel == SubmissionChannel.Online);
    }

    [Fact]
    public void The_notice_is_worked_out_once_per_event_with_the_events_staged_together()
    {
        var seen = new List<(DossierAction Action, int Batch)>();
        var changes = new List<DossierChange>();
        var dossier = Accepted();

        DossierLifecycle.Follow(dossier, [new Collector(changes)], (_, e, batch) =>
        {
            seen.Add((e.Action, batch.Count));
            return new ApplicantNotice(MessageKind.DossierReceived, "Tiếp nhận", "Đã tiếp nhận", null, null, "ref");
        });

        seen.ShouldBe([(DossierAction.Submit, 2), (DossierAction.Accept, 2)]);
        changes.ShouldAllBe(c => c.Notice != null && c.Notice.Subject == "Tiếp nhận");
    }

    [Fact]
    public void Two_handlers_with_the_same_order_number_are_refused()
    {
        var calls = new List<string>();

        Should.Throw<InvalidOperationException>(() => DossierLifecycle.InOrder([new Recorder("a", 100, calls), new Recorder("b", 100, calls)]))
            .Message.ShouldContain("share the order 100");
    }

    [Fact]
    public void A_submission_accepted_in_the_same_unit_of_work_is_told_only_of_its_receipt()
    {
        var dossier = Accepted();
        var batch = dossier.NewEvents;

        ApplicantNotices.IsSupersededByReceipt(batch[0], batch).ShouldBeTrue();
        ApplicantNotices.IsSupersededByReceipt(batch[1], batch).ShouldBeFalse();
        ApplicantNotices.IsSupersededByReceipt(batch[0], [batch[0]]).ShouldBeFalse("accepted later, in another unit of work, the submission was told when it happened");
    }

    [Fact]
    public void Every_workflow_action_is_recorded_under_its_own_name()
    {
        Enum.GetValues<WorkflowAction>().Select(a => a.Recorded().ToString()).ShouldBe(Enum.GetNames<WorkflowAction>());
    }

    private static ApplicantNotice? NoNotice(Dossier dossier, DossierEvent e, IReadOnlyList<DossierEvent> batch) => null;

    private static Dossier Accepted()
    {
        var procedure = new PublishedProcedure(
            Guid.CreateVersion7(), "1.010807", "Giải quyết chế độ mai táng phí", "NCC", "Người có công", true,
            new ProcessingTime(10, DeadlineUnit.WorkingDays, new TimeOnly(15, 0)), SubmissionChannels.Online, OnlineServiceLevel.Full, "Quyết định",
            [new PublishedComponent(1, "Tờ khai", DocumentForm.Original, 1, true, false, null)], [], [], null, EFormDefinition.Empty);
        var dossier = Dossier.Submit(
            procedure, Guid.CreateVersion7(), new Applicant { Kind = ApplicantKind.Individual, Name = "Phạm Thị Mai", IdentityNumber = "001095012399", Address = "Thôn Nam" },
            SubmissionChannel.Online, ReturnMethod.Counter, [new SubmittedComponent { Position = 1, Name = "Tờ khai", IsRequired = true, Provided = true }], 1, Monday, Desk);
        dossier.Accept(DossierCode.Create("H99.50", new DateOnly(2026, 3, 2), 1, DossierCodeFormat.Tt03_2025), 1, Monday, Monday.AddDays(14), Desk);
        return dossier;
    }

    private sealed class Recorder(string name, int order, List<string> calls) : IDossierLifecycleHandler
    {
        public int Order => order;

        public void Handle(DossierChange change) => calls.Add($"{name} {change.Action}");
    }

    private sealed class Collector(List<DossierChange> changes) : IDossierLifecycleHandler
    {
        public int Order => 100;

        public void Handle(DossierChange change) => changes.Add(change);
    }
}
