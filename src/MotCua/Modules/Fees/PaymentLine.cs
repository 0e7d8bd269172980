using MotCua.Modules.Fees.Data;

namespace MotCua.Modules.Fees;

/// <summary>A payment request with its latest gateway attempt, if any.</summary>
internal sealed record PaymentLine(PaymentRequest Request, PaymentTransaction? LastAttempt);
