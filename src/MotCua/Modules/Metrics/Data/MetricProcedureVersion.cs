using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Catalog;

namespace MotCua.Modules.Metrics.Data;

/// <summary>
/// The facts of one published (later superseded or abolished) version of a procedure (ADR-049, "Procedure versions"):
/// its field, levels, online service level, fees and publication dates, kept in the transaction of each catalogue
/// change. Dossier facts join it on <see cref="MetricDossier.ProcedureVersionId"/>; its agencies are
/// <see cref="MetricProcedureAgency"/> rows. Rewritten whole, never read to be written.
/// </summary>
internal sealed class MetricProcedureVersion
{
    private MetricProcedureVersion()
    {
    }

    public Guid VersionId { get; private set; }

    public Guid ProcedureId { get; private set; }

    /// <summary>Mã TTHC.</summary>
    public string ProcedureCode { get; private set; } = "";

    /// <summary>The version's number (1, then +1 per amendment).</summary>
    public int VersionNumber { get; private set; }

    /// <summary>Lĩnh vực: its stable code and its name.</summary>
    public string FieldCode { get; private set; } = "";

    public string FieldName { get; private set; } = "";

    /// <summary>Cấp thực hiện: the administrative levels' codes, comma-separated.</summary>
    public string LevelCodes { get; private set; } = "";

    /// <summary>Dịch vụ công trực tuyến toàn trình, một phần, or none (NĐ 42/2022 Điều 11).</summary>
    public OnlineServiceLevel OnlineLevel { get; private set; }

    /// <summary>TTHC có phí, lệ phí (Bộ chỉ số 766, chỉ số 3.5's and 3.6's scope).</summary>
    public bool FeesApply { get; private set; }

    /// <summary>Số Quyết định công bố.</summary>
    public string? DecisionNumber { get; private set; }

    /// <summary>The date the Quyết định công bố was signed (chỉ số 1.1, 1.2).</summary>
    public DateOnly? DecisionDate { get; private set; }

    public DateOnly? EffectiveDate { get; private set; }

    /// <summary>When the version was made public in the catalogue (công khai; chỉ số 1.2 compares it with the decision date).</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The first day it is no longer in force, once a later version or an abolition ends it.</summary>
    public DateOnly? ReplacedOn { get; private set; }

    public DateOnly? AbolitionDecisionDate { get; private set; }

    public DateOnly? AbolitionEffectiveDate { get; private set; }

    public DateTime CapturedAt { get; private set; }

    /// <summary>The row and its agencies' rows holding <paramref name="figures"/>.</summary>
    public static (MetricProcedureVersion Version, IReadOnlyList<MetricProcedureAgency> Agencies) Of(ProcedureVersionFigures figures, DateTime capturedAt)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var row = new MetricProcedureVersion
        {
            VersionId = figures.VersionId, ProcedureId = figures.ProcedureId, ProcedureCode = figures.ProcedureCode, VersionNumber = figures.Number,
            FieldCode = figures.FieldCode, FieldName = figures.FieldName, LevelCodes = figures.LevelCodes, OnlineLevel = figures.OnlineLevel,
            FeesApply = figures.FeesApply, DecisionNumber = figures.DecisionNumber, DecisionDate = figures.DecisionDate, EffectiveDate = figures.EffectiveDate,
            PublishedAt = figures.PublishedAt, ReplacedOn = figures.ReplacedOn, AbolitionDecisionDate = figures.AbolitionDecisionDate,
            AbolitionEffectiveDate = figures.AbolitionEffectiveDate, CapturedAt = capturedAt,
        };
        return (row, [.. figures.Agencies.Select(a => new MetricProcedureAgency(figures.VersionId, a.AgencyId, a.Role))]);
    }

    /// <summary>The figures this row and its agencies' rows hold.</summary>
    public ProcedureVersionFigures Figures(IEnumerable<MetricProcedureAgency> agencies) => new(
        VersionId, ProcedureId, ProcedureCode, VersionNumber, FieldCode, FieldName, LevelCodes, OnlineLevel, FeesApply, DecisionNumber, DecisionDate,
        EffectiveDate, PublishedAt, ReplacedOn, AbolitionDecisionDate, AbolitionEffectiveDate,
        [.. agencies.Where(a => a.VersionId == VersionId).OrderBy(a => a.AgencyId).Select(a => new PublishedVersionAgency(a.AgencyId, a.Role))]);
}

/// <summary>An agency that decides, performs or coordinates a version (<see cref="MetricProcedureVersion"/>): the procedures "under an agency's authority".</summary>
internal sealed class MetricProcedureAgency(Guid versionId, Guid agencyId, AgencyRole role)
{
    public Guid VersionId { get; private set; } = versionId;

    public Guid AgencyId { get; private set; } = agencyId;

    public AgencyRole Role { get; private set; } = role;
}

internal sealed class MetricProcedureVersionConfiguration : IEntityTypeConfiguration<MetricProcedureVersion>
{
    public void Configure(EntityTypeBuilder<MetricProcedureVersion> builder)
    {
        builder.ToTable("MetricProcedureVersions");
        builder.HasKey(v => v.VersionId);
        builder.Property(v => v.VersionId).ValueGeneratedNever();
        builder.Property(v => v.ProcedureCode).HasMaxLength(20);
        builder.Property(v => v.FieldCode).HasMaxLength(20);
        builder.Property(v => v.FieldName).HasMaxLength(300);
        builder.Property(v => v.LevelCodes).HasMaxLength(200);
        builder.Property(v => v.OnlineLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.DecisionNumber).HasMaxLength(100);
        // Bộ chỉ số 766 nhóm 1 reads the versions decided in a period; the field scope reads a field's versions (M0042).
        builder.HasIndex(v => v.DecisionDate);
        builder.HasIndex(v => v.FieldCode);
        builder.HasIndex(v => v.ProcedureCode);
    }
}

internal sealed class MetricProcedureAgencyConfiguration : IEntityTypeConfiguration<MetricProcedureAgency>
{
    public void Configure(EntityTypeBuilder<MetricProcedureAgency> builder)
    {
        builder.ToTable("MetricProcedureAgencies");
        builder.HasKey(a => new { a.VersionId, a.AgencyId });
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.AgencyId);
    }
}
