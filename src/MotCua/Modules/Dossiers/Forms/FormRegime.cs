using System.Globalization;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Which set of one-stop-shop form templates applies (numbering and wording differ).</summary>
internal enum FormRegime
{
    /// <summary>Regime A: TT 01/2018/TT-VPCP (NĐ 61/2018), Mẫu 01–06, until 30/6/2025.</summary>
    Tt01_2018,

    /// <summary>Regime B: TT 03/2025/TT-VPCP (NĐ 118/2025), Mẫu 01–07, from <see cref="FormRegimes.DefaultSwitchDate"/> unless configured.</summary>
    Tt03_2025,
}

/// <summary>The kinds of standard forms.</summary>
internal enum FormKind
{
    /// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
    Receipt,

    /// <summary>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</summary>
    Supplement,

    /// <summary>Phiếu từ chối tiếp nhận / giải quyết hồ sơ.</summary>
    Refusal,

    /// <summary>Phiếu xin lỗi và hẹn lại ngày trả kết quả (A) / Văn bản xin lỗi và đề nghị gia hạn (B).</summary>
    ApologyExtension,

    /// <summary>Thông báo dừng giải quyết hồ sơ (regime B only).</summary>
    StopNotice,

    /// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
    ControlSheet,

    /// <summary>Sổ theo dõi hồ sơ.</summary>
    Ledger,
}

/// <summary>Chooses the regime by the date a form is issued; the switch date is configurable (Dossiers:Forms:RegimeBFrom).</summary>
internal sealed class FormRegimes
{
    /// <summary>
    /// The first day forms cite TT 03/2025/TT-VPCP. NĐ 118/2025 applies from 1/7/2025, but its forms come from the circular,
    /// which did not exist before it was signed; its effective date is not verified, so the default is the best-sourced date.
    /// </summary>
    // TT 03/2025/TT-VPCP signed 15/9/2025 (docs/legal-rules §1, [V2]); effective date unverified [U]: set Dossiers:Forms:RegimeBFrom once confirmed.
    public static readonly DateOnly DefaultSwitchDate = new(2025, 9, 15);

    /// <summary>Creates the chooser; <paramref name="regimeBFrom"/> is the first day of regime B.</summary>
    public FormRegimes(DateOnly regimeBFrom) => RegimeBFrom = regimeBFrom;

    /// <summary>The first day on which regime B's templates are used.</summary>
    public DateOnly RegimeBFrom { get; }

    /// <summary>The regime for a form issued on <paramref name="date"/>.</summary>
    public FormRegime ForDate(DateOnly date) => date < RegimeBFrom ? FormRegime.Tt01_2018 : FormRegime.Tt03_2025;

    /// <summary>
    /// The name a dossier's form is downloaded under: the dossier code and the form's number in the regime, e.g.
    /// <c>H99.01.01-261206-0001-mau-01.pdf</c>; a form printed before the dossier has a code is <c>mau-02.pdf</c>.
    /// </summary>
    public static string FileName(string? dossierCode, FormKind kind, FormRegime regime) =>
        string.Create(CultureInfo.InvariantCulture, $"{(dossierCode is null ? "" : dossierCode + "-")}mau-{Number(kind, regime):00}.pdf");

    /// <summary>The form number ("Mẫu số 0N") of a kind in a regime, or null when the regime has no such form.</summary>
    public static int? Number(FormKind kind, FormRegime regime) =>
        (kind, regime) switch
        {
            (FormKind.Receipt, _) => 1,
            (FormKind.Supplement, _) => 2,
            (FormKind.Refusal, _) => 3,
            (FormKind.ApologyExtension, _) => 4,
            (FormKind.StopNotice, FormRegime.Tt03_2025) => 5,
            (FormKind.StopNotice, _) => null,
            (FormKind.ControlSheet, FormRegime.Tt01_2018) => 5,
            (FormKind.ControlSheet, _) => 6,
            (FormKind.Ledger, FormRegime.Tt01_2018) => 6,
            (FormKind.Ledger, _) => 7,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
}
