namespace MotCua.Modules.Fees;

/// <summary>Where an attempt to pay through a gateway stands.</summary>
internal enum TransactionStatus
{
    Pending = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>No answer from the gateway within the time allowed; the reconciliation closed it.</summary>
    Expired = 4,
}
