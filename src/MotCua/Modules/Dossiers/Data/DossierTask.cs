using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>What a piece of work on a dossier is.</summary>
internal enum DossierTaskKind
{
    /// <summary>A step (bước) of an internal process, at the receiving agency or at a liên thông agency.</summary>
    Step = 1,

    /// <summary>A unit consulted by a step (xin ý kiến, phối hợp — NĐ 61/2018 Điều 19 khoản 5).</summary>
    Consultation = 2,
}

/// <summary>
/// One piece of work on a dossier: a step of its internal process, or a consultation a step asked for. Open tasks are
/// the officers' worklists; closed ones are the step log the control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ)
/// is printed from. A task is created when the dossier is handed to it (giao/nhận) and closed by the action that hands
/// the dossier on.
/// </summary>
internal sealed class DossierTask : IDossierStepsSource
{
    private DossierTask()
    {
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>1 for the dossier's first task, then +1 in the order tasks were created.</summary>
    public int Sequence { get; private set; }

    public DossierTaskKind Kind { get; private set; }

    /// <summary>
    /// For a consultation, the step that asked; for a step of a liên thông agency's process, the hand-over step of the
    /// receiving agency's process it works for. Null for steps of the dossier's own process.
    /// </summary>
    public Guid? ParentTaskId { get; private set; }

    /// <summary>The agency whose officers do the work (the receiving agency, or a liên thông agency).</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The internal process version this task belongs to.</summary>
    public Guid ProcessId { get; private set; }

    /// <summary>The step of that process (for a consultation, the step that asked).</summary>
    public Guid StepId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The responsible unit (phòng); null = the agency's leadership.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>Who holds it, as printed on the control sheet: unit and agency names when the task was created.</summary>
    public string HolderName { get; private set; } = "";

    /// <summary>The staff role that acts on it; empty for a consultation (any officer of the consulted unit replies).</summary>
    public string Role { get; private set; } = "";

    /// <summary>The officer it is assigned to; null while it waits in the unit's pool.</summary>
    public Guid? AssigneeId { get; private set; }

    public string? AssigneeName { get; private set; }

    /// <summary>Who handed the dossier over (người giao).</summary>
    public string GivenByName { get; private set; } = "";

    public DateTime ReceivedAt { get; private set; }

    public int AllotmentAmount { get; private set; }

    public DeadlineUnit AllotmentUnit { get; private set; }

    /// <summary>The task's own due instant: the allotment added to <see cref="ReceivedAt"/> in working time.</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>True until the task is closed; kept as a column so worklists read an index.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>
    /// Open, its dossier in processing and no consulted unit or liên thông agency awaited: what the worklists show as the
    /// holder's to act on. Kept by <see cref="MarkActionable"/> whenever the dossier's work is saved (M0018), so a
    /// worklist does not check every task's dossier and sub-tasks.
    /// </summary>
    public bool IsActionable { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public Guid? CompletedById { get; private set; }

    public string? CompletedByName { get; private set; }

    /// <summary>The action that closed the task (a <c>WorkflowAction</c> name, Reply, or a desk action that ended the dossier).</summary>
    public string? Outcome { get; private set; }

    public string? Comment { get; private set; }

    public static DossierTask Open(
        Guid dossierId, int sequence, DossierTaskKind kind, Guid? parentTaskId, Guid agencyId, Guid processId, Guid stepId, string name,
        Guid? unitId, string holderName, string role, int allotmentAmount, DeadlineUnit allotmentUnit, DateTime receivedAt, DateTime dueAt,
        string givenByName, Guid? assigneeId, string? assigneeName) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            Sequence = sequence,
            Kind = kind,
            ParentTaskId = parentTaskId,
            AgencyId = agencyId,
            ProcessId = processId,
            StepId = stepId,
            Name = Truncate(name, 200),
            UnitId = unitId,
            HolderName = Truncate(holderName, 400),
            Role = role,
            AllotmentAmount = allotmentAmount,
            AllotmentUnit = allotmentUnit,
            ReceivedAt = receivedAt,
            DueAt = dueAt,
            GivenByName = Truncate(givenByName, 256),
            AssigneeId = assigneeId,
            AssigneeName = assigneeName,
            IsOpen = true,
        };

    /// <summary>How the task used its allotment (trước hạn / đúng hạn / quá hạn), as of its completion or, while open, <paramref name="asOf"/>.</summary>
    public StepTimingResult Timing(BusinessCalendar calendar, DateTimeOffset asOf, OnTimeGranularity granularity) =>
        StepTiming.Classify(calendar, new StepAllotment(AllotmentAmount, AllotmentUnit), ReceivedAt.AsInstant(), CompletedAt.AsInstant(), asOf, granularity);

    /// <summary>Sets <see cref="IsActionable"/> from the dossier's state and all its tasks (the saved ones and those just opened).</summary>
    public void MarkActionable(DossierStatus dossierStatus, IReadOnlyCollection<DossierTask> tasks) =>
        IsActionable = IsOpen && dossierStatus == DossierStatus.Processing && !tasks.Any(c => c.ParentTaskId == Id && c.IsOpen);

    /// <summary>Nhận xử lý: the officer takes the task from the unit's pool (or a leader reassigns it).</summary>
    public void AssignTo(Guid userId, string name)
    {
        AssigneeId = userId;
        AssigneeName = Truncate(name, 256);
    }

    /// <summary>Closes the task with the action that handed the dossier on.</summary>
    public void Close(DateTime at, Actor actor, string outcome, string? comment)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The task is already closed.");
        }

