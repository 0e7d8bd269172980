using MotCua.Common.Files;

namespace MotCua.UnitTests.Common.Files;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("Tờ khai đăng ký kết hôn.pdf", "Tờ khai đăng ký kết hôn.pdf")]
    [InlineData("SCAN 001.PDF", "SCAN 001.pdf")]
    [InlineData(@"C:\Users\motcua\Desktop\giay-to.pdf", "giay-to.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("  nhiều    khoảng   trắng  .pdf", "nhiều khoảng trắng.pdf")]
    [InlineData("dòng\r\nmới\t.pdf", "dòngmới.pdf")]
    [InlineData("báo cáo.docx", "báo cáo.docx.pdf")]
    [InlineData("không có đuôi", "không có đuôi.pdf")]
    [InlineData("", "tep-dinh-kem.pdf")]
    [InlineData(null, "tep-dinh-kem.pdf")]
    [InlineData("...", "tep-dinh-kem.pdf")]
    public void A_sent_name_keeps_what_people_recognise_and_loses_what_is_unsafe(string? sent, string expected)
    {
        UploadFileName.Sanitise(sent, AcceptedFileType.Pdf).ShouldBe(expected);
    }

    [Fact]
    public void A_direction_override_cannot_disguise_the_extension()
    {
        // "hợp đồng\u202Efdp.exe" displays as "hợp đồngexe.pdf" where the override is honoured.
        UploadFileName.Sanitise("hợp đồng\u202Efdp.exe", AcceptedFileType.Pdf).ShouldBe("hợp đồngfdp.exe.pdf");
    }

    [Theory]
    [InlineData("ảnh chụp.pdf", "ảnh chụp.png")]
    [InlineData("ảnh chụp.JPG", "ảnh chụp.png")]
    [InlineData("ảnh chụp.png", "ảnh chụp.png")]
    public void The_extension_follows_the_detected_content(string sent, string expected)
    {
        UploadFileName.Sanitise(sent, AcceptedFileType.Png).ShouldBe(expected);
    }

    [Fact]
    public void Both_jpeg_extensions_are_kept_for_a_jpeg()
    {
        UploadFileName.Sanitise("the.jpeg", AcceptedFileType.Jpeg).ShouldBe("the.jpeg");
        UploadFileName.Sanitise("the.jpg", AcceptedFileType.Jpeg).ShouldBe("the.jpg");
        UploadFileName.Sanitise("the.pdf", AcceptedFileType.Jpeg).ShouldBe("the.jpg");
    }

    [Fact]
    public void Decomposed_vietnamese_is_composed_so_the_same_name_looks_and_compares_the_same()
    {
        var decomposed = "Tờ khai.pdf".Normalize(System.Text.NormalizationForm.FormD);

        UploadFileName.Sanitise(decomposed, AcceptedFileType.Pdf).ShouldBe("Tờ khai.pdf");
    }

    [Fact]
    public void A_long_name_is_cut_to_255_characters_at_a_whole_letter_and_keeps_its_extension()
    {
        var sent = new string('a', 250) + "ệệệệệệệệ.pdf";

        var name = UploadFileName.Sanitise(sent, AcceptedFileType.Pdf);

        name.Length.ShouldBeLessThanOrEqualTo(UploadFileName.MaxLength);
        name.ShouldEndWith("ệ.pdf");
        name.ShouldStartWith(new string('a', 250));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var sent = new string('a', 250) + "😀😀😀.pdf";

        var name = UploadFileName.Sanitise(sent, AcceptedFileType.Pdf);

        name.ShouldBe(new string('a', 250) + ".pdf");
    }
}
