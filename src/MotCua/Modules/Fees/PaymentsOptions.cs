using System.ComponentModel.DataAnnotations;

namespace MotCua.Modules.Fees;

/// <summary>Settings of fee payment (section <c>Payments</c>, docs/operations.md).</summary>
internal sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>
    /// The gateway: only <c>Simulated</c> ships (a development and test stand-in that exists only in Development and
    /// Testing, ADR-024, ADR-025). A deployment registers a keyed <see cref="Gateway.IPaymentGateway"/>
    /// for the national payment platform or its bank and names it here.
    /// </summary>
    public string Gateway { get; set; } = "Simulated";

    /// <summary>The simulator's HMAC key; when empty, one is made at start-up (the simulator signs and checks in the same process).</summary>
    public string? SimulatedSecret { get; set; }

    /// <summary>How long a payment may wait for the gateway's callback before the reconciliation asks the gateway and closes it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Payments:PendingTimeout must be between 1 minute and 7 days.")]
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A signed callback older than this is refused (replay of an old message).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Payments:CallbackMaxAge must be between 1 minute and 7 days.")]
    public TimeSpan CallbackMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Ký hiệu mẫu số and ký hiệu of the electronic fee receipts (NĐ 123/2020/NĐ-CP Điều 32); the installation's own series.</summary>
    public string ReceiptForm { get; set; } = "01BLP0-001";

    public string ReceiptSeries { get; set; } = "MC-26E";
}
