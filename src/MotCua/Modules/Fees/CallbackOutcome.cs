namespace MotCua.Modules.Fees;

/// <summary>What became of a gateway callback; the endpoint answers the gateway accordingly.</summary>
internal enum CallbackOutcome
{
    Applied,

    /// <summary>The same order was settled before: nothing changes (gateways repeat callbacks).</summary>
    AlreadyProcessed,

    /// <summary>Not signed by the gateway, altered, malformed or too old.</summary>
    InvalidSignature,

    UnknownOrder,

    /// <summary>Signed, but for another amount than the order's: refused, nothing changes.</summary>
    AmountMismatch,

    /// <summary>Could not be recorded now (other settlements at the same moment); the gateway should send it again.</summary>
    Busy,
}
