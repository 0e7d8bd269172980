namespace MotCua.Modules.Dossiers.Processing;

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

/// <summary>A command and its details, from the dossier page or the API.</summary>
/// <param name="TaskId">The task acted on (workflow actions, Take, Reply); null for desk and leader commands.</param>
/// <param name="Revision">The dossier revision the officer saw; another value means someone acted meanwhile.</param>
/// <param name="Comment">Ý kiến / nội dung: the reason, request, reply or result summary, as the command needs.</param>
/// <param name="ResultNumber">Số, ký hiệu of the result (IssueResult).</param>
/// <param name="ResultDate">Ngày ban hành of the result (IssueResult).</param>
/// <param name="NewDueDate">The proposed new return date (RequestExtension); the due instant is that day's closing time.</param>
/// <param name="ReturnVia">How the result was handed back (Return).</param>
/// <param name="TrackingNumber">Số hiệu bưu gửi (Return by post).</param>
/// <param name="Fees">Fee collection (Return).</param>
/// <param name="RequestedOn">The date of the applicant's request (Stop, Withdraw).</param>
/// <param name="AgencyId">The competent agency (StartProcessing), when the desk must choose it.</param>
/// <param name="AssigneeId">The officer a leader hands the task to (Assign).</param>
internal sealed record DossierCommandInput(
    DossierCommand Command,
    Guid? TaskId = null,
    Guid? Revision = null,
    string? Comment = null,
    string? ResultNumber = null,
    DateOnly? ResultDate = null,
    DateOnly? NewDueDate = null,
    ReturnMethod? ReturnVia = null,
    string? TrackingNumber = null,
    FeeStatus? Fees = null,
    DateOnly? RequestedOn = null,
    Guid? AgencyId = null,
    Guid? AssigneeId = null)
{
    public const int MaxCommentLength = 2000;

    /// <summary>True for the commands given on a task (the workflow actions, Take and Reply); the others act on the dossier.</summary>
    public static bool IsOnTask(DossierCommand command) =>
        command is DossierCommand.Take or DossierCommand.Assign or DossierCommand.Reply or DossierCommand.Forward or DossierCommand.SendBack or DossierCommand.Consult
            or DossierCommand.RequestSupplement or DossierCommand.ProposeRefusal or DossierCommand.Approve or DossierCommand.IssueResult;
}

/// <summary>A command the current person may give now, on a task or on the dossier.</summary>
internal sealed record AvailableCommand(DossierCommand Command, Guid? TaskId);
