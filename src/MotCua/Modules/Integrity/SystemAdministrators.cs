using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Integrity;

/// <summary>The system administrators' e-mail addresses: integrity alerts and anchors go to them through the outbox.</summary>
internal static class SystemAdministrators
{
    public static async Task<List<string>> EmailsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).InRole(Roles.SystemAdmin)
            .Where(u => u.Email != null)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

    public static async Task NotifyAsync(AppDbContext db, NotificationOutbox outbox, string subject, string body, MessageKind kind, string key, CancellationToken cancellationToken)
    {
        foreach (var email in await EmailsAsync(db, cancellationToken))
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, $"{key}:{email}"));
        }
    }
}
