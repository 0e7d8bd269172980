using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Errors;

namespace MotCua.Modules.Reports.ControlReports.Data;

/// <summary>Where a periodic control report stands (ADR-059).</summary>
internal enum ControlReportState
{
    /// <summary>Dự thảo: the control officer edits it and may refresh its figures.</summary>
    Draft = 1,

    /// <summary>Trình ký: sent to the agency leader, read-only until approved or returned.</summary>
    Submitted,

    /// <summary>Trả lại: the leader sent it back with a reason; editable again.</summary>
    Returned,

    /// <summary>Đã ký duyệt: read-only for good.</summary>
    Approved,
}

/// <summary>The officer's text sections of the report, by the items of NĐ 63/2010/NĐ-CP Điều 35 khoản 3 (ADR-059).</summary>
internal sealed record ControlReportTexts(
    string? ImpactAssessment, string? Publication, string? Handling, string? Review, string? Difficulties, string? Petitions, string? Communication, string? Other, string? Proposals)
{
    public static ControlReportTexts Empty { get; } = new(null, null, null, null, null, null, null, null, null);

    public IEnumerable<string?> All => [ImpactAssessment, Publication, Handling, Review, Difficulties, Petitions, Communication, Other, Proposals];
}

/// <summary>
/// A periodic report on TTHC control and the one-stop work (báo cáo định kỳ tình hình, kết quả thực hiện kiểm soát TTHC,
/// thực hiện cơ chế một cửa, một cửa liên thông) of one agency, or of the province (<see cref="AgencyId"/> null), for one
/// statutory period. Its figures are frozen as JSON when taken (<see cref="FiguresTakenAt"/>); its text sections are the
/// officer's. Every change replaces <see cref="Revision"/>, so a stale save is refused.
/// </summary>
internal sealed class ControlReport
{
    /// <summary>The longest text of one section.</summary>
    public const int MaxSectionLength = 20_000;

    public const int MaxNumberLength = 50;

    public const int MaxReasonLength = 2000;

    /// <summary>The scope key of the province's own report.</summary>
    public const string ProvinceScope = "province";

    private ControlReport()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The agency's id as text, or <see cref="ProvinceScope"/>: one report per scope and period.</summary>
    public string ScopeKey { get; private set; } = "";

    public Guid? AgencyId { get; private set; }

    /// <summary>The reporting agency's name when the report was created.</summary>
    public string ScopeName { get; private set; } = "";

    /// <summary>The period's key (2026-Q4, 2026-H1, 2026) in the statutory calendar.</summary>
    public string PeriodKey { get; private set; } = "";

    public DateOnly PeriodFirst { get; private set; }

    public DateOnly PeriodLast { get; private set; }

    /// <summary>Số, ký hiệu (e.g. 15/BC-SNV), as the officer writes it.</summary>
    public string? Number { get; private set; }

    public ControlReportState State { get; private set; }

    public string? ImpactAssessment { get; private set; }

    public string? Publication { get; private set; }

    public string? Handling { get; private set; }

    public string? Review { get; private set; }

    public string? Difficulties { get; private set; }

    public string? Petitions { get; private set; }

    public string? Communication { get; private set; }

    public string? Other { get; private set; }

    public string? Proposals { get; private set; }

    /// <summary>The figures as taken (ControlReportFigures as JSON).</summary>
    public string FiguresJson { get; private set; } = "";

    public DateTime FiguresTakenAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public DateTime? ApprovedAt { get; private set; }

    public string? ApprovedByName { get; private set; }

    public string? ReturnReason { get; private set; }

    public Guid Revision { get; private set; }

    public bool IsEditable => State is ControlReportState.Draft or ControlReportState.Returned;

    public ControlReportTexts Texts => new(ImpactAssessment, Publication, Handling, Review, Difficulties, Petitions, Communication, Other, Proposals);

