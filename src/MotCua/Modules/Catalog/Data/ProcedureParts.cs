using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog.Data;

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

/// <summary>A deciding document (Quyết định công bố / bãi bỏ): number, signing date and effective date.</summary>
internal sealed record Decision(string Number, DateOnly Date, DateOnly EffectiveDate);
