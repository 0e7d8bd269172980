using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Integration.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
}
