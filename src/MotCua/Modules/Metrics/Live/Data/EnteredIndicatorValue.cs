using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Metrics.Live.Data;

/// <summary>
/// The tử số and mẫu số of a Bộ chỉ số 766 chỉ số whose data lives outside MotCua (1.4, 4.4, 4.5a, 4.5b, 4.6:
/// <c>IndicatorDefinition.IsEntered</c>), entered for one agency and one kỳ báo cáo with the evidence file (ADR-054). An entry
/// is never changed: a correction adds a new row and marks the one it replaces (<see cref="ReplacedAt"/>), so the history stays.
/// </summary>
internal sealed class EnteredIndicatorValue
{
    public const int IndicatorLength = 20;

    public const int NoteLength = 1000;

    public const int FileNameLength = 255;

    private EnteredIndicatorValue()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string IndicatorId { get; private set; } = "";

    /// <summary>First local day of the kỳ báo cáo.</summary>
    public DateOnly PeriodFirst { get; private set; }

    /// <summary>Last local day of the kỳ báo cáo (included).</summary>
    public DateOnly PeriodLast { get; private set; }

    public decimal Numerator { get; private set; }

    public decimal Denominator { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The evidence file's key in the Metrics file store.</summary>
    public string EvidenceKey { get; private set; } = "";

    public string EvidenceFileName { get; private set; } = "";

    /// <summary>The type detected from the content on upload (PDF, JPEG, PNG), never the uploader's claim.</summary>
    public string EvidenceContentType { get; private set; } = "";

    public string EvidenceSha256 { get; private set; } = "";

    public Guid? EnteredById { get; private set; }

    public string EnteredByName { get; private set; } = "";

    public DateTime EnteredAt { get; private set; }

    /// <summary>When a later entry for the same agency, chỉ số and period replaced this one; null while it is the one in force.</summary>
    public DateTime? ReplacedAt { get; private set; }

    public static EnteredIndicatorValue Enter(
        Guid agencyId, string indicatorId, DateOnly first, DateOnly last, decimal numerator, decimal denominator, string? note,
        string evidenceKey, string evidenceFileName, string evidenceContentType, string evidenceSha256, Guid? byId, string byName, DateTime at)
    {
        // Mô tả công thức 766: a ratio of counts, tử số part of mẫu số (checked by the form before; here a programming error).
        if (numerator < 0 || denominator < 0 || numerator > denominator)
        {
            throw new ArgumentException("The numerator must be between 0 and the denominator.", nameof(numerator));
        }

        return new EnteredIndicatorValue
        {
            Id = Guid.CreateVersion7(), AgencyId = agencyId, IndicatorId = indicatorId, PeriodFirst = first, PeriodLast = last,
            Numerator = numerator, Denominator = denominator, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            EvidenceKey = evidenceKey, EvidenceFileName = evidenceFileName, EvidenceContentType = evidenceContentType, EvidenceSha256 = evidenceSha256,
            EnteredById = byId, EnteredByName = byName, EnteredAt = at,
        };
    }

    /// <summary>Marks the entry as replaced by a later one entered at <paramref name="at"/>.</summary>
    public void ReplaceAt(DateTime at) => ReplacedAt ??= at;
}

internal sealed class EnteredIndicatorValueConfiguration : IEntityTypeConfiguration<EnteredIndicatorValue>
{
    public void Configure(EntityTypeBuilder<EnteredIndicatorValue> builder)
    {
        builder.ToTable("EnteredIndicatorValues");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.IndicatorId).HasMaxLength(EnteredIndicatorValue.IndicatorLength);
        builder.Property(e => e.Numerator).HasPrecision(18, 2);
        builder.Property(e => e.Denominator).HasPrecision(18, 2);
        builder.Property(e => e.Note).HasMaxLength(EnteredIndicatorValue.NoteLength);
        builder.Property(e => e.EvidenceKey).HasMaxLength(200);
        builder.Property(e => e.EvidenceFileName).HasMaxLength(EnteredIndicatorValue.FileNameLength);
        builder.Property(e => e.EvidenceContentType).HasMaxLength(100);
        builder.Property(e => e.EvidenceSha256).HasMaxLength(64);
        builder.Property(e => e.EnteredByName).HasMaxLength(200);
        builder.HasIndex(e => new { e.AgencyId, e.PeriodFirst, e.PeriodLast, e.IndicatorId }).HasDatabaseName("IX_EnteredIndicatorValues_Agency_Period");
    }
}
