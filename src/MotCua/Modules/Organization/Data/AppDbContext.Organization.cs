using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<AdministrativeLevel> AdministrativeLevels => Set<AdministrativeLevel>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<ServiceAccount> ServiceAccounts => Set<ServiceAccount>();
}
