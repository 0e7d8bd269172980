using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Modules.Dossiers.Payments;

internal enum TransactionStatus
{
    Pending = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>No answer from the gateway within the time allowed; the reconciliation closed it.</summary>
    Expired = 4,
}

/// <summary>One attempt to pay a request through a gateway: the order sent, and what the gateway said about it.</summary>
internal sealed class PaymentTransaction
{
    public Guid Id { get; set; }

    public Guid PaymentRequestId { get; set; }

    /// <summary>The order reference sent to the gateway (unique); its callbacks name it.</summary>
    public string OrderRef { get; set; } = "";

    public string Provider { get; set; } = "";

    public long Amount { get; set; }

    public TransactionStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>The gateway's own transaction number, once it gave one.</summary>
    public string? GatewayTransactionId { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>Callbacks received for this order (a gateway repeats them until it gets an answer).</summary>
    public int CallbackCount { get; set; }
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
