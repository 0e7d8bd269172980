using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Modules.Dossiers;

namespace MotCua.Modules.Fees.Data;

/// <summary>
/// Yêu cầu thực hiện nghĩa vụ tài chính: fees (phí, lệ phí) a dossier must pay, asked at submission or at a step
/// (NĐ 61/2018/NĐ-CP Điều 22). A required request still pending blocks the return of the result. It changes only through
/// its methods, each of which gives it a new <see cref="Revision"/>.
/// </summary>
internal sealed class PaymentRequest : IDossierFactsSource
{
    public const int DescriptionMaxLength = 500;

    /// <summary>The largest amount one request may ask for, in VND.</summary>
    public const long MaxAmount = 10_000_000_000;

    private PaymentRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>The agency that collects (the dossier's one-stop desk): its reconciliation lists the request.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>VND.</summary>
    public long Amount { get; private set; }

    /// <summary>The fee lines, e.g. "Lệ phí cấp giấy phép: 1.500.000 đ".</summary>
    public string Description { get; private set; } = "";

    public bool Required { get; private set; } = true;

    public PaymentStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public DateTime? PaidAt { get; private set; }

    public PaymentMethod? PaidVia { get; private set; }

    /// <summary>Số biên lai within the agency and year, from 1 (NĐ 123/2020/NĐ-CP Điều 32).</summary>
    public int? ReceiptNumber { get; private set; }

    public int? ReceiptYear { get; private set; }

    /// <summary>Changes with every change: a callback and an officer cannot both settle it.</summary>
    public Guid Revision { get; private set; }

    /// <summary>True for an amount a request may ask for: more than nothing, at most <see cref="MaxAmount"/>.</summary>
    public static bool IsValidAmount(long amount) => amount is > 0 and <= MaxAmount;

    /// <summary>A pending request of <paramref name="amount"/> VND; a description longer than the column is cut.</summary>
    public static PaymentRequest Create(Guid dossierId, Guid agencyId, long amount, string description, bool required, DateTime at, string createdByName)
    {
        if (!IsValidAmount(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A payment request asks for more than 0 and at most 10 billion VND.");
        }

        return new PaymentRequest
        {
            Id = Guid.CreateVersion7(), DossierId = dossierId, AgencyId = agencyId, Amount = amount, Required = required,
            Description = description.Length <= DescriptionMaxLength ? description : description[..DescriptionMaxLength],
            Status = PaymentStatus.Pending, CreatedAt = at, CreatedByName = createdByName, Revision = Guid.NewGuid(),
        };
    }

    /// <summary>Paid: the receipt's year and number are recorded with how and when.</summary>
    public void MarkPaid(PaymentMethod via, DateTime at, int receiptYear, int receiptNumber)
    {
        EnsurePending();
        Status = PaymentStatus.Paid;
        PaidVia = via;
        PaidAt = at;
        ReceiptYear = receiptYear;
        ReceiptNumber = receiptNumber;
        Revision = Guid.NewGuid();
    }

    /// <summary>Withdrawn: it no longer blocks the return of the result.</summary>
    public void Cancel()
    {
        EnsurePending();
        Status = PaymentStatus.Cancelled;
        Revision = Guid.NewGuid();
    }

    // The service checks the state first and tells the person; reaching here otherwise is a programming error.
    private void EnsurePending()
    {
        if (Status != PaymentStatus.Pending)
        {
            throw new InvalidOperationException($"Payment request {Id} is {Status}, not pending.");
        }
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
        builder.ReferencesDossier(p => p.DossierId, DeleteBehavior.Restrict);
    }
}
