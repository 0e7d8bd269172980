using MotCua.Modules.Notifications;

namespace MotCua.Modules.Dossiers.Lifecycle;

/// <summary>
/// Sends the applicant's notice of a change by e-mail and SMS, to the addresses on the dossier, through the outbox: saved
/// with the change, so a rolled-back change sends nothing (ADR-011, ADR-038).
/// </summary>
internal sealed class ApplicantMessages(NotificationOutbox outbox) : IDossierLifecycleHandler
{
    public int Order => 100;

    public void Handle(DossierChange change)
    {
        // No deduplication key: the lifecycle tells each event once and the event is saved once ((DossierId, Sequence) is
        // unique) with its notices, so none can be stored already, and the outbox's stored-key check would cost a round
        // trip while the agency-day code counter is locked (ADR-018).
        if (change.Notice is not { } notice)
        {
            return;
        }

        if (notice.Email is { } email)
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, notice.Subject, notice.Body, notice.Kind, Reference: notice.Reference));
        }

        if (notice.Phone is { } phone)
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, notice.Subject, notice.Kind, Reference: notice.Reference));
        }
    }
}
