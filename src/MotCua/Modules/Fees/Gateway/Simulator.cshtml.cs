using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Modules.Fees.Gateway;

/// <summary>
/// The SIMULATED gateway's payment page (development and tests only; no money moves). The payer chooses an outcome; the
/// simulator then sends its signed callback through the same code as the HTTP callback and returns the browser.
/// </summary>
[AllowAnonymous]
internal sealed class SimulatorModel(SimulatedPaymentGateway gateway, DossierPayments payments) : PageModel
{
    public GatewayOrder? Order { get; private set; }

    public IActionResult OnGet(string order)
    {
        Order = gateway.Find(order);
        return Order is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string order, string? outcome, CancellationToken cancellationToken)
    {
        Order = gateway.Find(order);
        if (Order is null || outcome is not ("00" or "24" or "51"))
        {
            return NotFound();
        }

        var callback = gateway.Complete(order, outcome);
        await payments.HandleCallbackAsync(callback, cancellationToken);
        return LocalRedirect(Order.ReturnUrl);
    }
}
