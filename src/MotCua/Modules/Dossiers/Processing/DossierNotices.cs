using MotCua.Common.Hosting;
using Microsoft.Extensions.Options;
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
internal sealed class DossierNotices(NotificationOutbox outbox, ICitizenInbox inbox, IOptions<HostingOptions> hosting)
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

    private (MessageKind Kind, string Subject, string Body)? Text(Dossier d, DossierEvent e)
    {
        var code = d.Code ?? "";
        var track = hosting.Value.PublicBaseUrl.TrimEnd('/') + "/tra-cuu?ma=" + Uri.EscapeDataString(code);
        var greeting = $"Kính gửi ông/bà {d.Applicant.Name},\n\n";
        var footer = d.Code is null ? "" : $"\n\nTra cứu tình trạng hồ sơ: {track}";
        return e.Action switch
        {
            "Accept" => (MessageKind.DossierReceived, $"Hồ sơ {code} đã được tiếp nhận, hẹn trả kết quả {Show(d.DueAt)}",
                greeting + $"Hồ sơ \"{d.ProcedureName}\" đã được tiếp nhận với mã số {code}. Thời gian hẹn trả kết quả: {Show(d.DueAt)}." + footer),
            "RequestCompletion" => (MessageKind.DossierCompletionRequested, $"Hồ sơ \"{Short(d.ProcedureName)}\" cần bổ sung, hoàn thiện",
                greeting + $"Hồ sơ \"{d.ProcedureName}\" cần được bổ sung, hoàn thiện như sau:\n{e.Comment}"),
            "RequestSupplement" => (MessageKind.DossierSupplementRequested, $"Hồ sơ {code} cần bổ sung, hoàn thiện",
                greeting + $"Hồ sơ {code} cần được bổ sung, hoàn thiện như sau:\n{e.Comment}\n\nThời hạn giải quyết được tính lại sau khi nhận đủ hồ sơ." + footer),
            "ApproveExtension" => (MessageKind.DossierExtended, $"Hồ sơ {code}: xin lỗi và hẹn lại ngày trả kết quả {Show(d.DueAt)}",
                greeting + $"Cơ quan giải quyết xin lỗi vì hồ sơ {code} chưa có kết quả đúng hẹn. Lý do: {d.Extensions.LastOrDefault(x => x.Decision == ExtensionDecision.Approved)?.Reason}. "
                + $"Thời gian hẹn trả kết quả mới: {Show(d.DueAt)}." + footer),
            "Apologise" => (MessageKind.DossierApologised, $"Hồ sơ {code}: xin lỗi và hẹn lại ngày trả kết quả {Show(d.PromisedAt)}",
                greeting + $"Cơ quan giải quyết xin lỗi vì hồ sơ {code} chưa có kết quả đúng hẹn ({Show(d.Apologies[^1].DueAt)}). Lý do: {d.Apologies[^1].Reason}. "
                + $"Thời gian hẹn trả kết quả lại: {Show(d.PromisedAt)}." + footer),
            "Stop" => (MessageKind.DossierStopped, $"Hồ sơ {code} đã dừng giải quyết",
                greeting + $"Theo đề nghị của ông/bà, hồ sơ {code} đã được dừng giải quyết. Lý do: {e.Comment}." + footer),
            "IssueResult" or "Refuse" => (MessageKind.DossierResultReady, $"Hồ sơ {code} đã có kết quả",
                greeting + $"Hồ sơ {code} đã có kết quả giải quyết. Ông/bà nhận kết quả theo hình thức đã đăng ký." + footer),
            "Submit" when d.Channel == SubmissionChannel.Online => (MessageKind.DossierSubmittedOnline, $"Đã gửi hồ sơ trực tuyến \"{Short(d.ProcedureName)}\"",
                greeting + $"Hồ sơ \"{d.ProcedureName}\" đã được gửi đến Bộ phận Một cửa. Ông/bà sẽ nhận thông báo khi hồ sơ được tiếp nhận hoặc cần bổ sung."),
            "Resubmit" when d.Channel == SubmissionChannel.Online => (MessageKind.DossierResubmittedOnline, $"Đã gửi lại hồ sơ trực tuyến \"{Short(d.ProcedureName)}\"",
                greeting + $"Hồ sơ \"{d.ProcedureName}\" đã được bổ sung và gửi lại đến Bộ phận Một cửa."),
            "RefuseAtDesk" => (MessageKind.DossierNotAccepted, $"Hồ sơ \"{Short(d.ProcedureName)}\" không được tiếp nhận",
                greeting + $"Hồ sơ \"{d.ProcedureName}\" không được tiếp nhận. Lý do: {e.Comment}"),
            "CompleteSupplement" => (MessageKind.DossierSupplementReceived, $"Hồ sơ {code} đã nhận đủ hồ sơ bổ sung",
                greeting + $"Hồ sơ bổ sung của hồ sơ {code} đã được nhận; hồ sơ tiếp tục được giải quyết, hẹn trả kết quả {Show(d.DueAt)}." + footer),
            "PaymentRequested" => (MessageKind.DossierPaymentRequested, $"Hồ sơ {(code.Length > 0 ? code : Short(d.ProcedureName))}: yêu cầu nộp phí, lệ phí",
                greeting + $"Đề nghị ông/bà nộp phí, lệ phí của hồ sơ \"{d.ProcedureName}\": {e.Comment}. Ông/bà có thể thanh toán trực tuyến trong mục Hồ sơ của tôi hoặc tại Bộ phận Một cửa."),
            "Paid" => (MessageKind.DossierPaid, $"Hồ sơ {(code.Length > 0 ? code : Short(d.ProcedureName))}: đã thanh toán phí, lệ phí",
                greeting + $"Đã nhận khoản thanh toán {e.Comment}. Biên lai điện tử có trong mục Hồ sơ của tôi." + footer),
            "PaymentCancelled" => (MessageKind.DossierPaymentCancelled, $"Hồ sơ {(code.Length > 0 ? code : Short(d.ProcedureName))}: hủy yêu cầu nộp phí, lệ phí",
                greeting + $"Yêu cầu nộp phí, lệ phí {e.Comment} đã được hủy; ông/bà không phải nộp khoản này."),
            "Return" => (MessageKind.DossierReturned, $"Hồ sơ {code} đã trả kết quả",
                greeting + $"Kết quả của hồ sơ {code} đã được trả. Mời ông/bà đánh giá việc giải quyết hồ sơ." + footer),
            _ => null,
        };
    }

    private static string Show(DateTime? utc) => utc is { } v ? VietnamTime.Format(v) : "";

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
