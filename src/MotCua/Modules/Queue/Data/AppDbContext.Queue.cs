using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Queue.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<QueueServiceGroup> QueueServiceGroups => Set<QueueServiceGroup>();

    public DbSet<QueueTicket> QueueTickets => Set<QueueTicket>();
}
