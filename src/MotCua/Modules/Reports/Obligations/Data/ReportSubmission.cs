using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Reports.Obligations.Data;

/// <summary>
/// One version of an agency's report for an obligation (ADR-060): prepared as a <see cref="SubmissionState.Draft"/> by the
/// agency's officers, then submitted by its leader, which freezes it (instant, who, late or not). A later submission
/// (bổ sung or thay thế) supersedes it; nothing is deleted once submitted, so the history stays. For Biểu 06a the
/// figures the agency reported are its <see cref="ReportSubmissionRow"/>s, stored as reported.
/// </summary>
internal sealed class ReportSubmission
{
    public const int NoteLength = 2000;

    public const int FileNameLength = 255;

    private ReportSubmission()
    {
    }

    public Guid Id { get; private set; }

    public Guid ObligationId { get; private set; }

    /// <summary>1 for the first version of the obligation's report, then 2, 3…</summary>
    public int Sequence { get; private set; }

    public SubmissionState State { get; private set; }

    public SubmissionPurpose Purpose { get; private set; }

    public string? Note { get; private set; }

    public DateTime PreparedAt { get; private set; }

    public string PreparedByName { get; private set; } = "";

    public DateTime? SubmittedAt { get; private set; }

    public Guid? SubmittedById { get; private set; }

    public string? SubmittedByName { get; private set; }

    /// <summary>Submitted at or after the end of the obligation's due day.</summary>
    public bool IsLate { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    /// <summary>The signed file's key in the obligations' file store, or null when none is attached.</summary>
    public string? FileKey { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The type detected from the content on upload (PDF or .docx), never the uploader's claim.</summary>
    public string? FileContentType { get; private set; }

    public string? FileSha256 { get; private set; }

    public List<ReportSubmissionRow> Rows { get; private set; } = [];

    public static ReportSubmission Draft(Guid obligationId, int sequence, SubmissionPurpose purpose, string byName, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(), ObligationId = obligationId, Sequence = sequence, State = SubmissionState.Draft, Purpose = purpose,
        PreparedAt = at, PreparedByName = byName,
    };

    /// <summary>Replaces the draft's purpose, note and rows (the figures as the agency typed them).</summary>
    public void Prepare(SubmissionPurpose purpose, string? note, IReadOnlyList<ReportSubmissionRow> rows, string byName, DateTime at)
    {
        EnsureDraft();
        Purpose = purpose;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Rows.Clear();
        Rows.AddRange(rows);
        PreparedAt = at;
        PreparedByName = byName;
    }

    /// <summary>Attaches the signed file; returns the key of the file it replaces (to remove once saved), or null.</summary>
    public string? Attach(string key, string fileName, string contentType, string sha256)
    {
        EnsureDraft();
        var previous = FileKey;
        (FileKey, FileName, FileContentType, FileSha256) = (key, fileName, contentType, sha256);
        return previous;
    }

    /// <summary>Freezes the draft as submitted at <paramref name="at"/>; late when at or after <paramref name="dueAt"/>.</summary>
    public void Submit(Guid? byId, string byName, DateTime at, DateTime dueAt)
    {
        EnsureDraft();
        State = SubmissionState.Submitted;
        SubmittedAt = at;
        SubmittedById = byId;
        SubmittedByName = byName;
        IsLate = ObligationRules.IsLate(at, dueAt);
    }

    /// <summary>Marks a submitted version as superseded by a later one.</summary>
    public void Supersede(DateTime at)
    {
        if (State == SubmissionState.Submitted)
        {
            State = SubmissionState.Superseded;
            SupersededAt = at;
        }
    }

    // A submitted report is frozen (ADR-060): a change is a new submission, never an edit.
    private void EnsureDraft()
    {
        if (State != SubmissionState.Draft)
        {
            throw new InvalidOperationException("A submitted report is frozen; prepare a new submission instead.");
        }
    }
}

/// <summary>
/// One row of Biểu 06a as the agency reported it: the row's key (the field code when it came from the live table, empty for
/// a row the agency added), its label, and the figures of columns (3) to (13).
/// </summary>
internal sealed class ReportSubmissionRow
{
    public const int KeyLength = 50;

    public const int LabelLength = 300;

    /// <summary>Biểu 06a's numeric columns, (3) to (13).</summary>
    public const int ValueCount = 11;

    private ReportSubmissionRow()
    {
    }

    public Guid Id { get; private set; }

    public Guid SubmissionId { get; private set; }

    public int Position { get; private set; }

    public string RowKey { get; private set; } = "";

    public string Label { get; private set; } = "";

    public long Value3 { get; private set; }

    public long Value4 { get; private set; }

    public long Value5 { get; private set; }

    public long Value6 { get; private set; }

    public long Value7 { get; private set; }

    public long Value8 { get; private set; }

    public long Value9 { get; private set; }

    public long Value10 { get; private set; }

    public long Value11 { get; private set; }

    public long Value12 { get; private set; }

    public long Value13 { get; private set; }

    /// <summary>The figures of columns (3) to (13), in order.</summary>
    public long[] Values => [Value3, Value4, Value5, Value6, Value7, Value8, Value9, Value10, Value11, Value12, Value13];

    public static ReportSubmissionRow Of(int position, string rowKey, string label, IReadOnlyList<long> values)
    {
        if (values.Count != ValueCount || values.Any(v => v < 0))
        {
            throw new ArgumentException("A row of form 06a has 11 figures, none negative.", nameof(values));
        }

        return new ReportSubmissionRow
        {
            Id = Guid.CreateVersion7(), Position = position, RowKey = rowKey, Label = label,
            Value3 = values[0], Value4 = values[1], Value5 = values[2], Value6 = values[3], Value7 = values[4], Value8 = values[5],
            Value9 = values[6], Value10 = values[7], Value11 = values[8], Value12 = values[9], Value13 = values[10],
        };
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.ToTable("ReportSubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Note).HasMaxLength(ReportSubmission.NoteLength);
        builder.Property(s => s.PreparedByName).HasMaxLength(200);
        builder.Property(s => s.SubmittedByName).HasMaxLength(200);
        builder.Property(s => s.FileKey).HasMaxLength(200);
        builder.Property(s => s.FileName).HasMaxLength(ReportSubmission.FileNameLength);
        builder.Property(s => s.FileContentType).HasMaxLength(100);
        builder.Property(s => s.FileSha256).HasMaxLength(64);
        builder.HasIndex(s => new { s.ObligationId, s.Sequence }).IsUnique().HasDatabaseName("IX_ReportSubmissions_Obligation_Sequence");
        builder.HasOne<ReportObligation>().WithMany().HasForeignKey(s => s.ObligationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportSubmissionRowConfiguration : IEntityTypeConfiguration<ReportSubmissionRow>
{
    public void Configure(EntityTypeBuilder<ReportSubmissionRow> builder)
    {
        builder.ToTable("ReportSubmissionRows");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.RowKey).HasMaxLength(ReportSubmissionRow.KeyLength);
        builder.Property(r => r.Label).HasMaxLength(ReportSubmissionRow.LabelLength);
        builder.Ignore(r => r.Values);
        builder.HasIndex(r => r.SubmissionId).HasDatabaseName("IX_ReportSubmissionRows_SubmissionId");
    }
}
