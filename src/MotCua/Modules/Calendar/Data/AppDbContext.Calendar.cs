using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Calendar.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<CalendarException> CalendarExceptions => Set<CalendarException>();

    public DbSet<AgencyWorkingSchedule> AgencyWorkingSchedules => Set<AgencyWorkingSchedule>();
}