    public static ControlReport Create(Guid? agencyId, string scopeName, string periodKey, DateOnly first, DateOnly last, string figuresJson, DateTime at, string byName)
    {
        var report = new ControlReport
        {
            Id = Guid.CreateVersion7(), AgencyId = agencyId, ScopeKey = agencyId?.ToString() ?? ProvinceScope, ScopeName = scopeName, PeriodKey = periodKey,
            PeriodFirst = first, PeriodLast = last, State = ControlReportState.Draft, CreatedAt = at, CreatedByName = byName,
        };
        report.TakeFigures(figuresJson, at, byName);
        return report;
    }

    public void Edit(string? number, ControlReportTexts texts, DateTime at, string byName)
    {
        MustBeEditable();
        Number = number;
        (ImpactAssessment, Publication, Handling, Review, Difficulties, Petitions, Communication, Other, Proposals) =
            (texts.ImpactAssessment, texts.Publication, texts.Handling, texts.Review, texts.Difficulties, texts.Petitions, texts.Communication, texts.Other, texts.Proposals);
        Touch(at, byName);
    }

    /// <summary>Takes the live figures again (refresh figures), only while the report is a draft.</summary>
    public void RefreshFigures(string figuresJson, DateTime at, string byName)
    {
        MustBeEditable();
        TakeFigures(figuresJson, at, byName);
    }

    /// <summary>Trình ký: the officer sends the draft to the leader.</summary>
    public void Submit(DateTime at, string byName)
    {
        MustBeEditable();
        State = ControlReportState.Submitted;
        Touch(at, byName);
    }

    /// <summary>Ký duyệt: the leader approves a submitted report; it is read-only from now on.</summary>
    public void Approve(DateTime at, string byName)
    {
        MustBe(ControlReportState.Submitted);
        State = ControlReportState.Approved;
        ApprovedAt = at;
        ApprovedByName = byName;
        ReturnReason = null;
        Touch(at, byName);
    }

    /// <summary>Trả lại: the leader sends a submitted report back with a reason.</summary>
    public void Return(string reason, DateTime at, string byName)
    {
        MustBe(ControlReportState.Submitted);
        State = ControlReportState.Returned;
        ReturnReason = reason;
        Touch(at, byName);
    }

    private void TakeFigures(string figuresJson, DateTime at, string byName)
    {
        FiguresJson = figuresJson;
        FiguresTakenAt = at;
        Touch(at, byName);
    }

    private void MustBeEditable()
    {
        if (!IsEditable)
        {
            throw BusinessRuleException.Of<ControlReportText>("NotEditable");
        }
    }

    private void MustBe(ControlReportState state)
    {
        if (State != state)
        {
            throw BusinessRuleException.Of<ControlReportText>("NotSubmitted");
        }
    }

    private void Touch(DateTime at, string byName)
    {
        UpdatedAt = at;
        UpdatedByName = byName;
        Revision = Guid.NewGuid();
    }
}

internal sealed class ControlReportConfiguration : IEntityTypeConfiguration<ControlReport>
{
    public void Configure(EntityTypeBuilder<ControlReport> builder)
    {
        builder.ToTable("ControlReports");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ScopeKey).HasMaxLength(40);
        builder.Property(r => r.ScopeName).HasMaxLength(500);
        builder.Property(r => r.PeriodKey).HasMaxLength(10);
        builder.Property(r => r.Number).HasMaxLength(ControlReport.MaxNumberLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        foreach (var section in new[]
                 {
                     nameof(ControlReport.ImpactAssessment), nameof(ControlReport.Publication), nameof(ControlReport.Handling), nameof(ControlReport.Review),
                     nameof(ControlReport.Difficulties), nameof(ControlReport.Petitions), nameof(ControlReport.Communication), nameof(ControlReport.Other),
                     nameof(ControlReport.Proposals),
                 })
        {
            builder.Property<string?>(section).HasMaxLength(ControlReport.MaxSectionLength);
        }

        builder.Property(r => r.CreatedByName).HasMaxLength(256);
        builder.Property(r => r.UpdatedByName).HasMaxLength(256);
        builder.Property(r => r.ApprovedByName).HasMaxLength(256);
        builder.Property(r => r.ReturnReason).HasMaxLength(ControlReport.MaxReasonLength);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ScopeKey, r.PeriodKey }).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.PeriodFirst });
    }
}
