namespace MotCua.Modules.Fees.Gateway;

/// <summary>
/// A payment gateway (ADR-024): the national payment platform of Cổng DVCQG, a bank, or — for development and tests —
/// <see cref="SimulatedPaymentGateway"/>. A deployment registers its adapter keyed by its name
/// (<c>AddKeyedSingleton&lt;IPaymentGateway, MyBankGateway&gt;("MyBank")</c>) and sets <c>Payments:Gateway</c> to that name.
/// </summary>
internal interface IPaymentGateway
{
    /// <summary>The name stored with each transaction.</summary>
    string Name { get; }

    /// <summary>Where to send the payer's browser to pay <paramref name="order"/>.</summary>
    Task<Uri> StartAsync(GatewayOrder order, CancellationToken cancellationToken);

    /// <summary>Checks a callback's signature; null when it is not one this gateway signed (forged, altered, malformed).</summary>
    GatewayNotice? Verify(IReadOnlyDictionary<string, string> fields);

    /// <summary>Asks the gateway what became of an order (for orders whose callback never came).</summary>
    Task<GatewayOrderState> QueryAsync(string orderRef, CancellationToken cancellationToken);
}
