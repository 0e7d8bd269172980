using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Portal.Notices;

/// <summary>The menu's count of a citizen's unread notices (one indexed count per page).</summary>
internal sealed class UnreadNotices(AppDbContext db)
{
    public Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? db.CitizenNotifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken)
            : Task.FromResult(0);
}
