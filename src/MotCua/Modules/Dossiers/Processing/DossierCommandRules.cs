using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Dossiers.Processing;

/// <summary>Checks a command's details before it is given; the failures are keyed by <see cref="DossierCommandInput"/> property name, in Vietnamese.</summary>
internal static class DossierCommandRules
{
    private static readonly HashSet<DossierCommand> NeedComment =
    [
        DossierCommand.SendBack, DossierCommand.RequestSupplement, DossierCommand.ProposeRefusal, DossierCommand.Reply,
        DossierCommand.RequestExtension, DossierCommand.RejectExtension, DossierCommand.Stop, DossierCommand.Withdraw, DossierCommand.Apologise,
    ];

    public static IReadOnlyList<RuleFailure> Validate(DossierCommandInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (input.Comment?.Trim().Length > DossierCommandInput.MaxCommentLength)
        {
            errors[nameof(input.Comment)] = ResourceText.Get<ProcessingText>("Check_CommentTooLong", DossierCommandInput.MaxCommentLength);
        }
        else if (NeedComment.Contains(input.Command) && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors[nameof(input.Comment)] = input.Command switch
            {
                DossierCommand.RequestSupplement => ResourceText.Get<ProcessingText>("Check_SupplementNeedsComment"),
                DossierCommand.ProposeRefusal => ResourceText.Get<ProcessingText>("Check_RefusalNeedsReason"),
                DossierCommand.Reply => ResourceText.Get<ProcessingText>("Check_ReplyNeedsText"),
                DossierCommand.RequestExtension or DossierCommand.Apologise => ResourceText.Get<ProcessingText>("Check_LateNeedsReason"),
                DossierCommand.Stop or DossierCommand.Withdraw => ResourceText.Get<ProcessingText>("Check_ApplicantRequestNeedsReason"),
                _ => ResourceText.Get<ProcessingText>("Check_ReasonRequired"),
            };
        }

        else if (input.Command == DossierCommand.RequestSupplement && SupplementLines.FirstIncomplete(input.Comment!) is { } line)
        {
            // NĐ 61/2018 Điều 19 khoản 4: the request states what to supplement and why (Mẫu 02 prints both).
            errors[nameof(input.Comment)] =
                ResourceText.Get<ProcessingText>("Check_SupplementLine", line);
        }

        switch (input.Command)
        {
            case DossierCommand.IssueResult:
                if (input.ResultNumber?.Trim().Length > 100)
                {
                    errors[nameof(input.ResultNumber)] = ResourceText.Get<ProcessingText>("Check_ResultNumberTooLong");
                }

                if (input.ResultDate is { } issued && (issued > today || issued.Year < 2000))
                {
                    errors[nameof(input.ResultDate)] = ResourceText.Get<ProcessingText>("Check_ResultDateInFuture");
                }

                break;
            case DossierCommand.Assign when input.AssigneeId is null:
                errors[nameof(input.AssigneeId)] = ResourceText.Get<ProcessingText>("Check_AssigneeRequired");
                break;
            case DossierCommand.RequestExtension or DossierCommand.Apologise when input.NewDueDate is null:
                errors[nameof(input.NewDueDate)] = ResourceText.Get<ProcessingText>("Check_NewDueDateRequired");
                break;
            case DossierCommand.Return:
                if (input.ReturnVia is null || !Enum.IsDefined(input.ReturnVia.Value))
                {
                    errors[nameof(input.ReturnVia)] = ResourceText.Get<ProcessingText>("Check_ReturnViaRequired");
                }

                if (input.Fees is null || !Enum.IsDefined(input.Fees.Value))
                {
                    errors[nameof(input.Fees)] = ResourceText.Get<ProcessingText>("Check_FeesRequired");
                }

                if (input.TrackingNumber?.Trim().Length > 50)
                {
                    errors[nameof(input.TrackingNumber)] = ResourceText.Get<ProcessingText>("Check_TrackingNumberTooLong");
                }

                break;
            case DossierCommand.Stop or DossierCommand.Withdraw:
                if (input.RequestedOn is not { } requested || requested > today || requested.Year < 2000)
                {
                    errors[nameof(input.RequestedOn)] = ResourceText.Get<ProcessingText>("Check_RequestedOnRequired");
                }

                break;
        }

        if (DossierCommandInput.IsOnTask(input.Command) && input.TaskId is null)
        {
            errors[nameof(input.TaskId)] = ResourceText.Get<ProcessingText>("Check_TaskMissing");
        }

        return errors.Count == 0 ? [] : [.. errors.Select(e => new RuleFailure(e.Key, e.Value))];
    }
}
