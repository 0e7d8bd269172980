using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback.Data;

/// <summary>Which time limit a deadline row measures (ADR-046 §4; defaults in <see cref="FeedbackDeadlineOptions"/>).</summary>
internal enum PetitionDeadlineKind
{
    /// <summary>A refusal within 2 working days of the start; counted only when the PAKN is refused.</summary>
    Refuse = 1,

    /// <summary>The first request to clarify within 5; counted only when one is made.</summary>
    FirstClarification,

    /// <summary>Forwarding to the competent body within 5 (NĐ 20/2008 Điều 9); counted only when it happens.</summary>
    TransferOut,

    /// <summary>Processed within 15: an obligation, late once past its due day while still running.</summary>
    Process,

    /// <summary>Published within 2 of the approval: an obligation.</summary>
    Publish,
}

/// <summary>
/// One time limit that ran for a PAKN at one agency: from its start (submission, transfer, the sender's reply, a reopen) to
/// its due instant, and how it ended — met with an early / on-time / late class, or lapsed because the act it bounds did
/// not happen. Rows are never rewritten once closed, so a changed setting never rewrites history.
/// </summary>
internal sealed class PetitionDeadline
{
    private PetitionDeadline()
    {
    }

    public Guid Id { get; private set; }

    public Guid PetitionId { get; private set; }

    public PetitionDeadlineKind Kind { get; private set; }

    /// <summary>1 for the first row of its kind, then +1 (a transfer, a reply to a clarification, a reopen).</summary>
    public int Round { get; private set; }

    /// <summary>The agency on whose calendar the limit is counted.</summary>
    public Guid AgencyId { get; private set; }

    public DateTime StartAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The class when the act was done; null while running and when it lapsed.</summary>
    public OnTimeClass? Class { get; private set; }

    /// <summary>Reminded of it being due soon / overdue (each sent once).</summary>
    public DateTime? RemindedSoonAt { get; private set; }

    public DateTime? RemindedOverdueAt { get; private set; }

    public bool IsRunning => ClosedAt is null;

    /// <summary>Process and publish must happen; the others only bound an act that may not be needed.</summary>
    public bool IsObligation => Kind is PetitionDeadlineKind.Process or PetitionDeadlineKind.Publish;

    public static PetitionDeadline Open(Guid petitionId, PetitionDeadlineKind kind, int round, Guid agencyId, DateTime start, DateTime due) => new()
    {
        Id = Guid.CreateVersion7(), PetitionId = petitionId, Kind = kind, Round = round, AgencyId = agencyId, StartAt = start, DueAt = due,
    };

    public void Meet(DateTime at, OnTimeClass @class)
    {
        ClosedAt = at;
        Class = @class;
    }

    public void Lapse(DateTime at) => ClosedAt = at;

    public void MarkReminded(bool overdue, DateTime at)
    {
        if (overdue)
        {
            RemindedOverdueAt = at;
        }
        else
        {
            RemindedSoonAt = at;
        }
    }

    /// <summary>Late at <paramref name="at"/>: closed late, or an obligation still running past its due instant.</summary>
    public bool IsLateAt(DateTime at) => Class == OnTimeClass.Late || (IsObligation && IsRunning && at > DueAt);
}

internal sealed class PetitionDeadlineConfiguration : IEntityTypeConfiguration<PetitionDeadline>
{
    public void Configure(EntityTypeBuilder<PetitionDeadline> builder)
    {
        builder.ToTable("PetitionDeadlines");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Class).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(d => new { d.PetitionId, d.Kind, d.Round }).IsUnique();
        // Reminders look for running deadlines by due instant.
        builder.HasIndex(d => new { d.ClosedAt, d.DueAt });
    }
}
