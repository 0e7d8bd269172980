using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees.Data;
using MotCua.Modules.Fees.Gateway;
using MotCua.Modules.Fees.Receipts;

namespace MotCua.Modules.Fees;

/// <summary>
/// Fees of dossiers (NĐ 61/2018/NĐ-CP Điều 22): requests at submission or at a step, payment through the gateway
/// (<see cref="IPaymentGateway"/>) or at the desk, idempotent callbacks, receipts, the rule that a required fee is paid
/// before the result is returned, and the reconciliation of orders whose callback never came (ADR-024). What Dossiers
/// asks of fees (<see cref="IDossierFees"/>) is answered here; a dossier's history and facts are reached through
/// <see cref="DossierFacts"/> (ADR-035).
/// </summary>
internal sealed class DossierPayments(
    AppDbContext db, IPaymentGateway gateway, DossierFacts dossiers, TimeProvider clock, IOptions<PaymentsOptions> options, IStringLocalizer<FeesText> text)
    : IDossierFees
{
    /// <summary>How many times a settlement that lost a race is read again and retried.</summary>
    private const int SaveAttempts = 3;

    /// <summary>
    /// Adds a request for <paramref name="amount"/> VND to the unit of work, with a line in the dossier's history.
    /// </summary>
    /// <exception cref="BusinessRuleException">The amount is not more than 0 and at most 10 billion VND.</exception>
    public async Task<PaymentRequest> RequestAsync(Guid dossierId, long amount, string description, bool required, Actor actor, CancellationToken cancellationToken)
    {
        EnsureValidAmount(amount);
        var dossier = await dossiers.SummaryAsync(dossierId, cancellationToken) ?? throw new InvalidOperationException($"Dossier {dossierId} does not exist.");
        var now = clock.GetUtcNow().UtcDateTime;
        var request = PaymentRequest.Create(dossierId, dossier.AgencyId, amount, description, required, now, actor.Name);
        db.PaymentRequests.Add(request);
        await dossiers.RecordFeeAsync(dossierId, FeeFact.Requested, Summary(request), now, actor, cancellationToken);
        return request;
    }

    /// <inheritdoc/>
    public string? RequestProcedureFees(Guid dossierId, Guid agencyId, PublishedProcedure procedure, string requestedBy)
    {
        var fees = procedure.Fees.Where(f => f.AmountVnd > 0).ToList();
        if (fees.Count == 0)
        {
            return null;
        }

        var amount = fees.Sum(f => f.AmountVnd);
        EnsureValidAmount(amount);
        var description = string.Join("; ", fees.Select(f => $"{f.Name}: {Money(f.AmountVnd)}"));
        var request = PaymentRequest.Create(dossierId, agencyId, amount, description, required: true, clock.GetUtcNow().UtcDateTime, requestedBy);
        db.PaymentRequests.Add(request);
        return Summary(request);
    }

    /// <summary>Opens an order at the gateway for a pending request; returns where to send the payer.</summary>
    /// <exception cref="BusinessRuleException">Already paid or cancelled.</exception>
    public async Task<Uri> StartAsync(Guid requestId, string returnUrl, CancellationToken cancellationToken)
    {
        var request = await db.PaymentRequests.AsNoTracking().SingleAsync(p => p.Id == requestId, cancellationToken);
        if (request.Status != PaymentStatus.Pending)
        {
            throw NotPending();
        }

        var orderRef = "MC" + VietnamTime.ToLocal(clock.GetUtcNow()).ToString("yyMMdd", CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var transaction = PaymentTransaction.Start(request.Id, gateway.Name, request.Amount, orderRef, clock.GetUtcNow().UtcDateTime);
        db.PaymentTransactions.Add(transaction);
        await db.SaveChangesAsync(cancellationToken);
        return await gateway.StartAsync(new GatewayOrder(transaction.OrderRef, request.Amount, request.Description, returnUrl + "?order=" + transaction.OrderRef), cancellationToken);
    }

    /// <summary>Applies a gateway callback: checks the signature and the amount, and settles the order once.</summary>
    public async Task<CallbackOutcome> HandleCallbackAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        if (gateway.Verify(fields) is not { } notice)
        {
            return CallbackOutcome.InvalidSignature;
        }

        var transaction = await db.PaymentTransactions.SingleOrDefaultAsync(t => t.OrderRef == notice.OrderRef, cancellationToken);
        if (transaction is null)
        {
            return CallbackOutcome.UnknownOrder;
        }

        if (notice.Amount != transaction.Amount)
        {
            return CallbackOutcome.AmountMismatch;
        }

        if (transaction.Status == TransactionStatus.Pending)
        {
            return await SettleAsync(notice.OrderRef, notice.Succeeded, notice.GatewayTransactionId, notice.FailureReason, countCallback: true, cancellationToken);
        }

        transaction.CountCallback();
        await db.SaveChangesAsync(cancellationToken);
        return CallbackOutcome.AlreadyProcessed;
    }

    /// <summary>Records a payment taken at the desk (cash or transfer) and issues its receipt; returns the paid request.</summary>
    /// <exception cref="BusinessRuleException">Already paid or cancelled.</exception>
    /// <exception cref="DbUpdateException">Settled elsewhere at the same moment, attempt after attempt.</exception>
    public async Task<PaymentRequest> PayAtDeskAsync(Guid requestId, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = await db.Database.BeginTransactionAsync(cancellationToken);
            var request = await db.PaymentRequests.SingleAsync(p => p.Id == requestId, cancellationToken);
            if (request.Status != PaymentStatus.Pending)
            {
                throw NotPending();
            }

            await MarkPaidAsync(request, PaymentMethod.AtDesk, actor, cancellationToken);
            if (await TrySaveAsync(unit, attempt, cancellationToken))
            {
                return request;
            }
        }
    }

    /// <summary>
    /// Withdraws a pending request (waived, or the wrong case of the procedure's fees — the desk then asks for the right
    /// one): it no longer blocks the return; the history and the applicant are told.
    /// </summary>
    public async Task CancelAsync(PaymentRequest request, string reason, Actor actor, CancellationToken cancellationToken)
    {
        if (request.Status != PaymentStatus.Pending)
        {
            throw NotPending();
        }

        request.Cancel();
        await dossiers.RecordFeeAsync(request.DossierId, FeeFact.Cancelled, $"{Money(request.Amount)} — {reason}", clock.GetUtcNow().UtcDateTime, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>True when <paramref name="requestId"/> is a fee request of <paramref name="dossierId"/>.</summary>
    public Task<bool> IsRequestOfAsync(Guid dossierId, Guid requestId, CancellationToken cancellationToken) =>
        db.PaymentRequests.AnyAsync(p => p.Id == requestId && p.DossierId == dossierId, cancellationToken);

    /// <inheritdoc/>
    public Task<bool> HasUnpaidRequiredAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.PaymentRequests.AnyAsync(p => p.DossierId == dossierId && p.Required && p.Status == PaymentStatus.Pending, cancellationToken);

    /// <summary>
    /// Orders with no callback after <see cref="PaymentsOptions.PendingTimeout"/>: asks the gateway; paid ones are settled,
    /// the rest closed as failed or expired. Returns how many were closed.
    /// </summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.PendingTimeout;
        var stale = await db.PaymentTransactions.AsNoTracking().Where(t => t.Status == TransactionStatus.Pending && t.CreatedAt < before)
            .OrderBy(t => t.CreatedAt).Select(t => t.OrderRef).Take(500).ToListAsync(cancellationToken);
        foreach (var orderRef in stale)
        {
            var state = await gateway.QueryAsync(orderRef, cancellationToken);
            if (state == GatewayOrderState.Succeeded)
            {
                await SettleAsync(orderRef, succeeded: true, null, null, countCallback: false, cancellationToken);
                continue;
            }

            // Read now, not with the list: a callback may have settled it meanwhile.
            var transaction = await db.PaymentTransactions.SingleAsync(t => t.OrderRef == orderRef, cancellationToken);
            if (transaction.Status != TransactionStatus.Pending)
            {
                continue;
            }

            var failed = state == GatewayOrderState.Failed;
            transaction.Close(failed, clock.GetUtcNow().UtcDateTime, RecordLanguage.Write(() => text[failed ? "Reconcile_GatewayFailed" : "Reconcile_NoAnswer"]));
            await db.SaveChangesAsync(cancellationToken);
        }

        return stale.Count;
    }

    /// <summary>
    /// Settles a pending order once: the transaction's outcome and, when paid, the request with the next receipt number.
    /// A save that loses a race (the request settled at the same moment) is read again and retried; receipt numbers do not
    /// race (<see cref="ReceiptNumbers"/>).
    /// </summary>
    private async Task<CallbackOutcome> SettleAsync(string orderRef, bool succeeded, string? gatewayId, string? failure, bool countCallback, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var unit = await db.Database.BeginTransactionAsync(cancellationToken);
            var transaction = await db.PaymentTransactions.SingleAsync(t => t.OrderRef == orderRef, cancellationToken);
            if (transaction.Status != TransactionStatus.Pending)
            {
                return CallbackOutcome.AlreadyProcessed;
            }

            if (countCallback)
            {
                transaction.CountCallback();
            }

            transaction.Settle(succeeded, clock.GetUtcNow().UtcDateTime, gatewayId, failure);
            var request = await db.PaymentRequests.SingleAsync(p => p.Id == transaction.PaymentRequestId, cancellationToken);
            if (succeeded && request.Status == PaymentStatus.Pending)
            {
                await MarkPaidAsync(request, PaymentMethod.Online, new Actor(null, GatewayNames.ForRecord(text, transaction.Provider), null), cancellationToken);
            }

            try
            {
                if (await TrySaveAsync(unit, attempt, cancellationToken))
                {
                    return CallbackOutcome.Applied;
                }
            }
            catch (DbUpdateException)
            {
                // Still losing after the last attempt: the gateway is told to send its notice again later.
                db.ChangeTracker.Clear();
                return CallbackOutcome.Busy;
            }
        }
    }

    /// <summary>
    /// Saves and commits the unit of work; when the save loses a race (the request settled at the same moment), rolls it
    /// back and forgets it (so the caller reads the state again) and says so, up to <see cref="SaveAttempts"/> attempts,
    /// after which the exception goes to the caller.
    /// </summary>
    private async Task<bool> TrySaveAsync(IDbContextTransaction unit, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await unit.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (attempt < SaveAttempts)
        {
            await unit.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task MarkPaidAsync(PaymentRequest request, PaymentMethod via, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var year = VietnamTime.ToLocal(now).Year;
        var number = await ReceiptNumbers.NextAsync(db, request.AgencyId, year, cancellationToken);
        request.MarkPaid(via, now.UtcDateTime, year, number);
        var comment = RecordLanguage.Write(() => text["History_Paid", Money(request.Amount), number.ToString("D7", CultureInfo.InvariantCulture)]);
        await dossiers.RecordFeeAsync(request.DossierId, FeeFact.Paid, comment, now.UtcDateTime, actor, cancellationToken);
    }

    /// <summary>The receipt of a paid request of <paramref name="dossierId"/>; null when there is none (unknown, other dossier, unpaid).</summary>
    public async Task<ReceiptData?> ReceiptAsync(Guid dossierId, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.PaymentRequests.AsNoTracking().SingleOrDefaultAsync(p => p.Id == requestId && p.DossierId == dossierId && p.Status == PaymentStatus.Paid, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var dossier = await dossiers.SummaryAsync(dossierId, cancellationToken) ?? throw new InvalidOperationException($"Dossier {dossierId} does not exist.");
        var gatewayId = await db.PaymentTransactions.Where(t => t.PaymentRequestId == requestId && t.Status == TransactionStatus.Succeeded)
            .Select(t => t.GatewayTransactionId).FirstOrDefaultAsync(cancellationToken);
        return new ReceiptData(
            dossier.AgencyName, options.Value.ReceiptForm, options.Value.ReceiptSeries, request.ReceiptNumber!.Value, request.PaidAt!.Value, dossier.ApplicantName,
            dossier.ApplicantAddress, dossier.Code, dossier.ProcedureName, request.Description, request.Amount, request.PaidVia!.Value, gatewayId);
    }

    /// <inheritdoc/>
    public async Task<FeeStatus> FeeStatusAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var states = await db.PaymentRequests.AsNoTracking()
            .Where(p => p.DossierId == dossierId && p.Status != PaymentStatus.Cancelled)
            .Select(p => new { p.Status, p.Required })
            .ToListAsync(cancellationToken);
        return states.Count == 0 ? FeeStatus.NotApplicable
            : states.Any(s => s.Status == PaymentStatus.Pending && s.Required) ? FeeStatus.Unpaid
            : FeeStatus.Paid;
    }

    /// <summary>A dossier's requests, oldest first, with the state of their latest gateway attempt.</summary>
    public async Task<List<PaymentLine>> LinesAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var requests = await db.PaymentRequests.AsNoTracking().Where(p => p.DossierId == dossierId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var ids = requests.Select(r => r.Id).ToList();
        var attempts = await db.PaymentTransactions.AsNoTracking().Where(t => ids.Contains(t.PaymentRequestId)).ToListAsync(cancellationToken);
        return [.. requests.Select(r => new PaymentLine(r, attempts.Where(t => t.PaymentRequestId == r.Id).MaxBy(t => t.CreatedAt)))];
    }

    /// <summary>The transaction of an order, for the page the gateway returns the payer to.</summary>
    public Task<PaymentTransaction?> FindOrderAsync(string orderRef, CancellationToken cancellationToken) =>
        db.PaymentTransactions.AsNoTracking().SingleOrDefaultAsync(t => t.OrderRef == orderRef, cancellationToken);

    /// <summary>An amount in Vietnamese style with the currency's name, as the receipt writes it.</summary>
    public static string Money(long amount) => amount.ToString("#,##0", CultureInfo.GetCultureInfo("vi")) + " " + PaymentReceipt.CurrencyName;

    /// <summary>What the dossier's history records of a request: amount and fee lines.</summary>
    private static string Summary(PaymentRequest request) => $"{Money(request.Amount)} — {request.Description}";

    private void EnsureValidAmount(long amount)
    {
        if (!PaymentRequest.IsValidAmount(amount))
        {
            throw new BusinessRuleException("PaymentAmountInvalid", text["Payments_AmountOutOfRange"]);
        }
    }

    private BusinessRuleException NotPending() => new("PaymentNotPending", text["Payments_NotPending"]);
}
