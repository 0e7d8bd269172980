using MotCua.Modules.Workflows;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// What a dossier's history records (<c>DossierEvent.Action</c>). Stored by name, and the name is part of every sealed
/// event (ADR-027): a member is never renamed or removed, only added. Each has an <c>Action_</c> label on the dossier page.
/// </summary>
internal enum DossierAction
{
    /// <summary>Nộp hồ sơ: handed in at the desk, sent by post, online or through the API.</summary>
    Submit,

    /// <summary>Tiếp nhận: the desk accepted the dossier; it has its code and appointment (Mẫu 01).</summary>
    Accept,

    /// <summary>Yêu cầu bổ sung, hoàn thiện at the desk (Mẫu 02).</summary>
    RequestCompletion,

    /// <summary>Từ chối tiếp nhận (Mẫu 03).</summary>
    RefuseAtDesk,

    /// <summary>The applicant handed the completed dossier in again.</summary>
    Resubmit,

    /// <summary>A file was attached.</summary>
    Attach,

    /// <summary>The competent agency's process began.</summary>
    StartProcessing,

    /// <summary>An officer took a step.</summary>
    Take,

    /// <summary>A leader handed a step to a named officer.</summary>
    Assign,

    /// <summary>The step passed the dossier on (<see cref="WorkflowAction.Forward"/>).</summary>
    Forward,

    /// <summary>The step returned the dossier to an earlier one (<see cref="WorkflowAction.SendBack"/>).</summary>
    SendBack,

    /// <summary>The step asked its consulted units (<see cref="WorkflowAction.Consult"/>).</summary>
    Consult,

    /// <summary>A consulted unit answered.</summary>
    Reply,

    /// <summary>Yêu cầu bổ sung during processing (<see cref="WorkflowAction.RequestSupplement"/>).</summary>
    RequestSupplement,

    /// <summary>The supplement was received; the clock runs again.</summary>
    CompleteSupplement,

    /// <summary>Đề xuất từ chối (<see cref="WorkflowAction.ProposeRefusal"/>).</summary>
    ProposeRefusal,

    /// <summary>A leader approved the previous step's proposal (<see cref="WorkflowAction.Approve"/>).</summary>
    Approve,

    /// <summary>The result was issued (<see cref="WorkflowAction.IssueResult"/>).</summary>
    IssueResult,

    /// <summary>The dossier was refused after appraisal.</summary>
    Refuse,

    /// <summary>An extension was asked for.</summary>
    RequestExtension,

    /// <summary>The extension was approved: a new appointment.</summary>
    ApproveExtension,

    /// <summary>The extension was not approved.</summary>
    RejectExtension,

    /// <summary>Văn bản xin lỗi with a new appointment (Mẫu 04).</summary>
    Apologise,

    /// <summary>Dừng giải quyết (Mẫu 05).</summary>
    Stop,

    /// <summary>The applicant withdrew the dossier.</summary>
    Withdraw,

    /// <summary>The result was returned to the applicant.</summary>
    Return,

    /// <summary>Liên thông: handed over to another agency's process.</summary>
    HandOver,

    /// <summary>The other agency's part is done; the dossier is back.</summary>
    HandOverDone,

    /// <summary>A fee was asked for (NĐ 61/2018 Điều 22).</summary>
    PaymentRequested,

    /// <summary>A fee was paid.</summary>
    Paid,

    /// <summary>A fee request was withdrawn.</summary>
    PaymentCancelled,

    /// <summary>A history written before the keyed chain was sealed (ADR-027).</summary>
    Reseal,
}

/// <summary>How the history names what a step of an internal process did.</summary>
internal static class DossierActions
{
    /// <summary>The history's action for <paramref name="action"/>: the same name, so histories read the same before and after the enum.</summary>
    public static DossierAction Recorded(this WorkflowAction action) => action switch
    {
        WorkflowAction.Forward => DossierAction.Forward,
        WorkflowAction.SendBack => DossierAction.SendBack,
        WorkflowAction.Consult => DossierAction.Consult,
        WorkflowAction.RequestSupplement => DossierAction.RequestSupplement,
        WorkflowAction.ProposeRefusal => DossierAction.ProposeRefusal,
        WorkflowAction.Approve => DossierAction.Approve,
        WorkflowAction.IssueResult => DossierAction.IssueResult,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
