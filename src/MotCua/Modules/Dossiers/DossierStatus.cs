using MotCua.Modules.Catalog;

namespace MotCua.Modules.Dossiers;

/// <summary>
/// Where a dossier stands; the values are the national status codes (<c>TrangThaiHoSo</c>, legal-rules §1c) so that a
/// status can be reported to the national portal as it is.
/// </summary>
internal enum DossierStatus
{
    /// <summary>1 Mới đăng ký: submitted online, not yet checked by the one-stop desk.</summary>
    Submitted = 1,

    /// <summary>2 Được tiếp nhận: accepted, a code and an appointment issued (Mẫu 01).</summary>
    Received = 2,

    /// <summary>3 Không được tiếp nhận: refused at the desk (Mẫu 03).</summary>
    NotAccepted = 3,

    /// <summary>4 Đang xử lý.</summary>
    Processing = 4,

    /// <summary>5 Yêu cầu bổ sung giấy tờ (Mẫu 02), at the desk or during processing.</summary>
    SupplementRequested = 5,

    /// <summary>6 Yêu cầu thực hiện nghĩa vụ tài chính.</summary>
    AwaitingPayment = 6,

    /// <summary>7 Công dân yêu cầu rút hồ sơ.</summary>
    Withdrawn = 7,

    /// <summary>8 Dừng xử lý (Thông báo dừng giải quyết hồ sơ).</summary>
    Stopped = 8,

    /// <summary>9 Đã xử lý xong: the result is ready for return.</summary>
    Done = 9,

    /// <summary>10 Đã trả kết quả.</summary>
    Returned = 10,
}

/// <summary>Cách thức nộp hồ sơ; the values are the national <c>KenhThucHien</c> codes (legal-rules §1c).</summary>
internal enum SubmissionChannel
{
    /// <summary>1 Trực tiếp tại Bộ phận Một cửa.</summary>
    Direct = 1,

    /// <summary>2 Trực tuyến.</summary>
    Online = 2,

    /// <summary>3 Qua dịch vụ bưu chính công ích.</summary>
    Postal = 3,
}

/// <summary>A dossier's channel among the catalogue's <see cref="SubmissionChannels"/> (cách thức thực hiện).</summary>
internal static class SubmissionChannelCatalog
{
    /// <summary>The catalogue flag of <paramref name="channel"/>.</summary>
    public static SubmissionChannels InCatalog(this SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.Online => SubmissionChannels.Online,
        SubmissionChannel.Postal => SubmissionChannels.Postal,
        _ => SubmissionChannels.Direct,
    };
}

/// <summary>Hình thức nhận kết quả chosen by the applicant.</summary>
internal enum ReturnMethod
{
    /// <summary>Nhận trực tiếp tại Bộ phận Một cửa.</summary>
    Counter = 1,

    /// <summary>Qua dịch vụ bưu chính công ích.</summary>
    Postal = 2,

    /// <summary>Nhận bản điện tử trực tuyến.</summary>
    Online = 3,
}

/// <summary>Who applies: a person (identified by CCCD) or an organisation (identified by its tax code).</summary>
internal enum ApplicantKind
{
    Individual = 1,
    Organisation = 2,
}
