using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers.Processing;

namespace MotCua.UnitTests.Dossiers.Processing;

public sealed class SupplementLinesTests
{
    [Fact]
    public void Each_line_is_an_item_and_the_reason_follows_its_last_dash()
    {
        var items = SupplementLines.Parse(
            "Bản sao giấy chứng nhận — bản đã nộp không có chứng thực\r\n\n  Xác nhận của Phòng Lao động – Việc làm - chưa có chữ ký  \nTờ khai – thiếu ngày ký");

        items.ShouldBe(
        [
            new SupplementItem("Bản sao giấy chứng nhận", "bản đã nộp không có chứng thực"),
            new SupplementItem("Xác nhận của Phòng Lao động – Việc làm", "chưa có chữ ký"),
            new SupplementItem("Tờ khai", "thiếu ngày ký"),
        ]);
    }

    [Theory]
    [InlineData("Bản sao giấy chứng nhận — bản chụp bị mờ\nGiấy xác nhận ký quỹ", 2)]
    [InlineData("Bản sao giấy chứng nhận —", 1)]
    [InlineData("— bản chụp bị mờ", 1)]
    [InlineData("Bản sao giấy chứng nhận — bản chụp bị mờ\nGiấy xác nhận - chưa ký", null)]
    public void A_line_without_a_content_or_a_reason_is_found(string text, int? expected) =>
        SupplementLines.FirstIncomplete(text).ShouldBe(expected);

    [Fact]
    public void A_supplement_request_during_processing_needs_a_reason_on_each_line()
    {
        var today = new DateOnly(2026, 12, 7);
        var task = Guid.NewGuid();

        var missing = DossierCommandRules.Validate(new DossierCommandInput(DossierCommand.RequestSupplement, task, Comment: "Bản sao giấy chứng nhận"), today);
        var complete = DossierCommandRules.Validate(new DossierCommandInput(DossierCommand.RequestSupplement, task, Comment: "Bản sao giấy chứng nhận — bản chụp bị mờ"), today);

        missing.Single(f => f.Field == nameof(DossierCommandInput.Comment)).Message.ShouldStartWith("Dòng 1: ghi nội dung cần bổ sung, hoàn thiện và lý do");
        complete.ShouldBeEmpty();
    }
}
