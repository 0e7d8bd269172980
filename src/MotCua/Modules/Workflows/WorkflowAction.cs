namespace MotCua.Modules.Workflows;

/// <summary>What an officer may do with a dossier at a step of an internal process (quy trình nội bộ).</summary>
internal enum WorkflowAction
{
    /// <summary>Chuyển xử lý: pass the dossier to the next step.</summary>
    Forward,

    /// <summary>Trả lại: return the dossier to an earlier step for rework.</summary>
    SendBack,

    /// <summary>Xin ý kiến / phối hợp: ask the step's consulted units, each with its own deadline (NĐ 61/2018 Điều 19 khoản 5).</summary>
    Consult,

    /// <summary>Yêu cầu bổ sung: ask the applicant, through the one-stop desk, to complete the dossier (NĐ 61/2018 Điều 19 khoản 4).</summary>
    RequestSupplement,

    /// <summary>Đề xuất từ chối: propose refusing the dossier (NĐ 61/2018 Điều 19 khoản 8).</summary>
    ProposeRefusal,

    /// <summary>Phê duyệt: approve the proposal of the previous step.</summary>
    Approve,

    /// <summary>Ký / ban hành kết quả: sign and issue the result.</summary>
    IssueResult,
}
