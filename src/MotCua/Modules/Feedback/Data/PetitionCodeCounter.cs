using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Feedback.Data;

/// <summary>The last PAKN sequence number issued on a local date, for the whole installation (the NNNN of the code).</summary>
internal sealed class PetitionCodeCounter
{
    public DateOnly Date { get; set; }

    public int LastSequence { get; set; }
}

internal sealed class PetitionCodeCounterConfiguration : IEntityTypeConfiguration<PetitionCodeCounter>
{
    public void Configure(EntityTypeBuilder<PetitionCodeCounter> builder)
    {
        builder.ToTable("PetitionCodeCounters");
        builder.HasKey(c => c.Date);
    }
}
