using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog;

/// <summary>Cách thức thực hiện (NĐ 63/2010 Điều 8 khoản 2 điểm c): how a dossier may be submitted.</summary>
[Flags]
internal enum SubmissionChannels
{
    None = 0,

    /// <summary>Trực tiếp tại Bộ phận Một cửa.</summary>
    Direct = 1,

    /// <summary>Trực tuyến trên Cổng Dịch vụ công.</summary>
    Online = 2,

    /// <summary>Qua dịch vụ bưu chính công ích.</summary>
    Postal = 4,
}

/// <summary>Mức độ dịch vụ công trực tuyến (NĐ 42/2022 Điều 11; NĐ 224/2026 Điều 14).</summary>
internal enum OnlineServiceLevel
{
    /// <summary>Not offered online.</summary>
    None,

    /// <summary>Một phần: some step needs presence; the reason is published.</summary>
    Partial,

    /// <summary>Toàn trình: information, submission, processing and result all online or by public post.</summary>
    Full,
}

/// <summary>The form in which a dossier component is handed in (bản chính, bản sao…); several may be accepted.</summary>
[Flags]
internal enum DocumentForm
{
    None = 0,

    /// <summary>Bản chính.</summary>
    Original = 1,

    /// <summary>Bản sao (cấp từ sổ gốc).</summary>
    Copy = 2,

    /// <summary>Bản sao có chứng thực.</summary>
    CertifiedCopy = 4,

    /// <summary>Bản chụp (kèm bản chính để đối chiếu).</summary>
    Photocopy = 8,

    /// <summary>Bản điện tử / bản sao điện tử.</summary>
    Electronic = 16,
}

/// <summary>What an agency does in a procedure.</summary>
internal enum AgencyRole
{
    /// <summary>Cơ quan có thẩm quyền quyết định / giải quyết.</summary>
    Deciding,

    /// <summary>Cơ quan trực tiếp thực hiện.</summary>
    Performing,

    /// <summary>Cơ quan phối hợp.</summary>
    Coordinating,
}

/// <summary>Thời hạn giải quyết (NĐ 63/2010 Điều 8 khoản 2 điểm đ).</summary>
/// <param name="Amount">Number of <paramref name="Unit"/>s; 0 with <see cref="DeadlineUnit.Immediate"/>.</param>
/// <param name="CutOff">Dossiers received after this local time may count from the next working day (see the channels).</param>
/// <param name="Description">The published wording, when it says more than amount and unit.</param>
/// <param name="CutOffChannels">
/// The procedure's own rule: the channels whose dossiers received after <paramref name="CutOff"/> count from the next
/// working day (<see cref="SubmissionChannels.None"/> = none: the time limit always starts at receipt); null = the
/// agency-wide setting (ADR-032).
/// </param>
/// <param name="CutOffSource">The rule quoted for the procedure's cut-off (e.g. its specialised law); null = the configured source.</param>
internal sealed record ProcessingTime(
    int Amount, DeadlineUnit Unit, TimeOnly CutOff, string? Description = null, SubmissionChannels? CutOffChannels = null, string? CutOffSource = null)
{
    /// <summary>The default cut-off time, 15:00.</summary>
    public static readonly TimeOnly DefaultCutOff = new(15, 0);

    /// <summary>The longest <see cref="CutOffSource"/>, as for the agency-wide source.</summary>
    public const int MaxCutOffSourceLength = 300;
}

/// <summary>The bộ phận tạo thành of a procedure that must be published (NĐ 63/2010 Điều 8 khoản 2 điểm a–g), in the decree's order.</summary>
internal enum PublicComponent
{
    /// <summary>a) Tên thủ tục.</summary>
    Name,

    /// <summary>b) Trình tự thực hiện.</summary>
    Sequence,

    /// <summary>c) Cách thức thực hiện.</summary>
    Channels,

    /// <summary>d) Thành phần, số lượng hồ sơ.</summary>
    Dossier,

    /// <summary>đ) Thời hạn giải quyết.</summary>
    ProcessingTime,

    /// <summary>e) Đối tượng thực hiện.</summary>
    Subjects,

    /// <summary>g) Cơ quan giải quyết.</summary>
    Agency,
}
