using MotCua.Modules.Organization.Auditing;

namespace MotCua.UnitTests.Organization;

public sealed class AuditMaskTests
{
    [Theory]
    [InlineData("CCCD 001203004567", "CCCD *********567")]
    [InlineData("ĐT 0912345678", "ĐT *******678")]
    [InlineData("ĐT +84912345678", "ĐT *********678")]
    [InlineData("CMND 123456789 cũ", "CMND ******789 cũ")]
    public void Identity_and_phone_numbers_keep_only_their_last_three_digits(string text, string masked)
    {
        AuditMask.Apply(text).ShouldBe(masked);
    }

    [Theory]
    [InlineData("H99.10 | Sở Nội vụ")]
    [InlineData("Năm 2026, mã 12345678")]
    public void Codes_and_short_numbers_are_left_alone(string text)
    {
        AuditMask.Apply(text).ShouldBe(text);
    }
}
