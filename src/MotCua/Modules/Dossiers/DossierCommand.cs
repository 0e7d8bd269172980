namespace MotCua.Modules.Dossiers;

/// <summary>
/// Everything an officer (or an integrated system) can do to a dossier after receipt. The workflow actions of the
/// internal process (<c>WorkflowAction</c>) keep their names here; the others belong to the desk or to leaders.
/// </summary>
internal enum DossierCommand
{
    /// <summary>Chuyển xử lý: an accepted dossier without a process yet enters its first step (NĐ 61/2018 Điều 18).</summary>
    StartProcessing,

    /// <summary>Nhận xử lý: an officer takes a task from the unit's pool.</summary>
    Take,

    /// <summary>Giao xử lý: a leader hands a task to a named officer of the step's unit and role.</summary>
    Assign,

    /// <summary>Chuyển bước tiếp theo.</summary>
    Forward,

    /// <summary>Trả lại bước trước.</summary>
    SendBack,

    /// <summary>Xin ý kiến các đơn vị phối hợp (NĐ 61/2018 Điều 19 khoản 5).</summary>
    Consult,

    /// <summary>Trả lời xin ý kiến.</summary>
    Reply,

    /// <summary>Yêu cầu bổ sung, hoàn thiện hồ sơ (NĐ 61/2018 Điều 19 khoản 4).</summary>
    RequestSupplement,

    /// <summary>Đề xuất từ chối giải quyết (NĐ 61/2018 Điều 19 khoản 8).</summary>
    ProposeRefusal,

    /// <summary>Phê duyệt.</summary>
    Approve,

    /// <summary>Ký, ban hành kết quả.</summary>
    IssueResult,

    /// <summary>The desk receives the completed supplement.</summary>
    CompleteSupplement,

    /// <summary>Lập văn bản xin lỗi, đề nghị gia hạn (Mẫu 04).</summary>
    RequestExtension,

    /// <summary>Lãnh đạo duyệt gia hạn.</summary>
    ApproveExtension,

    /// <summary>Lãnh đạo không duyệt gia hạn.</summary>
    RejectExtension,

    /// <summary>Gửi văn bản xin lỗi và hẹn lại ngày trả kết quả, at any time (Mẫu 04; NĐ 61/2018 Điều 19 khoản 9).</summary>
    Apologise,

    /// <summary>Dừng giải quyết theo đề nghị (Mẫu 05).</summary>
    Stop,

    /// <summary>Rút hồ sơ.</summary>
    Withdraw,

    /// <summary>Trả kết quả.</summary>
    Return,
}
