namespace MotCua.Modules.Notifications;

/// <summary>
/// What a notification is about. Stored by name in the outbox and the citizen's notices; every member has a label
/// <c>Kind_{name}</c> in <c>NotificationsText</c> (vi and en), which a test keeps so.
/// </summary>
internal enum MessageKind
{
    DossierReceived,
    DossierCompletionRequested,
    DossierSupplementRequested,
    DossierExtended,
    DossierApologised,
    DossierStopped,
    DossierResultReady,
    DossierSubmittedOnline,
    DossierResubmittedOnline,
    DossierNotAccepted,
    DossierSupplementReceived,
    DossierPaymentRequested,
    DossierPaid,
    DossierPaymentCancelled,
    DossierReturned,
    DueSoonReminder,
    OverdueReminder,
    VerificationCode,
    AuditAnchor,
    IntegrityAlert,
    PetitionReceived,
    PetitionUpdated,
}
