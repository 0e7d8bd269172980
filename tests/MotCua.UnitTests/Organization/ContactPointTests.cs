using MotCua.Modules.Organization.Account;

namespace MotCua.UnitTests.Organization;

public sealed class ContactPointTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("(+84) 356-123-456", "0356123456")]
    public void Mobile_numbers_written_any_usual_way_become_ten_digits(string input, string canonical)
    {
        ContactPoint.TryParse(input, out var contact).ShouldBeTrue();
        contact!.Kind.ShouldBe(ContactKind.Phone);
        contact.Value.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("0212345678")]
    [InlineData("091234567")]
    [InlineData("09123456789")]
    [InlineData("0412345678")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("an@")]
    [InlineData("an@localhost")]
    [InlineData("An Nguyen <an@example.vn>")]
    public void Anything_else_is_not_a_contact(string? input) => ContactPoint.TryParse(input, out _).ShouldBeFalse();

    [Fact]
    public void E_mail_addresses_are_kept_in_lower_case_and_masked_for_pages()
    {
        ContactPoint.TryParse(" An.Nguyen@Example.VN ", out var contact).ShouldBeTrue();

        contact!.Kind.ShouldBe(ContactKind.Email);
        contact.Value.ShouldBe("an.nguyen@example.vn");
        contact.Masked().ShouldBe("a***@example.vn");
    }

    [Fact]
    public void Phone_numbers_are_masked_to_their_first_four_and_last_three_digits()
    {
        ContactPoint.TryParse("0912345678", out var contact).ShouldBeTrue();

        contact!.Masked().ShouldBe("0912 *** 678");
    }
}
