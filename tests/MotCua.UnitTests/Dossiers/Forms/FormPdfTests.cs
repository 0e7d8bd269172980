using System.Text.RegularExpressions;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Testing;

namespace MotCua.UnitTests.Dossiers.Forms;

public sealed class FormPdfTests
{
    public static TheoryData<string, string> AllForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var regime in Enum.GetValues<FormRegime>())
        {
            foreach (var kind in Enum.GetValues<FormKind>())
            {
                if (FormRegimes.Number(kind, regime) is not null)
                {
                    data.Add(kind.ToString(), regime.ToString());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllForms))]
    public void Every_form_is_a_small_pdf_with_subset_noto_fonts_and_its_number_title_and_header(string kindName, string regimeName)
    {
        var kind = Enum.Parse<FormKind>(kindName);
        var regime = Enum.Parse<FormRegime>(regimeName);
        var pdf = FormPdf.Render(FormSamples.For(kind), regime);
        Poppler.Screenshot(pdf, $"forms-{regime}-{kind}".ToLowerInvariant());

        pdf.Length.ShouldBeLessThan(150_000);
        var info = Poppler.Run("pdfinfo", pdf);
        info.ShouldMatch(kind == FormKind.Ledger ? @"Page size:\s+841.89 x 595.276 pts" : @"Page size:\s+419.528 x 595.276 pts");
        if (kind != FormKind.Ledger)
        {
            info.ShouldMatch(@"(?m)^Pages:\s+1$");
        }

        var fonts = Poppler.Run("pdffonts", pdf).Split('\n').Where(l => l.Contains("NotoSerif", StringComparison.Ordinal)).ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(l => Regex.IsMatch(l, @"^[A-Z]{6}\+NotoSerif") && l.Contains("yes yes yes"));

        var text = Flat(Poppler.Run("pdftotext", pdf, "-layout"));
        text.ShouldContain($"Mẫu số {FormRegimes.Number(kind, regime):00}");
        text.ShouldContain(regime == FormRegime.Tt01_2018 ? "Thông tư 01/2018/TT-VPCP" : "Thông tư 03/2025/TT-VPCP");
        text.ShouldContain(FormTemplates.Title(kind, regime).ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("ỦY BAN NHÂN DÂN TỈNH H99");
    }

    [Theory]
    [InlineData("Tt01_2018")]
    [InlineData("Tt03_2025")]
    public void Receipt_prints_every_field(string regimeName)
    {
        var text = Text(FormKind.Receipt, Enum.Parse<FormRegime>(regimeName));

        foreach (var expected in new[]
        {
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Số: 125/TNHS", "Thành phố Mẫu, ngày 05 tháng 3 năm 2026",
            "Mã hồ sơ: H99.01-260305-0007", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "tiếp nhận hồ sơ của:",
            "Ông/Bà/Tổ chức: Nguyễn Thị Hồng Nhung", "Số CCCD/Mã số thuế: 099188000123",
            "Địa chỉ: Số 12 đường Thử Nghiệm, phường Hòa Bình, tỉnh H99", "Số điện thoại: 0909 000 123", "Email: nhung.mau@example.vn",
            "Nội dung yêu cầu giải quyết: Đăng ký khai sinh có yếu tố nước ngoài", "1. Thành phần hồ sơ nộp gồm:",
            "STT", "Tên giấy tờ", "Bản chính/", "Số lượng", "Tờ khai đăng ký khai sinh", "Giấy chứng sinh", "Bản sao chứng thực",
            "2. Số lượng hồ sơ: 01 (bộ)", "3. Thời gian giải quyết hồ sơ theo quy định là: 05 ngày làm việc",
            "4. Thời gian nhận hồ sơ: 09 giờ 45 phút, ngày 05/03/2026", "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 12/03/2026",
            "6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công tỉnh", "7. Phí, lệ phí: Lệ phí 50.000 đồng (đã nộp)",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026 Số thứ tự: 7", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)",
            "Trần Thu Hà", "Quét mã QR để tra cứu tình trạng hồ sơ",
        })
        {
            text.ShouldContain(expected);
        }
    }

    [Fact]
    public void Supplement_refusal_apology_stop_and_control_sheet_print_their_fields()
    {
        var supplement = Text(FormKind.Supplement, FormRegime.Tt03_2025);
        foreach (var expected in new[] { "Số: 31/YCBS", "Hồ sơ của: Nguyễn Thị Hồng Nhung", "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", "1. Tờ khai đăng ký khai sinh (bản chính)", "Lý do: Tờ khai chưa có chữ ký", "2. Giấy chứng sinh", "bà Trần Thu Hà, số điện thoại 0209 3 000 000", "NGƯỜI HƯỚNG DẪN" })
        {
            supplement.ShouldContain(expected);
        }

        var refusal = Text(FormKind.Refusal, FormRegime.Tt01_2018);
        refusal.ShouldContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        refusal.ShouldContain("Số: 08/TCHS");
        refusal.ShouldContain("không thuộc thẩm quyền giải quyết");
        refusal.ShouldContain("Lê Văn Đức");

        var apologyA = Text(FormKind.ApologyExtension, FormRegime.Tt01_2018);
        foreach (var expected in new[] { "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: 04/PXL", "Kính gửi: Bà Nguyễn Thị Hồng Nhung", "Thời hạn trả kết quả: 16 giờ 00 phút, ngày 12/03/2026", "Lý do: Cần xác minh", "Thời gian hẹn trả kết quả lại: 16 giờ 00 phút, ngày 19/03/2026", "Nơi nhận:", "GIÁM ĐỐC", "Phạm Quốc Bảo" })
        {
            apologyA.ShouldContain(expected);
        }

        var apologyB = Text(FormKind.ApologyExtension, FormRegime.Tt03_2025);
        apologyB.ShouldContain("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
        apologyB.ShouldContain("Thời hạn giải quyết đề nghị gia hạn: 16 giờ 00 phút, ngày 19/03/2026");

        var stop = Text(FormKind.StopNotice, FormRegime.Tt03_2025);
        stop.ShouldContain("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ");
        stop.ShouldContain("Mẫu số 05");
        stop.ShouldContain("Theo đề nghị của người nộp hồ sơ");

        var control = Text(FormKind.ControlSheet, FormRegime.Tt01_2018);
        foreach (var expected in new[] { "Mẫu số 05", "Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: 125/TNHS", "Cơ quan giải quyết hồ sơ: Sở Tư pháp tỉnh H99", "Cơ quan phối hợp giải quyết hồ sơ:", "TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN", "KẾT QUẢ GIẢI", "GHI CHÚ", "1. Giao:", "2. Nhận:", "10 giờ 30 phút, ngày 05/03/2026", "Người giao:", "Võ Thanh Tâm", "Trước hạn", "Đúng hạn", "Chờ ký duyệt" })
        {
            control.ShouldContain(expected);
        }

        Text(FormKind.ControlSheet, FormRegime.Tt03_2025).ShouldContain("Mẫu số 06");
    }

    [Fact]
    public void Ledger_spans_several_pages_with_the_header_on_each()
    {
        var pdf = FormPdf.Render(FormSamples.LedgerSample(45), FormRegime.Tt03_2025);
        var pages = Poppler.Run("pdftotext", pdf, "-layout").Split('\f').Where(p => p.Trim().Length > 0).ToList();

        pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        pages.ShouldAllBe(p => p.Contains("STT") && p.Contains("Mã hồ sơ") && p.Contains("Ký nhận") && p.Contains("Ghi chú"));
        pages[^1].ShouldContain($"Trang {pages.Count}/{pages.Count}");
        var all = Flat(Poppler.Run("pdftotext", pdf));
        foreach (var expected in new[] { "SỔ THEO DÕI HỒ SƠ", "Mẫu số 07", "Năm 2026 – Quyển số: 01/2026", "Nguyễn Thị Hồng Nhung", "H99.01-260309-0045", "Sở Tư pháp", "Đã ký", "Bổ sung một lần" })
        {
            all.ShouldContain(expected);
        }

        Flat(Poppler.Run("pdftotext", FormPdf.Render(FormSamples.LedgerSample(3), FormRegime.Tt01_2018))).ShouldContain("Mẫu số 06");
    }

    [Fact]
    public void Stop_notice_does_not_exist_in_regime_a()
    {
        Should.Throw<ArgumentException>(() => FormPdf.Render(FormSamples.For(FormKind.StopNotice), FormRegime.Tt01_2018));
    }

    [Fact]
    public void Regime_follows_the_configurable_switch_date()
    {
        new FormRegimes(new DateOnly(2025, 8, 1)).ForDate(new DateOnly(2025, 8, 1)).ShouldBe(FormRegime.Tt03_2025);
        new FormRegimes(new DateOnly(2025, 8, 1)).ForDate(new DateOnly(2025, 7, 15)).ShouldBe(FormRegime.Tt01_2018);
        FormRegimes.Number(FormKind.Ledger, FormRegime.Tt01_2018).ShouldBe(6);
        FormRegimes.Number(FormKind.Ledger, FormRegime.Tt03_2025).ShouldBe(7);
    }

    [Fact]
    public void The_signature_block_never_stands_alone_at_the_top_of_a_page()
    {
        var sample = (ReceiptNote)FormSamples.For(FormKind.Receipt);
        var signatureOnALaterPage = false;
        // Every length from one page to two: one of them ends the first page just before the signatures.
        for (var count = 1; count <= 30; count++)
        {
            var receipt = sample with { Components = [.. Enumerable.Range(1, count).Select(i => new ReceiptComponent($"Giấy tờ thứ {i}", "Bản sao", 1))] };
            var pages = Poppler.Run("pdftotext", FormPdf.Render(receipt, FormRegime.Tt03_2025), "-layout").Split('\f');

            var signed = pages.Select(Flat).Single(p => p.Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", StringComparison.Ordinal));

            signed.ShouldContain("Vào Sổ theo dõi hồ sơ, Quyển số", customMessage: $"{count} components");
            signatureOnALaterPage |= !pages[0].Contains("NGƯỜI TIẾP NHẬN HỒ SƠ", StringComparison.Ordinal);
        }

        signatureOnALaterPage.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Receipt", "Tt01_2018", "H99.01.01-261206-0001-mau-01.pdf")]
    [InlineData("ControlSheet", "Tt01_2018", "H99.01.01-261206-0001-mau-05.pdf")]
    [InlineData("ControlSheet", "Tt03_2025", "H99.01.01-261206-0001-mau-06.pdf")]
    [InlineData("StopNotice", "Tt03_2025", "H99.01.01-261206-0001-mau-05.pdf")]
    public void A_form_is_downloaded_under_the_dossier_code_and_its_number_in_the_regime(string kind, string regime, string expected) =>
        FormRegimes.FileName("H99.01.01-261206-0001", Enum.Parse<FormKind>(kind), Enum.Parse<FormRegime>(regime)).ShouldBe(expected);

    [Fact]
    public void Forms_cite_tt_03_2025_from_the_circular_not_from_the_decree_unless_configured()
    {
        var regimes = new FormRegimes(new MotCua.Modules.Dossiers.DossiersOptions().Forms.RegimeBFrom);

        regimes.ForDate(new DateOnly(2025, 8, 1)).ShouldBe(FormRegime.Tt01_2018);
        regimes.ForDate(new DateOnly(2025, 9, 14)).ShouldBe(FormRegime.Tt01_2018);
        regimes.ForDate(new DateOnly(2025, 9, 15)).ShouldBe(FormRegime.Tt03_2025);
    }

    private static string Text(FormKind kind, FormRegime regime) => Flat(Poppler.Run("pdftotext", FormPdf.Render(FormSamples.For(kind), regime)));

    /// <summary>The extracted text with runs of whitespace collapsed, so wrapped phrases can be matched.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");
}
