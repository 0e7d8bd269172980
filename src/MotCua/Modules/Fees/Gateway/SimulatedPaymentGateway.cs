using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Localization;

namespace MotCua.Modules.Fees.Gateway;

/// <summary>
/// A SIMULATED payment gateway for development and tests — it moves no money. It behaves like a real one: the payer is
/// sent to its page (<c>/cong-thanh-toan-mo-phong/{order}</c>), chooses success, failure or cancel, the gateway sends a
/// callback signed with HMAC-SHA256 and returns the browser to the agency's return address; it answers status queries
/// for reconciliation. Orders live in this process's memory. It and its page exist only in Development and Testing
/// (ADR-025); a deployment registers its real gateway's adapter.
/// </summary>
internal sealed class SimulatedPaymentGateway(IOptions<PaymentsOptions> options, TimeProvider clock, IStringLocalizer<FeesText> text) : IPaymentGateway
{
    public const string ProviderName = "Simulated";

    /// <summary>The Razor page of the simulator (<see cref="SimulatorModel"/>), which exists only where the simulator does.</summary>
    public const string PageName = "/Fees/Gateway/Simulator";

    private readonly ConcurrentDictionary<string, SimulatedOrder> _orders = new(StringComparer.Ordinal);
    private readonly Lazy<byte[]> _key = new(() => string.IsNullOrEmpty(options.Value.SimulatedSecret)
        ? RandomNumberGenerator.GetBytes(32)
        : Encoding.UTF8.GetBytes(options.Value.SimulatedSecret));

    public string Name => ProviderName;

    public Task<Uri> StartAsync(GatewayOrder order, CancellationToken cancellationToken)
    {
        _orders[order.OrderRef] = new SimulatedOrder(order, GatewayOrderState.Pending, null);
        return Task.FromResult(new Uri("/cong-thanh-toan-mo-phong/" + Uri.EscapeDataString(order.OrderRef), UriKind.Relative));
    }

    public Task<GatewayOrderState> QueryAsync(string orderRef, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.TryGetValue(orderRef, out var order) ? order.State : GatewayOrderState.Unknown);

    public GatewayNotice? Verify(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("signature", out var signature)
            || !fields.TryGetValue("orderRef", out var orderRef)
            || !fields.TryGetValue("amount", out var amountText) || !long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || !fields.TryGetValue("status", out var status) || status is not ("00" or "24" or "51")
            || !fields.TryGetValue("timestamp", out var timestampText) || !long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(fields));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            return null;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age > options.Value.CallbackMaxAge || age < -TimeSpan.FromMinutes(5))
        {
            return null;
        }

        // 00 success; 24 cancelled by the payer; 51 refused (e.g. insufficient funds) — the codes Vietnamese gateways commonly use.
        var failure = status == "00" ? null : RecordLanguage.Write(() => text[status == "24" ? "Gateway_PayerCancelled" : "Gateway_Refused"]);
        return new GatewayNotice(orderRef, amount, status == "00", fields.GetValueOrDefault("txnId"), failure);
    }

    /// <summary>The order as the simulator's page shows it, or null for an unknown order.</summary>
    public GatewayOrder? Find(string orderRef) => _orders.TryGetValue(orderRef, out var order) ? order.Order : null;

    /// <summary>
    /// The payer's choice on the simulator's page: records it and returns the signed callback fields the gateway sends
    /// (<paramref name="status"/> 00, 24 or 51).
    /// </summary>
    public Dictionary<string, string> Complete(string orderRef, string status)
    {
        var order = _orders[orderRef];
        var txnId = "SIM" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        _orders[orderRef] = order with { State = status == "00" ? GatewayOrderState.Succeeded : GatewayOrderState.Failed, TransactionId = txnId };
        return Signed(orderRef, order.Order.Amount, status, txnId, clock.GetUtcNow());
    }

    /// <summary>Callback fields signed with this gateway's key (tests use it to build genuine and replayed callbacks).</summary>
    public Dictionary<string, string> Signed(string orderRef, long amount, string status, string txnId, DateTimeOffset at)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["orderRef"] = orderRef,
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["status"] = status,
            ["txnId"] = txnId,
            ["timestamp"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        };
        fields["signature"] = Sign(fields);
        return fields;
    }

    /// <summary>HMAC-SHA256 over the fields except the signature, sorted by name as <c>name=value</c> joined by <c>&amp;</c>.</summary>
    private string Sign(IReadOnlyDictionary<string, string> fields)
    {
        var canonical = string.Join('&', fields.Where(f => f.Key != "signature").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(canonical)));
    }

    private sealed record SimulatedOrder(GatewayOrder Order, GatewayOrderState State, string? TransactionId);
}
