using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Integrity;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    public DbSet<IntegrityRun> IntegrityRuns => Set<IntegrityRun>();
}