        IsOpen = false;
        CompletedAt = at;
        CompletedById = actor.UserId;
        CompletedByName = Truncate(actor.Name, 256);
        Outcome = outcome;
        Comment = comment is null ? null : Truncate(comment, 4000);
    }

    private static string Truncate(string value, int max) => value.Length > max ? value[..max] : value;
}

internal sealed class DossierTaskConfiguration : IEntityTypeConfiguration<DossierTask>
{
    /// <summary>The rows of the partial worklist indexes (the same SQL on both providers).</summary>
    public const string OpenFilter = "\"IsOpen\"";

    public void Configure(EntityTypeBuilder<DossierTask> builder)
    {
        builder.ToTable("DossierTasks");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<int>();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.HolderName).HasMaxLength(400);
        builder.Property(t => t.Role).HasMaxLength(40);
        builder.Property(t => t.AssigneeName).HasMaxLength(256);
        builder.Property(t => t.GivenByName).HasMaxLength(256);
        builder.Property(t => t.AllotmentUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CompletedByName).HasMaxLength(256);
        builder.Property(t => t.Outcome).HasMaxLength(40);
        builder.Property(t => t.Comment).HasMaxLength(4000);
        builder.HasIndex(t => new { t.DossierId, t.Sequence }).IsUnique();

        // The worklists read open tasks only, a few percent of the log: partial indexes of the open rows (M0036). A unit's
        // open work by due time; every open task of the agency by due time (its leaders); who holds a task (assignee, role,
        // unit), whether they can act now, its kind and due time, so that a holder's counts and page keys come from the
        // index alone.
        builder.HasIndex(t => new { t.AgencyId, t.UnitId, t.DueAt, t.Id }).HasFilter(OpenFilter).HasDatabaseName("IX_DossierTasks_Open_Unit_DueAt");
        builder.HasIndex(t => new { t.AgencyId, t.DueAt, t.Id }).HasFilter(OpenFilter).HasDatabaseName("IX_DossierTasks_Open_DueAt");
        builder.HasIndex(t => new { t.AgencyId, t.AssigneeId, t.Role, t.UnitId, t.IsActionable, t.Kind, t.DueAt, t.Id })
            .HasFilter(OpenFilter).HasDatabaseName("IX_DossierTasks_Open_Holder");
        builder.HasIndex(t => new { t.ParentTaskId, t.IsOpen });
        builder.HasOne<Dossier>().WithMany().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
