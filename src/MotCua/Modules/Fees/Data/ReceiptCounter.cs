using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Fees.Data;

/// <summary>The last receipt number (số biên lai) an agency issued in a year (NĐ 123/2020/NĐ-CP Điều 32).</summary>
internal sealed class ReceiptCounter
{
    public Guid AgencyId { get; private set; }

    public int Year { get; private set; }

    public int LastNumber { get; private set; }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> builder)
    {
        builder.ToTable("ReceiptCounters");
        builder.HasKey(c => new { c.AgencyId, c.Year });
    }
}
