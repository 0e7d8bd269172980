using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Metrics.Live.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<EnteredIndicatorValue> EnteredIndicatorValues => Set<EnteredIndicatorValue>();
}
