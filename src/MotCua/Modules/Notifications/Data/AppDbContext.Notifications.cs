using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Notifications.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
}
