using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog.Data;

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

/// <summary>Thành phần hồ sơ (NĐ 63/2010 Điều 8 khoản 2 điểm d and h): one document of the dossier.</summary>
internal sealed class DossierComponent
{
    public string Name { get; set; } = "";

    public DocumentForm Form { get; set; } = DocumentForm.Original;

    public int Count { get; set; } = 1;

    public bool IsRequired { get; set; } = true;

    /// <summary>Tên mẫu đơn, tờ khai (e.g. <c>Mẫu số 01/TKTN</c>), when the component is a prescribed form.</summary>
    public string? FormTemplateName { get; set; }

    /// <summary>Where the form can be downloaded (file path in the form store or an absolute URL).</summary>
    public string? FormTemplateUrl { get; set; }

    /// <summary>May be taken from the applicant's electronic data store instead of being handed in (NĐ 224/2026 Điều 18 khoản 4).</summary>
    public bool ReusableFromWallet { get; set; }

    public string? Note { get; set; }

    public DossierComponent Clone() => (DossierComponent)MemberwiseClone();
}

/// <summary>Phí, lệ phí (NĐ 63/2010 Điều 8 khoản 2 điểm h).</summary>
internal sealed class ProcedureFee
{
    public string Name { get; set; } = "";

    /// <summary>Amount in VND; 0 means free of charge.</summary>
    public long AmountVnd { get; set; }

    public string? Note { get; set; }

    public ProcedureFee Clone() => (ProcedureFee)MemberwiseClone();
}

/// <summary>Căn cứ pháp lý: a legal document the procedure rests on.</summary>
internal sealed class LegalBasis
{
    /// <summary>Số, ký hiệu, e.g. <c>123/2015/NĐ-CP</c>.</summary>
    public string Number { get; set; } = "";

    /// <summary>Trích yếu.</summary>
    public string Title { get; set; } = "";

    public DateOnly? IssuedOn { get; set; }

    public LegalBasis Clone() => (LegalBasis)MemberwiseClone();
}

/// <summary>Thời hạn giải quyết (NĐ 63/2010 Điều 8 khoản 2 điểm đ).</summary>
/// <param name="Amount">Number of <paramref name="Unit"/>s; 0 with <see cref="DeadlineUnit.Immediate"/>.</param>
/// <param name="CutOff">Dossiers received after this local time count from the next working day.</param>
/// <param name="Description">The published wording, when it says more than amount and unit.</param>
internal sealed record ProcessingTime(int Amount, DeadlineUnit Unit, TimeOnly CutOff, string? Description = null)
{
    /// <summary>Dossiers received after 15:00 are treated as received on the next working day by default.</summary>
    public static readonly TimeOnly DefaultCutOff = new(15, 0);
}

/// <summary>A deciding document (Quyết định công bố / bãi bỏ): number, signing date and effective date.</summary>
internal sealed record Decision(string Number, DateOnly Date, DateOnly EffectiveDate);
