namespace MotCua.Modules.Dossiers;

/// <summary>
/// A command and its details, from the dossier page or the API (an integrated system's action, which may leave
/// <see cref="TaskId"/> out when only one open task allows it).
/// </summary>
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
