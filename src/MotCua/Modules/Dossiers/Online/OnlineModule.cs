using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Fees;
using MotCua.Modules.Dossiers.Online.MyDossiers;
using MotCua.Modules.Dossiers.Online.Wallet;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Common.Web;

namespace MotCua.Modules.Dossiers.Online;

/// <summary>
/// Dịch vụ công trực tuyến: online applications with the procedure version's e-form and files, sent to the competent
/// agency's one-stop desk, and the citizen's own dossiers (ADR-023).
/// </summary>
internal static class OnlineModule
{
    public static WebApplicationBuilder AddOnlineServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OnlineRouting>();
        builder.Services.AddScoped<CitizenDossiers>();
        builder.Services.AddScoped<WalletFiling>();
        builder.Services.AddScoped<Notices.UnreadNotices>();
        builder.Services.AddMenu<OnlineMenu>();
        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Dossiers/Online", Policies.Citizen));
        return builder;
    }

    public static WebApplication MapOnlineServices(this WebApplication app)
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
        Guid id, Guid fileId, HttpContext context, AppDbContext db, CitizenDossiers dossiers, OnlineIntake intake, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        var dossier = await dossiers.Of(userId).AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Status }).SingleOrDefaultAsync(cancellationToken);
        var file = await db.DossierAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == fileId && a.DossierId == id, cancellationToken);
        if (dossier is null || file is null || !CitizenDossiers.ApplicantSees(dossier.Status, file.Purpose))
        {
            return Results.NotFound();
        }

        return Results.File(intake.Open(file.StoragePath), file.ContentType, file.FileName);
    }

    /// <summary>The receipt (biên lai) of a paid fee of one of the citizen's dossiers, as PDF.</summary>
    private static async Task<IResult> ReceiptAsync(
        Guid id, Guid requestId, HttpContext context, CitizenDossiers dossiers, DossierPayments payments, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        if (!await dossiers.Of(userId).AnyAsync(d => d.Id == id, cancellationToken) || await payments.ReceiptAsync(id, requestId, cancellationToken) is not { } receipt)
        {
            return Results.NotFound();
        }

        return Results.File(receipt.ToPdf(), "application/pdf", $"bien-lai-{receipt.Number:D7}.pdf");
    }

    /// <summary>A wallet document of the account or of its organisations; any other id answers 404.</summary>
    private static async Task<IResult> DownloadWalletAsync(
        Guid id, HttpContext context, WalletFiling wallet, OnlineIntake intake, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(context.User)!);
        var document = await wallet.Visible(userId).AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return document is null ? Results.NotFound() : Results.File(intake.Open(document.StoragePath), document.ContentType, document.FileName);
    }
}
