namespace MotCua.Modules.Fees.Gateway;

/// <summary>What the gateway reports about an order when asked (reconciliation).</summary>
internal enum GatewayOrderState
{
    Unknown,
    Pending,
    Succeeded,
    Failed,
}
