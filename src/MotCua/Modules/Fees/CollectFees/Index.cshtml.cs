using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Fees.CollectFees;

/// <summary>
/// A dossier's fees as staff see them: each request with its state and last gateway attempt, the receipts; the agency's
/// officers ask for a fee at a step, the desk records a payment taken at the counter.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(
    AppDbContext db, IAgencyScope scope, DossierFacts dossiers, DossierPayments payments, IAuthorizationService authorization, IStringLocalizer<FeesText> text)
    : PageModel
{
    public DossierSummary Dossier { get; private set; } = null!;

    public IReadOnlyList<PaymentLine> Lines { get; private set; } = [];

    public bool CanRequest { get; private set; }

    public bool CanCollect { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAsync(Guid id, string? amount, string? description, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanRequest)
        {
            return NotFound();
        }

        var what = description?.Trim() ?? "";
        var failures = new List<RuleFailure>();
        if (!long.TryParse(amount?.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), out var value) || value <= 0)
        {
            failures.Add(new RuleFailure("amount", text["Payments_AmountInvalid"]));
        }

        if (what.Length is 0 or > PaymentRequest.DescriptionMaxLength)
        {
            failures.Add(new RuleFailure("description", text["Payments_DescriptionInvalid", PaymentRequest.DescriptionMaxLength]));
        }

        failures.AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await TryChangeAsync(
            async () =>
            {
                await payments.RequestAsync(id, value, what, required: true, Actor.From(HttpContext), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            },
            "amount",
            "Payments_DossierChangedMeanwhile"))
        {
            return Page();
        }

        Message = text["Payments_RequestSent"];
        return Redirect($"/dossiers/{id}/payments");
    }

    public async Task<IActionResult> OnPostCollectAsync(Guid id, Guid request, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanCollect || await db.PaymentRequests.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request && p.DossierId == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        PaymentRequest? paid = null;
        if (!await TryChangeAsync(async () => paid = await payments.PayAtDeskAsync(row.Id, Actor.From(HttpContext), cancellationToken), "", "Payments_PaidMeanwhile"))
        {
            return Page();
        }

        Message = text["Payments_Collected", DossierPayments.Money(paid!.Amount), paid.ReceiptNumber!.Value.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)];
        return Redirect($"/dossiers/{id}/payments");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid request, string? reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanRequest || await db.PaymentRequests.SingleOrDefaultAsync(p => p.Id == request && p.DossierId == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        var why = reason?.Trim() ?? "";
        if (why.Length is 0 or > PaymentRequest.DescriptionMaxLength)
        {
            new RuleFailure("reason", text["Payments_CancelReason", PaymentRequest.DescriptionMaxLength]).AddTo(ModelState);
            return Page();
        }

        if (!await TryChangeAsync(() => payments.CancelAsync(row, why, Actor.From(HttpContext), cancellationToken), "", "Payments_PaidMeanwhile"))
        {
            return Page();
        }

        Message = text["Payments_CancelledDone"];
        return Redirect($"/dossiers/{id}/payments");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await dossiers.CanViewAsync(scope, id, cancellationToken) || await dossiers.SummaryAsync(id, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = dossier;
        Lines = await payments.LinesAsync(id, cancellationToken);
        var ownAgency = scope.AgencyId == Dossier.AgencyId;
        // The agency's own desk, specialists and leaders settle its fees (the roles that work on its dossiers).
        CanRequest = ownAgency && (await authorization.AuthorizeAsync(User, Policies.HandleDossiers)).Succeeded;
        CanCollect = ownAgency && User.IsInRole(Roles.CounterOfficer);
        return true;
    }

    /// <summary>
    /// Makes the change; a broken rule is shown at <paramref name="field"/> and a change saved meanwhile by someone else
    /// (a concurrency or unique-key conflict) as <paramref name="meanwhileKey"/>, instead of an error page.
    /// </summary>
    private async Task<bool> TryChangeAsync(Func<Task> change, string field, string meanwhileKey)
    {
        try
        {
            await change();
            return true;
        }
        catch (BusinessRuleException broken)
        {
            new RuleFailure(field, broken.Message).AddTo(ModelState);
        }
        catch (DbUpdateException)
        {
            new RuleFailure("", text[meanwhileKey]).AddTo(ModelState);
        }

        return false;
    }
}
