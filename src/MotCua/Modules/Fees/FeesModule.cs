using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Common.Hosting;
using MotCua.Common.Jobs;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees.Gateway;
using MotCua.Modules.Fees.Reconciliation;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Fees;

/// <summary>
/// Fees of dossiers (ADR-024, ADR-035): options, the gateway named by <c>Payments:Gateway</c> among the registered adapters
/// (the simulator only in Development and Testing), the service and the port Dossiers declares (<see cref="IDossierFees"/>),
/// the callback, the receipts, the reconciliation job.
/// </summary>
internal static class FeesModule
{
    public static WebApplicationBuilder AddFees(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMenu<FeesMenu>();
        services.AddScoped<CitizenPayments>();
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations()
            .Validate<IServiceProviderIsKeyedService>((o, registered) => registered.IsKeyedService(typeof(IPaymentGateway), o.Gateway),
                "Payments:Gateway names no registered payment gateway adapter. The built-in 'Simulated' exists only in Development and Testing; register your gateway's adapter (keyed IPaymentGateway) and name it here.")
            .ValidateOnStart();
        if (builder.Environment.IsLocal())
        {
            services.AddSingleton<SimulatedPaymentGateway>();
            services.AddKeyedSingleton<IPaymentGateway>(SimulatedPaymentGateway.ProviderName, (sp, _) => sp.GetRequiredService<SimulatedPaymentGateway>());
        }
        else
        {
            // Its page moves no money and must not be reachable where real payers are.
            services.Configure<RazorPagesOptions>(options =>
                options.Conventions.AddPageRouteModelConvention(SimulatedPaymentGateway.PageName, page => page.Selectors.Clear()));
        }

        services.AddSingleton(sp => sp.GetRequiredKeyedService<IPaymentGateway>(sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.Gateway));
        services.AddScoped<DossierPayments>();
        services.AddScoped<IDossierFees>(sp => sp.GetRequiredService<DossierPayments>());
        services.AddScheduledJob<PaymentReconciliationJob>();
        return builder;
    }

    public static WebApplication MapFees(this WebApplication app)
    {
        // The gateway's server-to-server notice (IPN): no session, no antiforgery; the HMAC signature is the check.
        app.MapPost("/api/v1/payments/callback", CallbackAsync).AllowAnonymous().DisableAntiforgery()
            .WithTags("Payments")
            .WithName("ReceivePaymentNotice")
            .WithSummary("Payment gateway notice (IPN)")
            .WithDescription("Called by the payment gateway, form-encoded and signed (HMAC-SHA256). Answers code 00 confirmed, 02 already confirmed, 01 unknown order, 04 wrong amount, 97 bad signature, 99 (503) try again later.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status400BadRequest, contentType: "application/json")
            .Produces(StatusCodes.Status404NotFound, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: "application/json");
        app.MapGet("/dossiers/{id:guid}/payments/{requestId:guid}/receipt", ReceiptAsync).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }

    /// <summary>A receipt of a dossier the officer may open, as PDF; otherwise 404.</summary>
    private static async Task<IResult> ReceiptAsync(
        Guid id, Guid requestId, DossierFacts dossiers, IAgencyScope scope, DossierPayments payments, CancellationToken cancellationToken)
    {
        if (!await dossiers.CanViewAsync(scope, id, cancellationToken) || await payments.ReceiptAsync(id, requestId, cancellationToken) is not { } receipt)
        {
            return Results.NotFound();
        }

        return Results.File(receipt.ToPdf(), "application/pdf", $"bien-lai-{receipt.Number:D7}.pdf");
    }

    private static async Task<IResult> CallbackAsync(HttpRequest request, DossierPayments payments, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Results.BadRequest(new { code = "99", message = "Expected application/x-www-form-urlencoded." });
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Count > 20)
        {
            return Results.BadRequest(new { code = "99", message = "Too many fields." });
        }

        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return await payments.HandleCallbackAsync(fields, cancellationToken) switch
        {
            CallbackOutcome.Applied => Results.Ok(new { code = "00", message = "Confirmed" }),
            CallbackOutcome.AlreadyProcessed => Results.Ok(new { code = "02", message = "Order already confirmed" }),
            CallbackOutcome.UnknownOrder => Results.NotFound(new { code = "01", message = "Order not found" }),
            CallbackOutcome.AmountMismatch => Results.BadRequest(new { code = "04", message = "Invalid amount" }),
            CallbackOutcome.Busy => Results.Json(new { code = "99", message = "Try again later" }, statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.BadRequest(new { code = "97", message = "Invalid signature" }),
        };
    }
}
