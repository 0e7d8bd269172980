namespace MotCua.Modules.Fees.Gateway;

/// <summary>An order sent to a gateway.</summary>
/// <param name="ReturnUrl">Where the gateway sends the payer's browser afterwards.</param>
internal sealed record GatewayOrder(string OrderRef, long Amount, string Description, string ReturnUrl);
