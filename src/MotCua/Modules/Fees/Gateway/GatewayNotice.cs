namespace MotCua.Modules.Fees.Gateway;

/// <summary>What a gateway's callback said, once its signature was checked.</summary>
internal sealed record GatewayNotice(string OrderRef, long Amount, bool Succeeded, string? GatewayTransactionId, string? FailureReason);
