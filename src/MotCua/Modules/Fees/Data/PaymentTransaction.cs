using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Fees.Data;

/// <summary>
/// One attempt to pay a request through a gateway: the order sent, and what the gateway said about it. It is settled once,
/// by a callback or by the reconciliation; later callbacks are only counted.
/// </summary>
internal sealed class PaymentTransaction
{
    private PaymentTransaction()
    {
    }

    public Guid Id { get; private set; }

    public Guid PaymentRequestId { get; private set; }

    /// <summary>The order reference sent to the gateway (unique); its callbacks name it.</summary>
    public string OrderRef { get; private set; } = "";

    public string Provider { get; private set; } = "";

    public long Amount { get; private set; }

    public TransactionStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>The gateway's own transaction number, once it gave one.</summary>
    public string? GatewayTransactionId { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>Callbacks received for this order (a gateway repeats them until it gets an answer).</summary>
    public int CallbackCount { get; private set; }

    /// <summary>A pending order for the whole amount of <paramref name="requestId"/>, sent to <paramref name="provider"/>.</summary>
    public static PaymentTransaction Start(Guid requestId, string provider, long amount, string orderRef, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(), PaymentRequestId = requestId, Provider = provider, Amount = amount, OrderRef = orderRef,
        Status = TransactionStatus.Pending, CreatedAt = at,
    };

    /// <summary>A callback came for the order.</summary>
    public void CountCallback() => CallbackCount++;

    /// <summary>The gateway said how the order ended.</summary>
    public void Settle(bool succeeded, DateTime at, string? gatewayTransactionId, string? failureReason)
    {
        EnsurePending();
        Status = succeeded ? TransactionStatus.Succeeded : TransactionStatus.Failed;
        CompletedAt = at;
        GatewayTransactionId = gatewayTransactionId;
        FailureReason = failureReason;
    }

    /// <summary>
    /// Closed by the reconciliation without a callback: failed when the gateway says so, otherwise expired, for
    /// <paramref name="reason"/>.
    /// </summary>
    public void Close(bool failed, DateTime at, string reason)
    {
        EnsurePending();
        Status = failed ? TransactionStatus.Failed : TransactionStatus.Expired;
        CompletedAt = at;
        FailureReason = reason;
    }

    private void EnsurePending()
    {
        if (Status != TransactionStatus.Pending)
        {
            throw new InvalidOperationException($"Payment transaction {OrderRef} is {Status}, not pending.");
        }
    }
}

internal sealed class PaymentTransactionConfiguration : IEntityTypeConfiguration<PaymentTransaction>
{
    public void Configure(EntityTypeBuilder<PaymentTransaction> builder)
    {
        builder.ToTable("PaymentTransactions");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.OrderRef).HasMaxLength(40);
        builder.Property(t => t.Provider).HasMaxLength(40);
        builder.Property(t => t.Status).HasConversion<int>();
        builder.Property(t => t.GatewayTransactionId).HasMaxLength(100);
        builder.Property(t => t.FailureReason).HasMaxLength(500);
        builder.HasIndex(t => t.OrderRef).IsUnique();
        builder.HasIndex(t => t.PaymentRequestId);
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasOne<PaymentRequest>().WithMany().HasForeignKey(t => t.PaymentRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
