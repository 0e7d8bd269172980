using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Errors;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Workflows.Data;

/// <summary>Where a version of an internal process stands.</summary>
internal enum ProcessStatus
{
    /// <summary>Dự thảo: being prepared; the only editable state.</summary>
    Draft,

    /// <summary>Đã phê duyệt: in force for new dossiers of its procedure version at its agency.</summary>
    Approved,

    /// <summary>Replaced by a later approved version; dossiers that started under it keep it.</summary>
    Superseded,
}

/// <summary>
/// One version of an internal process as stored: the steps are one JSON document (ADR-010), since a version is always
/// read and written whole and never changes after approval. Changes go through the named methods only.
/// </summary>
internal sealed class ProcessDefinition
{
    public const int DecisionNumberMaxLength = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ProcessDefinition()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcedureVersionId { get; private set; }

    public Guid AgencyId { get; private set; }

    public Agency? Agency { get; private set; }

    public int Version { get; private set; }

    public ProcessStatus Status { get; private set; }

    public string? DecisionNumber { get; private set; }

    public DateOnly? DecisionDate { get; private set; }

    public Guid FirstStepId { get; private set; }

    public string StepsJson { get; private set; } = "[]";

    /// <summary>Incremented by every change; a form loaded with another value is stale (ADR-007, ADR-010).</summary>
    public int Revision { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public DateTime? SupersededAtUtc { get; private set; }

    public IReadOnlyList<ProcessStep> Steps => JsonSerializer.Deserialize<List<ProcessStep>>(StepsJson, Json) ?? [];

    /// <summary>A new draft with the given steps (the first one in order is where dossiers start).</summary>
    public static ProcessDefinition CreateDraft(
        Guid procedureVersionId, Guid agencyId, int version, IReadOnlyList<ProcessStep> steps, string by, DateTime atUtc)
    {
        var process = new ProcessDefinition
        {
            Id = Guid.CreateVersion7(),
            ProcedureVersionId = procedureVersionId,
            AgencyId = agencyId,
            Version = version,
            Status = ProcessStatus.Draft,
            CreatedBy = by,
            CreatedAtUtc = atUtc,
        };
        process.SetSteps(steps);
        return process;
    }

    /// <summary>Replaces the steps of a draft.</summary>
    public void ReviseSteps(IReadOnlyList<ProcessStep> steps, string by, DateTime atUtc)
    {
        ApprovedVersionsAreImmutable();
        SetSteps(steps);
        UpdatedBy = by;
        UpdatedAtUtc = atUtc;
        Revision++;
    }

    /// <summary>Approves the draft by a decision; <paramref name="previous"/>, the version in force until now, is superseded.</summary>
    public void Approve(string decisionNumber, DateOnly decisionDate, ProcessDefinition? previous, string by, DateTime atUtc)
    {
        ApprovedVersionsAreImmutable();
        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            throw BusinessRuleException.Of<WorkflowsText>(nameof(Approve));
        }

        if (previous is not null)
        {
            previous.Supersede(atUtc);
        }

        Status = ProcessStatus.Approved;
        DecisionNumber = decisionNumber.Trim();
        DecisionDate = decisionDate;
        ApprovedBy = by;
        ApprovedAtUtc = atUtc;
        Revision++;
    }

    public InternalProcess ToInternalProcess() =>
        new(Id, ProcedureVersionId, AgencyId, Version, DecisionNumber ?? "", DecisionDate ?? default, FirstStepId, Steps);

    private void Supersede(DateTime atUtc)
    {
        if (Status != ProcessStatus.Approved)
        {
            throw BusinessRuleException.Of<WorkflowsText>(nameof(Supersede));
        }

        Status = ProcessStatus.Superseded;
        SupersededAtUtc = atUtc;
        Revision++;
    }

    private void SetSteps(IReadOnlyList<ProcessStep> steps)
    {
        var ordered = steps.OrderBy(s => s.Order).ToList();
        StepsJson = JsonSerializer.Serialize(ordered, Json);
        FirstStepId = ordered.Count > 0 ? ordered[0].Id : Guid.Empty;
    }

    // Decision on internal processes: a version a dossier may have pinned never changes; a change is a new version.
    private void ApprovedVersionsAreImmutable()
    {
        if (Status != ProcessStatus.Draft)
        {
            throw BusinessRuleException.Of<WorkflowsText>(nameof(ApprovedVersionsAreImmutable));
        }
    }
}

internal sealed class ProcessDefinitionConfiguration : IEntityTypeConfiguration<ProcessDefinition>
{
    public void Configure(EntityTypeBuilder<ProcessDefinition> builder)
    {
        builder.ToTable("InternalProcesses");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DecisionNumber).HasMaxLength(ProcessDefinition.DecisionNumberMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.Steps);
        builder.HasIndex(p => new { p.ProcedureVersionId, p.AgencyId, p.Version }).IsUnique();
        builder.HasOne(p => p.Agency).WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
