using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<ControlReport> ControlReports => Set<ControlReport>();
}
