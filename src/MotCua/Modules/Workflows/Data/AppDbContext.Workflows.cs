using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Workflows.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<ProcessDefinition> InternalProcesses => Set<ProcessDefinition>();

    public DbSet<ProcessStamp> ProcessStamps => Set<ProcessStamp>();
}
