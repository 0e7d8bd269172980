using MotCua.Modules.Fees;
using MotCua.Modules.Fees.Data;

namespace MotCua.UnitTests.Fees.Data;

public sealed class PaymentTransactionTests
{
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_settled_order_keeps_its_outcome_and_only_counts_later_callbacks()
    {
        var transaction = PaymentTransaction.Start(Guid.NewGuid(), "Simulated", 50_000, "MC260302AA", At);
        transaction.Settle(succeeded: true, At.AddMinutes(1), "SIM1", null);

        transaction.CountCallback();

        (transaction.Status, transaction.GatewayTransactionId, transaction.CallbackCount).ShouldBe((TransactionStatus.Succeeded, "SIM1", 1));
        Should.Throw<InvalidOperationException>(() => transaction.Settle(succeeded: false, At.AddMinutes(2), null, "late"));
        Should.Throw<InvalidOperationException>(() => transaction.Close(failed: false, At.AddMinutes(2), "late"));
    }

    [Theory]
    [InlineData(true, (int)TransactionStatus.Failed)]
    [InlineData(false, (int)TransactionStatus.Expired)]
    public void The_reconciliation_closes_an_order_as_failed_or_expired_with_its_reason(bool failed, int expected)
    {
        var transaction = PaymentTransaction.Start(Guid.NewGuid(), "Simulated", 50_000, "MC260302AB", At);

        transaction.Close(failed, At.AddMinutes(20), "reason");

        (transaction.Status, transaction.CompletedAt, transaction.FailureReason).ShouldBe(((TransactionStatus)expected, At.AddMinutes(20), "reason"));
    }
}
