using MotCua.Common.Files;

namespace MotCua.UnitTests.Common.Files;

public sealed class AcceptedFileTypeTests
{
    [Theory]
    [InlineData("255044462D312E370A25", "application/pdf")]
    [InlineData("89504E470D0A1A0A0000000D49484452", "image/png")]
    [InlineData("FFD8FFE000104A464946", "image/jpeg")]
    [InlineData("FFD8FFE1", "image/jpeg")]
    public void Pdf_png_and_jpeg_are_recognised_by_their_first_bytes(string hex, string contentType)
    {
        AcceptedFileType.Detect(Convert.FromHexString(hex))!.ContentType.ShouldBe(contentType);
    }

    [Theory]
    [InlineData("4D5A90000300000004000000")]
    [InlineData("504B0304140006000800")]
    [InlineData("47494638396101000100")]
    [InlineData("3C68746D6C3E")]
    [InlineData("20255044462D")]
    [InlineData("2550444631")]
    [InlineData("89504E470D0A1A")]
    [InlineData("FFD8")]
    [InlineData("")]
    public void Anything_else_is_not_accepted_whatever_it_is_called(string hex)
    {
        // An .exe ("MZ"), a .docx/zip, a GIF, HTML, a PDF signature not at the start, and signatures cut short.
        AcceptedFileType.Detect(Convert.FromHexString(hex)).ShouldBeNull();
    }

    [Fact]
    public async Task Detecting_from_a_stream_rewinds_it_so_the_whole_file_can_be_stored()
    {
        await using var content = new MemoryStream("%PDF-1.7 rest of the file"u8.ToArray());

        var type = await AcceptedFileType.DetectAsync(content, CancellationToken.None);

        type.ShouldBe(AcceptedFileType.Pdf);
        content.Position.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_shorter_than_any_signature_is_not_accepted()
    {
        await using var content = new MemoryStream([0xFF, 0xD8]);

        (await AcceptedFileType.DetectAsync(content, CancellationToken.None)).ShouldBeNull();
    }
}
