using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Fees.Reconciliation;

/// <summary>
/// Đối soát thanh toán: the agency's gateway transactions of a day with what the gateway said and what the agency
/// recorded, the totals, and the orders still waiting; the desk can run the reconciliation at once.
/// </summary>
[Authorize(Policy = Policies.HandleDossiers)]
internal sealed class ReconciliationModel(
    AppDbContext db, IAgencyScope scope, DossierFacts dossiers, DossierPayments payments, TimeProvider clock, IStringLocalizer<FeesText> text)
    : PageModel
{
    [FromQuery(Name = "ngay")]
    public DateOnly? Day { get; set; }

    public DateOnly ShownDay { get; private set; }

    public IReadOnlyList<(PaymentTransaction Transaction, string? DossierCode, Guid DossierId, PaymentStatus RequestStatus)> Rows { get; private set; } = [];

    public long PaidOnline { get; private set; }

    public long PaidAtDesk { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            return Forbid();
        }

        ShownDay = Day ?? VietnamTime.Today(clock);
        var from = VietnamTime.StartOfLocalDayUtc(ShownDay);
        var to = VietnamTime.StartOfLocalDayUtc(ShownDay.AddDays(1));
        var rows = await db.PaymentTransactions.AsNoTracking()
            .Where(t => t.CreatedAt >= from && t.CreatedAt < to)
            .Join(db.PaymentRequests.Where(p => p.AgencyId == agencyId), t => t.PaymentRequestId, p => p.Id, (t, p) => new { t, p.DossierId, p.Status })
            .OrderBy(x => x.t.CreatedAt).Take(1000).ToListAsync(cancellationToken);
        var codes = await dossiers.CodesAsync([.. rows.Select(r => r.DossierId).Distinct()], cancellationToken);
        Rows = [.. rows.Select(r => (r.t, codes.GetValueOrDefault(r.DossierId), r.DossierId, r.Status))];
        var paid = await db.PaymentRequests.AsNoTracking()
            .Where(p => p.AgencyId == agencyId && p.Status == PaymentStatus.Paid && p.PaidAt >= from && p.PaidAt < to)
            .Select(p => new { p.Amount, p.PaidVia }).ToListAsync(cancellationToken);
        PaidOnline = paid.Where(p => p.PaidVia == PaymentMethod.Online).Sum(p => p.Amount);
        PaidAtDesk = paid.Where(p => p.PaidVia == PaymentMethod.AtDesk).Sum(p => p.Amount);
        return Page();
    }

    /// <summary>
    /// What the row says of the fee: a failed or expired order never reads "paid", even when the fee was paid later through
    /// another order or at the desk.
    /// </summary>
    public static string RequestText(TransactionStatus transaction, PaymentStatus request) =>
        request == PaymentStatus.Paid && transaction != TransactionStatus.Succeeded ? "Request_PaidOtherwise" : "Request_" + request;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is null || !User.IsInRole(Roles.CounterOfficer))
        {
            return Forbid();
        }

        var closed = await payments.ReconcileAsync(cancellationToken);
        Message = text["Reconcile_Done", closed];
        return Redirect("/payments/reconciliation");
    }
}
