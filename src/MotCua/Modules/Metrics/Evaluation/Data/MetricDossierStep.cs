using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Metrics.Evaluation.Data;

/// <summary>
/// The facts of one step (bước) of a dossier's processing the TT 01/2018 evaluation reads (ADR-058): the agency, unit and
/// officer that held it, when it was received and handed on, its due and its verdict (chỉ số 2). Written with every save
/// that changes the dossier's tasks, in its transaction; never read to be written.
/// </summary>
internal sealed class MetricDossierStep
{
    private MetricDossierStep()
    {
    }

    public Guid TaskId { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>The responsible unit (phòng); null for the agency's leadership.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>The officer who handed the step on, else the one it is assigned to; null while it waits in the unit's pool.</summary>
    public Guid? OfficerId { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>Trước hạn / đúng hạn / quá hạn of the closed step against its allotment; null while open.</summary>
    public OnTimeClass? Class { get; private set; }

    public static MetricDossierStep Of(DossierStepFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new MetricDossierStep
        {
            TaskId = figures.TaskId,
            DossierId = figures.DossierId,
            AgencyId = figures.AgencyId,
            UnitId = figures.UnitId,
            OfficerId = figures.OfficerId,
            ReceivedAt = figures.ReceivedAt,
            DueAt = figures.DueAt,
            ClosedAt = figures.ClosedAt,
            Class = figures.Class,
        };
    }

    /// <summary>The figures the row holds.</summary>
    public DossierStepFigures Figures() => new(TaskId, DossierId, AgencyId, UnitId, OfficerId, ReceivedAt, DueAt, ClosedAt, Class);
}

internal sealed class MetricDossierStepConfiguration : IEntityTypeConfiguration<MetricDossierStep>
{
    public void Configure(EntityTypeBuilder<MetricDossierStep> builder)
    {
        builder.ToTable("MetricDossierSteps");
        builder.HasKey(s => s.TaskId);
        builder.Property(s => s.TaskId).ValueGeneratedNever();
        builder.Property(s => s.Class).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(s => s.DossierId);
        builder.HasIndex(s => new { s.AgencyId, s.UnitId, s.OfficerId });
        builder.HasIndex(s => s.OfficerId);
    }
}
