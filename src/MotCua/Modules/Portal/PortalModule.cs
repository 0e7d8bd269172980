using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Files;
using MotCua.Common.Web;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Common.Data;
using MotCua.Modules.Portal.Apply;
using MotCua.Modules.Portal.Notices;
using MotCua.Modules.Portal.RateDossier;
using MotCua.Modules.Portal.Wallet;

namespace MotCua.Modules.Portal;

/// <summary>
/// The citizen portal (Cổng dịch vụ công): the home and error pages, online applications with the procedure version's
/// e-form and files sent to the competent agency's one-stop desk, the citizen's own dossiers, the document wallet,
/// the in-app notices, the public tracking page and the applicant's rating of a dossier's handling (ADR-023, ADR-036).
/// Dossiers are reached through the dossiers module's API.
/// </summary>
internal static class PortalModule
{
    /// <summary>The page folders only a signed-in citizen opens; the home and error pages are public.</summary>
    private static readonly string[] CitizenFolders = ["/Portal/Apply", "/Portal/MyDossiers", "/Portal/Wallet", "/Portal/Notices"];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OnlineRouting>();
        builder.Services.AddScoped<WalletFiling>();
        builder.Services.AddScoped<DossierRatings>();
        builder.Services.AddScoped<CitizenNotices>();
        builder.Services.AddScoped<IDossierRatings>(sp => sp.GetRequiredService<DossierRatings>());
        builder.Services.AddRatingKioskLimit();
        builder.Services.AddMenu<PortalMenu>();
        builder.Services.AddDossierLifecycleHandler<CitizenInbox>();
        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var folder in CitizenFolders)
            {
                options.Conventions.AuthorizeFolder(folder, Policies.Citizen);
            }
        });
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapGet("/ho-so-cua-toi/{id:guid}/tep/{fileId:guid}", DownloadAsync).RequireAuthorization(Policies.Citizen).ExcludeFromDescription();
        app.MapGet("/ho-so-cua-toi/{id:guid}/bien-lai/{requestId:guid}", ReceiptAsync).RequireAuthorization(Policies.Citizen).ExcludeFromDescription();
        app.MapGet("/kho-du-lieu/{id:guid}/tep", DownloadWalletAsync).RequireAuthorization(Policies.Citizen).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// A file of one of the citizen's dossiers: what they sent, and the electronic result once processing has ended.
    /// Another account's dossier or file, or a result not yet issued, answers 404.
    /// </summary>
    private static async Task<IResult> DownloadAsync(
        Guid id, Guid fileId, HttpContext context, CitizenDossiers dossiers, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        return await dossiers.OpenFileAsync(userId, id, fileId, cancellationToken) is { } file
            ? PrivateDownload.Of(context, file.Content, file.ContentType, file.FileName)
            : Results.NotFound();
    }

    /// <summary>The receipt (biên lai) of a paid fee of one of the citizen's dossiers, as PDF.</summary>
    private static async Task<IResult> ReceiptAsync(
        Guid id, Guid requestId, HttpContext context, CitizenDossiers dossiers, CitizenPayments payments, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        if (!await dossiers.FollowsAsync(userId, id, cancellationToken) || await payments.ReceiptAsync(id, requestId, cancellationToken) is not { } receipt)
        {
            return Results.NotFound();
        }

        return PrivateDownload.Of(context, receipt.Pdf, "application/pdf", receipt.FileName);
    }

    /// <summary>A wallet document of the account or of its organisations; any other id answers 404.</summary>
    private static async Task<IResult> DownloadWalletAsync(
        Guid id, HttpContext context, WalletFiling wallet, OnlineIntake intake, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        var document = await wallet.Visible(userId).AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return document is null ? Results.NotFound() : PrivateDownload.Of(context, intake.Open(document.StoragePath), document.ContentType, document.FileName);
    }
}
