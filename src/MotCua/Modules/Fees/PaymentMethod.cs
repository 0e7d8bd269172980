namespace MotCua.Modules.Fees;

/// <summary>How a fee was paid.</summary>
internal enum PaymentMethod
{
    /// <summary>Through the payment gateway (NĐ 61/2018 Điều 22 điểm c: thanh toán trực tuyến).</summary>
    Online = 1,

    /// <summary>Cash or transfer at the one-stop desk (Điều 22 điểm a).</summary>
    AtDesk = 2,
}
