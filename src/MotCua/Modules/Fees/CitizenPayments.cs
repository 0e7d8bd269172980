using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees.Receipts;

namespace MotCua.Modules.Fees;

/// <summary>A fee asked for one of the citizen's dossiers, as the citizen sees it.</summary>
internal sealed record CitizenPayment(Guid RequestId, long Amount, string Description, PaymentStatus Status, int? ReceiptNumber)
{
    public bool IsPending => Status == PaymentStatus.Pending;

    public bool IsPaid => Status == PaymentStatus.Paid;
}

/// <summary>Where a gateway order the payer came back from stands: the state comes from the gateway's signed callback.</summary>
internal enum CitizenOrderState
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>A gateway order of one of the dossier's fees, with the gateway's reason when it failed.</summary>
internal sealed record CitizenOrder(CitizenOrderState State, string? FailureReason);

/// <summary>A paid fee's receipt (biên lai) as a PDF file.</summary>
internal sealed record CitizenReceipt(byte[] Pdf, string FileName);

/// <summary>
/// The fees of a citizen's dossier for the citizen portal (NĐ 61/2018/NĐ-CP Điều 22): what is asked, paying online
/// through the gateway, the order the payer came back from and the receipt. The caller has checked that the dossier is
/// the account's (<see cref="CitizenDossiers"/>).
/// </summary>
internal sealed class CitizenPayments(DossierPayments payments)
{
    public async Task<IReadOnlyList<CitizenPayment>> OfAsync(Guid dossierId, CancellationToken cancellationToken) =>
        [.. (await payments.LinesAsync(dossierId, cancellationToken)).Select(l => new CitizenPayment(l.Request.Id, l.Request.Amount, l.Request.Description, l.Request.Status, l.Request.ReceiptNumber))];

    /// <summary>The order <paramref name="orderRef"/> when it pays a fee of <paramref name="dossierId"/>; null otherwise.</summary>
    public async Task<CitizenOrder?> OrderAsync(Guid dossierId, string orderRef, CancellationToken cancellationToken)
    {
        if (await payments.FindOrderAsync(orderRef, cancellationToken) is not { } order
            || !await payments.IsRequestOfAsync(dossierId, order.PaymentRequestId, cancellationToken))
        {
            return null;
        }

        var state = order.Status switch
        {
            TransactionStatus.Succeeded => CitizenOrderState.Succeeded,
            TransactionStatus.Pending => CitizenOrderState.Pending,
            _ => CitizenOrderState.Failed,
        };
        return new CitizenOrder(state, order.FailureReason);
    }

    /// <summary>Opens a gateway order for a fee of the dossier; returns where to send the payer, or null when the fee is not the dossier's.</summary>
    /// <exception cref="Common.Errors.BusinessRuleException">The fee is paid or cancelled.</exception>
    public async Task<Uri?> StartAsync(Guid dossierId, Guid requestId, string returnUrl, CancellationToken cancellationToken) =>
        await payments.IsRequestOfAsync(dossierId, requestId, cancellationToken)
            ? await payments.StartAsync(requestId, returnUrl, cancellationToken)
            : null;

    /// <summary>The receipt of a paid fee of the dossier; null when there is none (unknown, another dossier's, unpaid).</summary>
    public async Task<CitizenReceipt?> ReceiptAsync(Guid dossierId, Guid requestId, CancellationToken cancellationToken) =>
        await payments.ReceiptAsync(dossierId, requestId, cancellationToken) is { } receipt
            ? new CitizenReceipt(receipt.ToPdf(), $"bien-lai-{receipt.Number:D7}.pdf")
            : null;
}
