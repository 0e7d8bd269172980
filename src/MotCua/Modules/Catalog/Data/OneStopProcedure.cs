using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// One procedure on an agency's one-stop list (TT 01/2018/TT-VPCP Điều 3–4): whether it is received and returned, or
/// decided, at the agency's Bộ phận Một cửa, and the day the agency declares the procedure was posted (niêm yết) at its
/// premises (NĐ 63/2010 Điều 17). Kept by the agency or the province; one row per agency and procedure, changed in place
/// with who and when (the audit log keeps the history).
/// </summary>
internal sealed class OneStopProcedure
{
    private OneStopProcedure()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid ProcedureId { get; private set; }

    public OneStopHandling Handling { get; private set; }

    /// <summary>The day the procedure's current text was posted at the premises, as the agency declares; null when not posted.</summary>
    public DateOnly? PostedOn { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public string ChangedByName { get; private set; } = "";

    public static OneStopProcedure Add(Guid agencyId, Guid procedureId) => new() { Id = Guid.CreateVersion7(), AgencyId = agencyId, ProcedureId = procedureId };

    /// <summary>Records the agency's declaration; returns whether anything changed.</summary>
    public bool Declare(OneStopHandling handling, DateOnly? postedOn, string by, DateTime at)
    {
        if (Handling == handling && PostedOn == postedOn && ChangedByName.Length > 0)
        {
            return false;
        }

        Handling = handling;
        PostedOn = postedOn;
        ChangedByName = by;
        ChangedAt = at;
        return true;
    }
}

internal sealed class OneStopProcedureConfiguration : IEntityTypeConfiguration<OneStopProcedure>
{
    public void Configure(EntityTypeBuilder<OneStopProcedure> builder)
    {
        builder.ToTable("OneStopProcedures");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Handling).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.ChangedByName).HasMaxLength(200);
        builder.HasIndex(o => new { o.AgencyId, o.ProcedureId }).IsUnique().HasDatabaseName("IX_OneStopProcedures_Agency_Procedure");
    }
}
