using MotCua.Common.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Notifications;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>
/// Tells the applicant, by e-mail and SMS through the outbox, about the events that concern them: receipt, a request to
/// supplement, a new return date, a stop, the result ready (NĐ 61/2018 Điều 17 khoản 2, Điều 19 khoản 9; NĐ 224/2026
/// Điều 15: status notices in real time). Enqueued in the same unit of work as the change, so a rolled-back change sends nothing.
/// </summary>
internal sealed class DossierNotices(NotificationOutbox outbox, ICitizenInbox inbox, IOptions<HostingOptions> hosting, IStringLocalizer<ProcessingText> text)
{
    private readonly HashSet<Guid> _enqueued = [];

    /// <summary>Enqueues one message per channel for each new event of <paramref name="dossier"/> that the applicant must hear of, once per event.</summary>
    public void Enqueue(Dossier dossier)
    {
        // Once per event within this unit of work. No deduplication key: an event is saved once ((DossierId, Sequence) is
        // unique) together with its notices, so none can be stored already, and the outbox's stored-key check would cost
        // a round trip while the agency-day code counter is locked (ADR-018).
        foreach (var e in dossier.NewEvents.Where(e => _enqueued.Add(e.Id)))
        {
            if (Text(dossier, e) is not (var kind, var subject, var body))
            {
                continue;
            }

            var reference = dossier.Code ?? dossier.Id.ToString("N")[..12];
            if (dossier.Applicant.Email is { Length: > 0 } email)
            {
                outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, Reference: reference));
            }

            if (dossier.Applicant.Phone is { Length: > 0 } phone)
            {
                outbox.Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, subject, kind, Reference: reference));
            }

            // The account that submitted online also finds it in its notices (NĐ 224/2026 Điều 15: real-time status notices).
            if (dossier.OwnerId is { } owner)
            {
                inbox.Add(owner, dossier.Id, kind, subject);
            }
        }
    }

    // The notice is part of the dossier's record: written in Vietnamese whatever the language of the page that caused it.
    private (MessageKind Kind, string Subject, string Body)? Text(Dossier d, DossierEvent e)
    {
        var code = d.Code ?? "";
        var track = hosting.Value.PublicBaseUrl.TrimEnd('/') + "/tra-cuu?ma=" + Uri.EscapeDataString(code);
        (MessageKind Kind, string Key, bool Track)? notice = e.Action switch
        {
            "Accept" => (MessageKind.DossierReceived, "Notice_Accept", true),
            "RequestCompletion" => (MessageKind.DossierCompletionRequested, "Notice_RequestCompletion", false),
            "RequestSupplement" => (MessageKind.DossierSupplementRequested, "Notice_RequestSupplement", true),
            "ApproveExtension" => (MessageKind.DossierExtended, "Notice_ApproveExtension", true),
            "Apologise" => (MessageKind.DossierApologised, "Notice_Apologise", true),
            "Stop" => (MessageKind.DossierStopped, "Notice_Stop", true),
            "IssueResult" or "Refuse" => (MessageKind.DossierResultReady, "Notice_Result", true),
            "Submit" when d.Channel == SubmissionChannel.Online => (MessageKind.DossierSubmittedOnline, "Notice_SubmitOnline", false),
            "Resubmit" when d.Channel == SubmissionChannel.Online => (MessageKind.DossierResubmittedOnline, "Notice_ResubmitOnline", false),
            "RefuseAtDesk" => (MessageKind.DossierNotAccepted, "Notice_RefuseAtDesk", false),
            "CompleteSupplement" => (MessageKind.DossierSupplementReceived, "Notice_SupplementReceived", true),
            "PaymentRequested" => (MessageKind.DossierPaymentRequested, "Notice_PaymentRequested", false),
            "Paid" => (MessageKind.DossierPaid, "Notice_Paid", true),
            "PaymentCancelled" => (MessageKind.DossierPaymentCancelled, "Notice_PaymentCancelled", false),
            "Return" => (MessageKind.DossierReturned, "Notice_Return", true),
            _ => null,
        };
        if (notice is not (var kind, var key, var withTrack))
        {
            return null;
        }

        var apology = d.Apologies.Count > 0 ? d.Apologies[^1] : null;
        object[] values =
        [
            code, d.ProcedureName, Short(d.ProcedureName), Show(d.DueAt), e.Comment ?? "",
            d.Extensions.LastOrDefault(x => x.Decision == ExtensionDecision.Approved)?.Reason ?? "", Show(d.PromisedAt),
            Show(apology?.DueAt), apology?.Reason ?? "", code.Length > 0 ? code : Short(d.ProcedureName),
        ];

        var subject = RecordLanguage.Write(() => text[key + "_Subject", values]);
        var body = RecordLanguage.Write(() => text["Notice_Greeting", d.Applicant.Name] + "\n\n" + text[key + "_Body", values]
            + (withTrack && d.Code is not null ? "\n\n" + text["Notice_Track", track] : ""));
        return (kind, subject, body);
    }

    private static string Show(DateTime? utc) => utc is { } v ? VietnamTime.Format(v) : "";

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
