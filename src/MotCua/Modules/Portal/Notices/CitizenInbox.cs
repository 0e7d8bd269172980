using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.Notices;

/// <summary>
/// Keeps the applicant's notice of a dossier change in the in-app list of the account that submitted it online (NĐ 224/2026
/// Điều 15: real-time status notices), in the unit of work of the change (ADR-036, ADR-038).
/// </summary>
internal sealed class CitizenInbox(AppDbContext db, TimeProvider clock) : IDossierLifecycleHandler
{
    public int Order => 200;

    public void Handle(DossierChange change)
    {
        if (change is not { OwnerId: { } owner, Notice: { } notice })
        {
            return;
        }

        db.AddNew(new CitizenNotification
        {
            Id = Guid.CreateVersion7(), UserId = owner, DossierId = change.DossierId, Kind = notice.Kind.ToString(), CreatedAt = clock.GetUtcNow().UtcDateTime,
            Text = notice.Subject.Length <= CitizenNotification.TextMaxLength ? notice.Subject : notice.Subject[..CitizenNotification.TextMaxLength],
        });
    }
}
