using System.Security.Claims;
using MotCua.Common.Errors;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Workflows;
using MotCua.UnitTests.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers.Processing;

/// <summary>The process engine over an in-memory dossier: steps, refusal, consultation and liên thông hand-overs.</summary>
public sealed class ProcessEngineTests
{
    private static readonly Guid Commune = Guid.CreateVersion7();
    private static readonly Guid DepartmentA = Guid.CreateVersion7();
    private static readonly Guid DepartmentB = Guid.CreateVersion7();
    private static readonly Guid CommuneUnit = Guid.CreateVersion7();
    private static readonly Guid ConsultedUnit = Guid.CreateVersion7();
    private static readonly DateTime Monday = Clock.At(2026, 3, 2, 9, 0).UtcDateTime;

    [Fact]
    public void A_refusal_proposed_at_appraisal_becomes_the_outcome_when_the_last_step_signs()
    {
        var work = Work(Process(Commune, Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.ProposeRefusal, 1), (WorkflowAction.Forward, 1)),
            Step("Ký", Roles.AgencyLeader, null, (WorkflowAction.IssueResult, null), (WorkflowAction.SendBack, 0))));
        Act(work, System(Commune), DossierCommand.ProposeRefusal, "Không đủ điều kiện hưởng.");

        Act(work, System(Commune), DossierCommand.IssueResult, null);

        work.Dossier.Status.ShouldBe(DossierStatus.Done);
        work.Dossier.Outcome.ShouldBe(DossierOutcome.Refused);
        work.Dossier.ResultSummary.ShouldBe("Không đủ điều kiện hưởng.");
    }

    [Fact]
    public void Sending_back_drops_a_refusal_proposed_on_the_way()
    {
        var work = Work(Process(Commune, Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.ProposeRefusal, 1), (WorkflowAction.Forward, 1)),
            Step("Ký", Roles.AgencyLeader, null, (WorkflowAction.IssueResult, null), (WorkflowAction.SendBack, 0))));
        Act(work, System(Commune), DossierCommand.ProposeRefusal, "Thiếu xác nhận.");

        Act(work, System(Commune), DossierCommand.SendBack, "Xác minh lại.");

        work.Dossier.ProposedRefusal.ShouldBeNull();
        Open(work).Single().Name.ShouldBe("Thẩm định");
        ShouldThrowRule(() => Act(work, System(Commune), DossierCommand.IssueResult, null), "CommandNotAllowedNow");
    }

    [Fact]
    public void A_result_without_a_summary_is_refused()
    {
        var work = Work(Process(Commune, Step("Giải quyết", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null))));

        ShouldThrowRule(() => Act(work, System(Commune), DossierCommand.IssueResult, null), "ResultNeedsSummary");
        work.Dossier.Status.ShouldBe(DossierStatus.Processing);
    }

    [Fact]
    public void Parallel_hand_over_opens_every_agencys_first_step_and_the_host_waits_for_all()
    {
        var work = Work(
            Process(Commune, Step("Chuyển liên thông", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null)) with { HandOverAgencyIds = [DepartmentA, DepartmentB], HandOverInParallel = true }),
            Process(DepartmentA, Step("Sở A giải quyết", Roles.Specialist, null, (WorkflowAction.IssueResult, null))),
            Process(DepartmentB, Step("Sở B giải quyết", Roles.Specialist, null, (WorkflowAction.IssueResult, null))));

        Open(work).Select(t => t.AgencyId).ShouldBe([Commune, DepartmentA, DepartmentB], ignoreOrder: true);
        ShouldThrowRule(() => Act(work, System(Commune), DossierCommand.IssueResult, "Trả kết quả"), "CommandNotAllowedNow");

        Act(work, System(DepartmentA), DossierCommand.IssueResult, "Phần của Sở A");
        ShouldThrowRule(() => Act(work, System(Commune), DossierCommand.IssueResult, "Trả kết quả"), "CommandNotAllowedNow");
        Act(work, System(DepartmentB), DossierCommand.IssueResult, "Phần của Sở B");

        Act(work, System(Commune), DossierCommand.IssueResult, "Trả kết quả");
        work.Dossier.Status.ShouldBe(DossierStatus.Done);
    }

    [Fact]
    public void Sequential_hand_over_starts_the_next_agency_only_when_the_previous_has_finished()
    {
        var work = Work(
            Process(Commune, Step("Chuyển liên thông", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null)) with { HandOverAgencyIds = [DepartmentA, DepartmentB] }),
            Process(DepartmentA, Step("Sở A giải quyết", Roles.Specialist, null, (WorkflowAction.IssueResult, null))),
            Process(DepartmentB, Step("Sở B giải quyết", Roles.Specialist, null, (WorkflowAction.IssueResult, null))));

        Open(work).Select(t => t.AgencyId).ShouldBe([Commune, DepartmentA], ignoreOrder: true);
        Act(work, System(DepartmentA), DossierCommand.IssueResult, "Phần của Sở A");

        Open(work).Select(t => t.AgencyId).ShouldBe([Commune, DepartmentB], ignoreOrder: true);
        Act(work, System(DepartmentB), DossierCommand.IssueResult, "Phần của Sở B");
        Open(work).Single().AgencyId.ShouldBe(Commune);
    }

    [Fact]
    public void A_hand_over_to_an_agency_without_an_approved_process_is_refused()
    {
        ShouldThrowRule(
            () => Work(Process(Commune, Step("Chuyển liên thông", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null)) with { HandOverAgencyIds = [DepartmentA] })),
            "HandOverAgencyHasNoProcess");
    }

    [Fact]
    public void When_the_last_reply_is_in_the_dossier_moves_to_the_step_the_consultation_leads_to()
    {
        var appraise = Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.Consult, 1)) with
        {
            Consultations = [new Consultation(ConsultedUnit, 2, DeadlineUnit.WorkingDays)],
        };
        var work = Work(Process(Commune, appraise, Step("Ký", Roles.AgencyLeader, null, (WorkflowAction.IssueResult, null))));
        Act(work, System(Commune), DossierCommand.Consult, null);
        var consultation = Open(work).Single(t => t.Kind == DossierTaskKind.Consultation);
        // Asked on Monday 02/3 at 10:00 with two working days to reply.
        consultation.DueAt.ShouldBe(Clock.At(2026, 3, 4, 10, 0).UtcDateTime);

        var officer = Officer(Commune, ConsultedUnit, Roles.Specialist);
        ProcessEngine.Available(work, officer).ShouldBe([new AvailableCommand(DossierCommand.Reply, consultation.Id)]);
        ProcessEngine.Execute(work, officer, new DossierCommandInput(DossierCommand.Reply, consultation.Id, Comment: "Thống nhất."), Monday.AddHours(1));

        Open(work).Single().Name.ShouldBe("Ký");
    }

    [Fact]
    public void A_step_task_is_due_after_its_own_allotment_in_working_time()
    {
        var work = Work(Process(Commune, Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null)) with { AllotmentAmount = 3 }));

        // Thứ Hai 02/3/2026 09:00 + 3 working days = Thứ Năm 05/3 09:00.
        Open(work).Single().DueAt.ShouldBe(Clock.At(2026, 3, 5, 9, 0).UtcDateTime);
    }

    [Fact]
    public void An_officer_acts_only_on_the_steps_of_their_agency_unit_and_role()
    {
        var work = Work(Process(Commune, Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null))));
        var task = Open(work).Single();

        ProcessEngine.Available(work, Officer(Commune, CommuneUnit, Roles.Specialist)).ShouldContain(new AvailableCommand(DossierCommand.IssueResult, task.Id));
        ProcessEngine.Available(work, Officer(Commune, ConsultedUnit, Roles.Specialist)).ShouldNotContain(c => c.TaskId == task.Id);
        ProcessEngine.Available(work, Officer(Commune, CommuneUnit, Roles.UnitLeader)).Where(c => c.TaskId == task.Id).ShouldBe([new AvailableCommand(DossierCommand.Assign, task.Id)]);
        ProcessEngine.Available(work, Officer(DepartmentA, CommuneUnit, Roles.Specialist)).ShouldBeEmpty();
    }

    [Fact]
    public void A_leader_hands_a_step_only_to_an_officer_of_its_unit_and_role()
    {
        var work = Work(Process(Commune, Step("Thẩm định", Roles.Specialist, CommuneUnit, (WorkflowAction.IssueResult, null))));
        var task = Open(work).Single();
        var leader = Officer(Commune, CommuneUnit, Roles.UnitLeader);
        var fit = new AssignableOfficer(Guid.CreateVersion7(), "Nguyễn Thị Tám", Commune, CommuneUnit, new HashSet<string> { Roles.Specialist });
        var otherUnit = fit with { Id = Guid.CreateVersion7(), UnitId = ConsultedUnit };
        var otherRole = fit with { Id = Guid.CreateVersion7(), Roles = new HashSet<string> { Roles.CounterOfficer } };
        foreach (var officer in new[] { fit, otherUnit, otherRole })
        {
            work.Officers[officer.Id] = officer;
        }

        ProcessEngine.Available(work, Officer(Commune, CommuneUnit, Roles.Specialist)).ShouldNotContain(new AvailableCommand(DossierCommand.Assign, task.Id));
        foreach (var refused in new[] { otherUnit, otherRole })
        {
            ShouldThrowRule(() => ProcessEngine.Execute(work, leader, new DossierCommandInput(DossierCommand.Assign, task.Id, AssigneeId: refused.Id), Monday), "AssigneeCannotHoldStep");
        }

        ProcessEngine.Execute(work, leader, new DossierCommandInput(DossierCommand.Assign, task.Id, AssigneeId: fit.Id), Monday);
        task.AssigneeId.ShouldBe(fit.Id);
        ProcessEngine.Available(work, Officer(Commune, CommuneUnit, Roles.Specialist)).ShouldNotContain(c => c.TaskId == task.Id && c.Command == DossierCommand.IssueResult);
    }

    private static DossierWork Work(params InternalProcess[] processes)
    {
        var procedure = new PublishedProcedure(
            Guid.CreateVersion7(), "1.010807", "Giải quyết chế độ mai táng phí", "NCC", "Người có công", true,
            new ProcessingTime(10, DeadlineUnit.WorkingDays, new TimeOnly(15, 0)), SubmissionChannels.Direct, OnlineServiceLevel.Full, "Quyết định",
            [new PublishedComponent(1, "Tờ khai", DocumentForm.Original, 1, true, false, null)], [], [], null, MotCua.Modules.Catalog.EFormDefinition.Empty);
        var actor = new Actor(null, "Hệ thống thử", null);
        var dossier = Dossier.Submit(
            procedure, Commune, new Applicant { Kind = ApplicantKind.Individual, Name = "Phạm Thị Mai", IdentityNumber = "001095012399", Address = "Thôn Nam" },
            SubmissionChannel.Direct, ReturnMethod.Counter, [new SubmittedComponent { Position = 1, Name = "Tờ khai", IsRequired = true, Provided = true }], 1, Monday, actor);
        dossier.Accept(DossierCode.Create("H99.50", new DateOnly(2026, 3, 2), 1, DossierCodeFormat.Tt03_2025), 1, Monday, Clock.At(2026, 3, 16, 9, 0).UtcDateTime, actor);
        var work = new DossierWork
        {
            Dossier = dossier,
            Tasks = [],
            Processes = processes.ToDictionary(p => p.Id),
            InForce = processes.ToDictionary(p => p.AgencyId),
            CalendarOf = _ => Clock.Year2026,
            AgencyName = id => id == Commune ? "UBND xã" : "Sở",
            HolderName = (id, unit) => unit is null ? "Lãnh đạo" : "Phòng",
            Policy = DossierTimePolicy.Default,
        };
        ProcessEngine.Start(work, Commune, actor, Monday);
        return work;
    }

    private static void Act(DossierWork work, Performer who, DossierCommand command, string? comment)
    {
        var task = ProcessEngine.Available(work, who).FirstOrDefault(a => a.Command == command)?.TaskId ?? Guid.Empty;
        // A result that ends the process carries its number and date (Dossier.Finish); the other commands ignore them.
        ProcessEngine.Execute(work, who, new DossierCommandInput(command, task, Comment: comment, ResultNumber: "1/QĐ-UBND", ResultDate: DateOnly.FromDateTime(Monday)), Monday.AddHours(1));
    }

    private static List<DossierTask> Open(DossierWork work) => [.. work.OpenTasks];

    private static InternalProcess Process(Guid agency, params ProcessStep[] steps)
    {
        // Steps name their targets by position; the ids are assigned here.
        var ids = steps.Select(_ => Guid.CreateVersion7()).ToList();
        var resolved = steps.Select((s, i) => s with
        {
            Id = ids[i],
            Order = i + 1,
            Transitions = [.. s.Transitions.Select(t => t with { NextStepId = t.NextStepId is { } n ? ids[(int)n.ToByteArray()[0]] : null })],
        }).ToList();
        return new InternalProcess(Guid.CreateVersion7(), Guid.CreateVersion7(), agency, 1, "1/QĐ", new DateOnly(2026, 1, 5), ids[0], resolved);
    }

    private static ProcessStep Step(string name, string role, Guid? unit, params (WorkflowAction Action, int? Next)[] transitions) =>
        new(Guid.Empty, 0, name, unit, role, 2, DeadlineUnit.WorkingDays,
            [.. transitions.Select(t => new StepTransition(t.Action, t.Next is { } n ? new Guid([(byte)n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) : null))], [], [], false);

    private static Performer System(Guid agency) =>
        new(new Actor(null, "Hệ thống liên thông", null), new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.ServiceAccount)], "ApiKey")), new Scope(agency, null, serviceAccount: true));

    private static Performer Officer(Guid agency, Guid unit, string role) =>
        new(new Actor(Guid.CreateVersion7(), "Cán bộ", null), new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "Cookies")), new Scope(agency, unit, serviceAccount: false));

    private static void ShouldThrowRule(Action action, string rule) => Should.Throw<BusinessRuleException>(action).Rule.ShouldBe(rule);

    private sealed class Scope(Guid agency, Guid? unit, bool serviceAccount) : IAgencyScope
    {
        public bool IsStaff => !serviceAccount;

        public bool IsServiceAccount => serviceAccount;

        public Guid? AgencyId => agency;

        public Guid? UnitId => unit;

        public bool IsProvinceWide => false;

        public bool CanAccessAgency(Guid agencyId) => agencyId == agency;
    }
}
