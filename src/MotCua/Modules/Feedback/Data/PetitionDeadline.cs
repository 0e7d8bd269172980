using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Feedback.Data;

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

    public bool IsObligation => PetitionTimeliness.IsObligation(Kind);

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

    /// <summary>Late as seen at <paramref name="at"/> (<see cref="PetitionTimeliness"/>).</summary>
    public bool IsLateAt(DateTime at) => PetitionTimeliness.IsLateAt(Kind, StartAt, DueAt, ClosedAt, Class, at);
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
