using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Notifications;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.Notices;

/// <summary>Keeps the dossiers module's notices for the account in its in-app list (<see cref="ICitizenInbox"/>, ADR-036).</summary>
internal sealed class CitizenInbox(AppDbContext db, TimeProvider clock) : ICitizenInbox
{
    public void Add(Guid userId, Guid dossierId, MessageKind kind, string text) =>
        db.CitizenNotifications.Add(new CitizenNotification
        {
            Id = Guid.CreateVersion7(), UserId = userId, DossierId = dossierId, Kind = kind.ToString(), CreatedAt = clock.GetUtcNow().UtcDateTime,
            Text = text.Length <= CitizenNotification.TextMaxLength ? text : text[..CitizenNotification.TextMaxLength],
        });
}
