namespace MotCua.Modules.Fees;

/// <summary>Where a payment request stands.</summary>
internal enum PaymentStatus
{
    /// <summary>Chưa thanh toán.</summary>
    Pending = 1,

    /// <summary>Đã thanh toán: a receipt (biên lai) was issued.</summary>
    Paid = 2,

    /// <summary>Withdrawn by the agency (waived, or replaced by another request).</summary>
    Cancelled = 3,
}
