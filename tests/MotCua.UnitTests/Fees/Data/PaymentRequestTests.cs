using MotCua.Modules.Fees;
using MotCua.Modules.Fees.Data;

namespace MotCua.UnitTests.Fees.Data;

public sealed class PaymentRequestTests
{
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    [InlineData(10_000_000_000, true)]
    [InlineData(10_000_000_001, false)]
    public void A_request_asks_for_more_than_nothing_and_at_most_ten_billion_dong(long amount, bool valid)
    {
        PaymentRequest.IsValidAmount(amount).ShouldBe(valid);
        if (!valid)
        {
            Should.Throw<ArgumentOutOfRangeException>(() => NewRequest(amount));
        }
    }

    [Fact]
    public void A_new_request_is_pending_and_a_description_longer_than_the_column_is_cut()
    {
        var request = PaymentRequest.Create(Guid.NewGuid(), Guid.NewGuid(), 50_000, new string('x', 600), required: true, At, "Cán bộ");

        request.Status.ShouldBe(PaymentStatus.Pending);
        request.Description.Length.ShouldBe(PaymentRequest.DescriptionMaxLength);
        request.CreatedByName.ShouldBe("Cán bộ");
    }

    [Fact]
    public void Paying_records_the_receipt_and_gives_a_new_revision()
    {
        var request = NewRequest(50_000);
        var revision = request.Revision;

        request.MarkPaid(PaymentMethod.AtDesk, At, 2026, 7);

        (request.Status, request.PaidVia, request.PaidAt, request.ReceiptYear, request.ReceiptNumber).ShouldBe((PaymentStatus.Paid, PaymentMethod.AtDesk, At, 2026, 7));
        request.Revision.ShouldNotBe(revision);
    }

    [Fact]
    public void A_paid_request_is_neither_paid_again_nor_cancelled()
    {
        var request = NewRequest(50_000);
        request.MarkPaid(PaymentMethod.Online, At, 2026, 1);

        Should.Throw<InvalidOperationException>(() => request.MarkPaid(PaymentMethod.AtDesk, At, 2026, 2));
        Should.Throw<InvalidOperationException>(request.Cancel);
        request.ReceiptNumber.ShouldBe(1);
    }

    [Fact]
    public void A_cancelled_request_cannot_be_paid()
    {
        var request = NewRequest(50_000);
        request.Cancel();

        request.Status.ShouldBe(PaymentStatus.Cancelled);
        Should.Throw<InvalidOperationException>(() => request.MarkPaid(PaymentMethod.AtDesk, At, 2026, 1));
    }

    private static PaymentRequest NewRequest(long amount) =>
        PaymentRequest.Create(Guid.NewGuid(), Guid.NewGuid(), amount, "Lệ phí", required: true, At, "Cán bộ");
}
