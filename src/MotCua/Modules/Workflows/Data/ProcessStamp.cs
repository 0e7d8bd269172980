using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Common.Data;

namespace MotCua.Modules.Workflows.Data;

/// <summary>
/// The one-row marker of which internal processes are in force: every save that approves or supersedes a version writes
/// a new value in the same transaction, so each app node can tell with one small read whether the processes it keeps in
/// memory are still the ones in force (ADR-018).
/// </summary>
internal sealed class ProcessStamp : IStampRow
{
    /// <summary>The key of the only row, inserted by the migration.</summary>
    public const int RowId = 1;

    public int Id { get; private set; } = RowId;

    public Guid Value { get; private set; }

    /// <summary>Marks the processes in force as changed; a random value needs no read-modify-write between nodes.</summary>
    public void Renew() => Value = Guid.NewGuid();

    /// <summary>The current value: one primary-key read.</summary>
    public static Task<Guid> ReadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.ProcessStamps.AsNoTracking().Where(s => s.Id == RowId).Select(s => s.Value).SingleAsync(cancellationToken);
}

internal sealed class ProcessStampConfiguration : IEntityTypeConfiguration<ProcessStamp>
{
    public void Configure(EntityTypeBuilder<ProcessStamp> builder)
    {
        builder.ToTable("ProcessStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
