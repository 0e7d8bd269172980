using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>The last dossier sequence number issued by an agency on a local date (the XXXX of the dossier code).</summary>
internal sealed class DossierCodeCounter
{
    public Guid AgencyId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The last sequence number issued for the agency on the date.</summary>
    public int LastSequence { get; set; }
}

internal sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounter>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounter> builder)
    {
        builder.ToTable("DossierCodeCounters");
        builder.HasKey(c => new { c.AgencyId, c.Date });
    }
}
