using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Queue.Data;

/// <summary>Where a ticket stands.</summary>
internal enum TicketStatus
{
    /// <summary>Issued, waiting to be called.</summary>
    Waiting = 1,

    /// <summary>Called to a counter and being served.</summary>
    Called = 2,

    /// <summary>Served.</summary>
    Done = 3,

    /// <summary>Called, but the visitor did not come.</summary>
    NoShow = 4,
}

/// <summary>
/// A queue ticket (số thứ tự) taken at the kiosk: waiting time runs from <see cref="IssuedAt"/> to <see cref="CalledAt"/>,
/// service time from <see cref="CalledAt"/> to <see cref="FinishedAt"/>. No personal data: the visitor is a number.
/// </summary>
internal sealed class QueueTicket
{
    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid GroupId { get; private set; }

    /// <summary>The local (UTC+7) day the ticket belongs to; numbers start again each day.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>The number within the group and day, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>As printed and called: the group's letter and the number, e.g. A007.</summary>
    public string Label { get; private set; } = "";

    public DateTime IssuedAt { get; private set; }

    public TicketStatus Status { get; private set; }

    public DateTime? CalledAt { get; private set; }

    public Guid? CalledById { get; private set; }

    public string? CalledByName { get; private set; }

    /// <summary>The counter (quầy) the ticket was called to, as the officer named it.</summary>
    public string? Counter { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>Changes with every change; two officers calling at once cannot both take the same ticket.</summary>
    public Guid Version { get; private set; }

    public static QueueTicket Issue(QueueServiceGroup group, DateOnly day, int number, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        AgencyId = group.AgencyId,
        GroupId = group.Id,
        Day = day,
        Number = number,
        Label = $"{group.Letter}{number:000}",
        IssuedAt = now,
        Status = TicketStatus.Waiting,
        Version = Guid.NewGuid(),
    };

    /// <summary>Calls the waiting ticket to a counter.</summary>
    public void Call(Guid officerId, string officerName, string counter, DateTime now)
    {
        Status = TicketStatus.Called;
        CalledAt = now;
        CalledById = officerId;
        CalledByName = officerName;
        Counter = counter;
        Version = Guid.NewGuid();
    }

    /// <summary>Ends the called ticket: served, or the visitor did not come.</summary>
    public void Finish(bool served, DateTime now)
    {
        Status = served ? TicketStatus.Done : TicketStatus.NoShow;
        FinishedAt = now;
        Version = Guid.NewGuid();
    }
}

internal sealed class QueueTicketConfiguration : IEntityTypeConfiguration<QueueTicket>
{
    public void Configure(EntityTypeBuilder<QueueTicket> builder)
    {
        builder.ToTable("QueueTickets");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Label).HasMaxLength(10);
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.CalledByName).HasMaxLength(256);
        builder.Property(t => t.Counter).HasMaxLength(QueueDesk.CounterMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        // Numbers are unique per group and day: two kiosks issuing at once cannot print the same number.
        builder.HasIndex(t => new { t.GroupId, t.Day, t.Number }).IsUnique();
        // The day's queue of an agency, oldest first (calling the next, the display, the day's figures).
        builder.HasIndex(t => new { t.AgencyId, t.Day, t.Status, t.IssuedAt });
        builder.HasOne<QueueServiceGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
