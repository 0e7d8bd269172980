using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers.Data;

namespace MotCua.Modules.Dossiers.Payments;

internal enum PaymentStatus
{
    /// <summary>Chưa thanh toán.</summary>
    Pending = 1,

    /// <summary>Đã thanh toán: a receipt (biên lai) was issued.</summary>
    Paid = 2,

    /// <summary>Withdrawn by the agency (waived, or replaced by another request).</summary>
    Cancelled = 3,
}

internal enum PaymentMethod
{
    /// <summary>Through the payment gateway (NĐ 61/2018 Điều 22 điểm c: thanh toán trực tuyến).</summary>
    Online = 1,

    /// <summary>Cash or transfer at the one-stop desk (Điều 22 điểm a).</summary>
    AtDesk = 2,
}

/// <summary>
/// Yêu cầu thực hiện nghĩa vụ tài chính: fees (phí, lệ phí) a dossier must pay, asked at submission or at a step
/// (NĐ 61/2018/NĐ-CP Điều 22). A required request still pending blocks the return of the result.
/// </summary>
internal sealed class PaymentRequest
{
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The agency that collects (the dossier's one-stop desk): its reconciliation lists the request.</summary>
    public Guid AgencyId { get; set; }

    /// <summary>VND.</summary>
    public long Amount { get; set; }

    /// <summary>The fee lines, e.g. "Lệ phí cấp giấy phép: 1.500.000 đ".</summary>
    public string Description { get; set; } = "";

    public bool Required { get; set; } = true;

    public PaymentStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedByName { get; set; } = "";

    public DateTime? PaidAt { get; set; }

    public PaymentMethod? PaidVia { get; set; }

    /// <summary>Số biên lai within the agency and year, from 1 (NĐ 123/2020/NĐ-CP Điều 32).</summary>
    public int? ReceiptNumber { get; set; }

    public int? ReceiptYear { get; set; }

    /// <summary>Changes with every change: a callback and an officer cannot both settle it.</summary>
    public Guid Revision { get; set; }

    public void MarkPaid(PaymentMethod via, DateTime at, int receiptYear, int receiptNumber)
    {
        Status = PaymentStatus.Paid;
        PaidVia = via;
        PaidAt = at;
        ReceiptYear = receiptYear;
        ReceiptNumber = receiptNumber;
        Revision = Guid.NewGuid();
    }
}

internal sealed class PaymentRequestConfiguration : IEntityTypeConfiguration<PaymentRequest>
{
    public void Configure(EntityTypeBuilder<PaymentRequest> builder)
    {
        builder.ToTable("PaymentRequests");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Description).HasMaxLength(PaymentRequest.DescriptionMaxLength);
        builder.Property(p => p.CreatedByName).HasMaxLength(256);
        builder.Property(p => p.Status).HasConversion<int>();
        builder.Property(p => p.PaidVia).HasConversion<int>();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => p.DossierId);
        builder.HasIndex(p => new { p.AgencyId, p.ReceiptYear, p.ReceiptNumber }).IsUnique();
        builder.HasOne<Dossier>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}
