using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Calendar.Data;

/// <summary>An agency's own working week and sessions; agencies without one use <see cref="Rules.WorkingSchedule.Default"/>.</summary>
internal sealed class AgencyWorkingSchedule
{
    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>DayOfWeek numbers, Sunday = 0, e.g. "1,2,3,4,5,6".</summary>
    public string WorkingDays { get; set; } = "";

    /// <summary>Local sessions, e.g. "07:00-11:30,13:30-17:00".</summary>
    public string Sessions { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class AgencyWorkingScheduleConfiguration : IEntityTypeConfiguration<AgencyWorkingSchedule>
{
    public void Configure(EntityTypeBuilder<AgencyWorkingSchedule> builder)
    {
        builder.ToTable("AgencyWorkingSchedules");
        builder.Property(s => s.WorkingDays).HasMaxLength(20);
        builder.Property(s => s.Sessions).HasMaxLength(100);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(s => s.AgencyId).IsUnique();
        builder.HasOne(s => s.Agency).WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}
