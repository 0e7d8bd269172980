using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// One procedure on an agency's one-stop list (TT 01/2018/TT-VPCP Điều 3–4): whether it is received and returned, or
/// decided, at the agency's Bộ phận Một cửa, and the day the agency declares the procedure was posted (niêm yết) at its
/// premises (NĐ 63/2010 Điều 17). Kept by the agency or the province; one row per agency and procedure, changed in place
/// with who and when; each change is also kept as a <see cref="OneStopProcedureChange"/>, so a past period is evaluated with
/// the line in force then (ADR-066).
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

/// <summary>
/// A line of an agency's one-stop list as declared from <see cref="From"/> until the next change of the same agency and
/// procedure (ADR-066): the history TT 01/2018 chỉ số 5 and 6 of a past quarter read. Written with every change of the line,
/// in the same save; never changed.
/// </summary>
internal sealed class OneStopProcedureChange
{
    private OneStopProcedureChange()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid ProcedureId { get; private set; }

    public OneStopHandling Handling { get; private set; }

    public DateOnly? PostedOn { get; private set; }

    /// <summary>The instant (UTC) the line holds from.</summary>
    public DateTime From { get; private set; }

    /// <summary>The line as <paramref name="line"/> holds it, in force from <paramref name="from"/>.</summary>
    public static OneStopProcedureChange Of(OneStopProcedure line, DateTime from)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new() { Id = Guid.CreateVersion7(), AgencyId = line.AgencyId, ProcedureId = line.ProcedureId, Handling = line.Handling, PostedOn = line.PostedOn, From = from };
    }
}

internal sealed class OneStopProcedureChangeConfiguration : IEntityTypeConfiguration<OneStopProcedureChange>
{
    public void Configure(EntityTypeBuilder<OneStopProcedureChange> builder)
    {
        builder.ToTable("OneStopProcedureChanges");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Handling).HasConversion<string>().HasMaxLength(30);
        // An agency's list at an instant: its changes by agency, procedure and instant.
        builder.HasIndex(o => new { o.AgencyId, o.ProcedureId, o.From }).HasDatabaseName("IX_OneStopProcedureChanges_Agency_Procedure_From");
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
