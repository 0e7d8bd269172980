namespace MotCua.Modules.Fees.Receipts;

/// <summary>What a fee receipt shows.</summary>
internal sealed record ReceiptData(
    string AgencyName, string ReceiptForm, string ReceiptSeries, int Number, DateTime PaidAt, string Payer, string? PayerAddress, string? DossierCode,
    string ProcedureName, string Description, long Amount, PaymentMethod Via, string? GatewayTransactionId)
{
    /// <summary>The printable receipt (<see cref="PaymentReceipt"/>).</summary>
    public byte[] ToPdf() => PaymentReceipt.Render(this);
}
