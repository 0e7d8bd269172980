using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Hosting;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Notifications;

namespace MotCua.Modules.Dossiers.Lifecycle;

/// <summary>
/// What the applicant is told of an event of their dossier: receipt, a request to supplement, a new return date, a stop,
/// the result ready (NĐ 61/2018 Điều 17 khoản 2, Điều 19 khoản 9; NĐ 224/2026 Điều 15: status notices in real time).
/// The lifecycle puts it in the <see cref="DossierChange"/>; the handlers send it (e-mail and SMS, the in-app list).
/// </summary>
internal sealed class ApplicantNotices(IOptions<HostingOptions> hosting, IStringLocalizer<ProcessingText> text)
{
    /// <summary>
    /// The notice of <paramref name="e"/>, one of <paramref name="batch"/> (the dossier's events recorded in this unit of
    /// work), or null when the applicant does not hear of it.
    /// </summary>
    public ApplicantNotice? For(Dossier dossier, DossierEvent e, IReadOnlyList<DossierEvent> batch)
    {
        if (IsSupersededByReceipt(e, batch) || Text(dossier, e) is not (var kind, var subject, var body))
        {
            return null;
        }

        return new ApplicantNotice(
            kind, subject, body, dossier.Applicant.Email is { Length: > 0 } email ? email : null, dossier.Applicant.Phone is { Length: > 0 } phone ? phone : null,
            dossier.Code ?? dossier.Id.ToString("N")[..12]);
    }

    /// <summary>
    /// A dossier submitted (or sent again) and accepted in the same unit of work — through the API, or at the desk — is
    /// told only of its receipt: the receipt notice carries the code and the appointment, the submission notice nothing more.
    /// </summary>
    public static bool IsSupersededByReceipt(DossierEvent e, IReadOnlyList<DossierEvent> batch) =>
        e.Action is DossierAction.Submit or DossierAction.Resubmit
        && batch.Any(later => later.Sequence > e.Sequence && later.Action == DossierAction.Accept);

    // The notice is part of the dossier's record: written in Vietnamese whatever the language of the page that caused it.
    private (MessageKind Kind, string Subject, string Body)? Text(Dossier d, DossierEvent e)
    {
        var code = d.Code ?? "";
        var track = hosting.Value.PublicBaseUrl.TrimEnd('/') + "/tra-cuu?ma=" + Uri.EscapeDataString(code);
        (MessageKind Kind, string Key, bool Track)? notice = e.Action switch
        {
            DossierAction.Accept => (MessageKind.DossierReceived, "Notice_Accept", true),
            DossierAction.RequestCompletion => (MessageKind.DossierCompletionRequested, "Notice_RequestCompletion", false),
            DossierAction.RequestSupplement => (MessageKind.DossierSupplementRequested, "Notice_RequestSupplement", true),
            DossierAction.ApproveExtension => (MessageKind.DossierExtended, "Notice_ApproveExtension", true),
            DossierAction.Apologise => (MessageKind.DossierApologised, "Notice_Apologise", true),
            DossierAction.Stop => (MessageKind.DossierStopped, "Notice_Stop", true),
            DossierAction.IssueResult or DossierAction.Refuse => (MessageKind.DossierResultReady, "Notice_Result", true),
            DossierAction.Submit when d.Channel == SubmissionChannel.Online => (MessageKind.DossierSubmittedOnline, "Notice_SubmitOnline", false),
            DossierAction.Resubmit when d.Channel == SubmissionChannel.Online => (MessageKind.DossierResubmittedOnline, "Notice_ResubmitOnline", false),
            DossierAction.RefuseAtDesk => (MessageKind.DossierNotAccepted, "Notice_RefuseAtDesk", false),
            DossierAction.CompleteSupplement => (MessageKind.DossierSupplementReceived, "Notice_SupplementReceived", true),
            DossierAction.PaymentRequested => (MessageKind.DossierPaymentRequested, "Notice_PaymentRequested", false),
            DossierAction.Paid => (MessageKind.DossierPaid, "Notice_Paid", true),
            DossierAction.PaymentCancelled => (MessageKind.DossierPaymentCancelled, "Notice_PaymentCancelled", false),
            DossierAction.Return => (MessageKind.DossierReturned, "Notice_Return", true),
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
