namespace MotCua.Modules.Feedback;

/// <summary>
/// Where a PAKN stands, with the national portal's status names (legal-rules §9, reporting-control-feedback §D1; names in
/// FeedbackText <c>Status_*</c>). Stored by name.
/// </summary>
internal enum PetitionStatus
{
    /// <summary>Mới tiếp nhận: submitted or transferred in, not yet entered in the book.</summary>
    New = 1,

    /// <summary>Tiếp nhận ở địa phương: entered in the book (NĐ 20/2008 Điều 9), waiting to be assigned.</summary>
    Received,

    /// <summary>Đang xử lý (national: Xử lý ở địa phương).</summary>
    Processing,

    /// <summary>PA chờ bổ sung: the sender was asked to clarify.</summary>
    AwaitingClarification,

    /// <summary>PAKN chờ công khai: the answer is approved, not yet published.</summary>
    AwaitingPublication,

    /// <summary>PAKN đã công khai (NĐ 20/2008 Điều 19).</summary>
    Published,

    /// <summary>Từ chối tiếp nhận (NĐ 20/2008 Điều 7).</summary>
    Refused,

    /// <summary>Chuyển cơ quan có thẩm quyền: outside the installation's competence (NĐ 20/2008 Điều 9).</summary>
    TransferredOut,

    /// <summary>Chuyển xử lý khiếu nại/tố cáo: a complaint or denunciation, handled under its own law.</summary>
    ForwardedAsComplaint,

    /// <summary>Trả lại: returned to the body that sent it from outside the installation.</summary>
    Returned,

    /// <summary>Đã gộp: a duplicate merged into another PAKN, whose answer its sender receives.</summary>
    Merged,
}

/// <summary>What happened to a PAKN; each entry of its history names one. Stored by name.</summary>
internal enum PetitionAction
{
    Submit = 1,
    Accept,
    Refuse,
    Transfer,
    TransferOut,
    ForwardComplaint,
    ReturnUp,
    Merge,
    Assign,
    RequestClarification,
    Clarify,
    Classify,
    Consult,
    RecordOpinion,
    DraftAnswer,
    SendBack,
    ApproveAnswer,
    Publish,
    Rate,
    Reopen,

    /// <summary>Sửa nội dung công khai: the leader corrects the published text (NĐ 20/2008 Điều 19).</summary>
    CorrectPublication,

    /// <summary>Gỡ công khai: the leader takes the published answer off every public read; the PAKN stays answered.</summary>
    WithdrawPublication,

    /// <summary>Công khai lại: a withdrawn answer is public again.</summary>
    Republish,
}

/// <summary>Open and closed as Open311 and the inbox read the statuses (ADR-046 §3).</summary>
internal static class PetitionStatuses
{
    /// <summary>The statuses in which the agency still owes an answer.</summary>
    public static readonly IReadOnlyList<PetitionStatus> Open =
        [PetitionStatus.New, PetitionStatus.Received, PetitionStatus.Processing, PetitionStatus.AwaitingClarification];

    /// <summary>The statuses nothing leaves (except a reopen of an answered PAKN, which is not one of these).</summary>
    public static readonly IReadOnlyList<PetitionStatus> Final =
        [PetitionStatus.Refused, PetitionStatus.TransferredOut, PetitionStatus.ForwardedAsComplaint, PetitionStatus.Returned, PetitionStatus.Merged];

    public static bool IsOpen(this PetitionStatus status) => status is PetitionStatus.New or PetitionStatus.Received or PetitionStatus.Processing or PetitionStatus.AwaitingClarification;

    /// <summary>Answered: approved, published or not yet.</summary>
    public static bool IsAnswered(this PetitionStatus status) => status is PetitionStatus.AwaitingPublication or PetitionStatus.Published;
}
