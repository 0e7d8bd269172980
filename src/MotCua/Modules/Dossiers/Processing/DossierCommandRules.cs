namespace MotCua.Modules.Dossiers.Processing;

/// <summary>Checks a command's details before it is given; the errors are keyed by <see cref="DossierCommandInput"/> property name, in Vietnamese.</summary>
internal static class DossierCommandRules
{
    private static readonly HashSet<DossierCommand> NeedComment =
    [
        DossierCommand.SendBack, DossierCommand.RequestSupplement, DossierCommand.ProposeRefusal, DossierCommand.Reply,
        DossierCommand.RequestExtension, DossierCommand.RejectExtension, DossierCommand.Stop, DossierCommand.Withdraw, DossierCommand.Apologise,
    ];

    public static Dictionary<string, string> Validate(DossierCommandInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (input.Comment?.Trim().Length > DossierCommandInput.MaxCommentLength)
        {
            errors[nameof(input.Comment)] = $"Nội dung dài tối đa {DossierCommandInput.MaxCommentLength} ký tự.";
        }
        else if (NeedComment.Contains(input.Command) && string.IsNullOrWhiteSpace(input.Comment))
        {
            errors[nameof(input.Comment)] = input.Command switch
            {
                DossierCommand.RequestSupplement => "Ghi rõ nội dung cần bổ sung, hoàn thiện và lý do.",
                DossierCommand.ProposeRefusal => "Ghi rõ lý do đề xuất từ chối giải quyết.",
                DossierCommand.Reply => "Nhập ý kiến trả lời.",
                DossierCommand.RequestExtension or DossierCommand.Apologise => "Ghi rõ lý do chậm trả kết quả.",
                DossierCommand.Stop or DossierCommand.Withdraw => "Ghi rõ lý do theo đề nghị của người nộp hồ sơ.",
                _ => "Ghi rõ lý do.",
            };
        }

        else if (input.Command == DossierCommand.RequestSupplement && SupplementLines.FirstIncomplete(input.Comment!) is { } line)
        {
            // NĐ 61/2018 Điều 19 khoản 4: the request states what to supplement and why (Mẫu 02 prints both).
            errors[nameof(input.Comment)] =
                $"Dòng {line}: ghi nội dung cần bổ sung, hoàn thiện và lý do, cách nhau bằng dấu gạch ngang, ví dụ «Bản sao giấy chứng nhận đăng ký doanh nghiệp — bản đã nộp không có chứng thực».";
        }

        switch (input.Command)
        {
            case DossierCommand.IssueResult:
                if (input.ResultNumber?.Trim().Length > 100)
                {
                    errors[nameof(input.ResultNumber)] = "Số, ký hiệu văn bản dài tối đa 100 ký tự.";
                }

                if (input.ResultDate is { } issued && (issued > today || issued.Year < 2000))
                {
                    errors[nameof(input.ResultDate)] = "Ngày ban hành kết quả không được sau ngày hôm nay.";
                }

                break;
            case DossierCommand.Assign when input.AssigneeId is null:
                errors[nameof(input.AssigneeId)] = "Chọn cán bộ được giao xử lý.";
                break;
            case DossierCommand.RequestExtension or DossierCommand.Apologise when input.NewDueDate is null:
                errors[nameof(input.NewDueDate)] = "Chọn ngày hẹn trả kết quả mới.";
                break;
            case DossierCommand.Return:
                if (input.ReturnVia is null || !Enum.IsDefined(input.ReturnVia.Value))
                {
                    errors[nameof(input.ReturnVia)] = "Chọn hình thức trả kết quả.";
                }

                if (input.Fees is null || !Enum.IsDefined(input.Fees.Value))
                {
                    errors[nameof(input.Fees)] = "Chọn tình trạng thu phí, lệ phí.";
                }

                if (input.TrackingNumber?.Trim().Length > 50)
                {
                    errors[nameof(input.TrackingNumber)] = "Số hiệu bưu gửi dài tối đa 50 ký tự.";
                }

                break;
            case DossierCommand.Stop or DossierCommand.Withdraw:
                if (input.RequestedOn is not { } requested || requested > today || requested.Year < 2000)
                {
                    errors[nameof(input.RequestedOn)] = "Nhập ngày người nộp hồ sơ đề nghị (không sau ngày hôm nay).";
                }

                break;
        }

        if (DossierCommandInput.IsOnTask(input.Command) && input.TaskId is null)
        {
            errors[nameof(input.TaskId)] = "Thiếu bước xử lý; hãy tải lại trang.";
        }

        return errors;
    }
}
