using Microsoft.Extensions.Options;
using MotCua.Common.Hosting;
using MotCua.Common.Localization;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Notifications;
using MotCua.Modules.Portal;

namespace MotCua.Modules.Feedback.Flow;

/// <summary>
/// Tells the sender of what happened to their PAKN by e-mail and SMS through the outbox, in the unit of work of the change
/// (ADR-011): the receipt, a request to clarify, the end of its handling here, the answer and its publication
/// (NĐ 20/2008 Điều 19: the answer also goes to the sender); a signed-in sender also finds it in the portal's notices.
/// </summary>
internal sealed class SenderMessages(NotificationOutbox outbox, CitizenNotices notices, IOptions<HostingOptions> hosting)
{
    /// <summary>The public tracking page of a PAKN (<c>?ma=</c> its code).</summary>
    public const string TrackingPath = "/tra-cuu-pakn";

    /// <summary>The public page of a published answer (the code follows).</summary>
    private const string PublicAnswerPath = "/phan-anh-kien-nghi/";

    public void Stage(Petition petition)
    {
        foreach (var entry in petition.NewEvents)
        {
            if (Key(entry) is not { } key)
            {
                continue;
            }

            // The notice is part of the PAKN's record: written in Vietnamese whatever the language of the page that caused it.
            var link = TrackingPath + "?ma=" + Uri.EscapeDataString(petition.Code);
            var track = hosting.Value.PublicBaseUrl.TrimEnd('/') + link;
            // A sender without a phone cannot know the random check digits that open the details: the receipt notice gives them.
            var digits = petition.SenderPhone is null ? ResourceText.ForRecord<FeedbackText>("Notice_CheckDigits", petition.CheckDigits) : "";
            object[] values = [petition.Code, FeedbackNames.Status(entry.ToStatus), track, petition.ClosingNote ?? "", digits];
            var kind = entry.Action == PetitionAction.Submit ? MessageKind.PetitionReceived : MessageKind.PetitionUpdated;
            Send(petition, key, values, link, track, kind);
        }
    }

    /// <summary>
    /// Tells the senders of the duplicates merged into <paramref name="original"/> that its answer is published, with the
    /// public page of the answer (ADR-046 §3: they receive the original's answer).
    /// </summary>
    public void StagePublishedForMerged(Petition original, IEnumerable<Petition> merged)
    {
        var link = PublicAnswerPath + Uri.EscapeDataString(original.Code);
        var page = hosting.Value.PublicBaseUrl.TrimEnd('/') + link;
        foreach (var duplicate in merged)
        {
            object[] values = [duplicate.Code, original.Code, page];
            Send(duplicate, "MergedPublished", values, link, page, MessageKind.PetitionUpdated);
        }
    }

    private void Send(Petition to, string key, object[] values, string link, string url, MessageKind kind)
    {
        var subject = ResourceText.ForRecord<FeedbackText>("Notice_" + key + "_Subject", values);
        var body = ResourceText.ForRecord<FeedbackText>("Notice_" + key + "_Body", values);
        if (to.SenderUserId is { } user)
        {
            notices.Add(user, kind.ToString(), subject, link);
        }

        if (to.SenderEmail is { } email)
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Email, email, subject, body, kind, Reference: to.Code));
        }

        if (to.SenderPhone is { } phone)
        {
            outbox.Enqueue(new OutgoingMessage(NotificationChannel.Sms, phone, null, subject + " " + url, kind, Reference: to.Code));
        }
    }

    private static string? Key(PetitionEvent entry) => entry.Action switch
    {
        PetitionAction.Submit => "Received",
        PetitionAction.RequestClarification => "Clarification",
        PetitionAction.Refuse or PetitionAction.TransferOut or PetitionAction.ForwardComplaint or PetitionAction.Merge => "Closed",
        PetitionAction.ReturnUp when entry.ToStatus == PetitionStatus.Returned => "Closed",
        PetitionAction.ApproveAnswer => "Answered",
        PetitionAction.Publish => "Published",
        _ => null,
    };
}
