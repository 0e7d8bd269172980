using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>Dossier attachments (tệp đính kèm): options, the file store, the upload service and the download route.</summary>
internal static class AttachmentsModule
{
    public static IServiceCollection AddDossierAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddFileStore(AttachmentOptions.StoreKey, sp => sp.GetRequiredService<IOptions<AttachmentOptions>>().Value.Path);
        services.AddScoped<AttachmentUpload>();
        return services;
    }

    public static IEndpointRouteBuilder MapDossierAttachments(this IEndpointRouteBuilder app)
    {
        // Any staff member who may open the dossier may read its files (the same check as the dossier page).
        app.MapGet("/dossiers/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync)
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, Guid attachmentId, AppDbContext db, IAgencyScope scope, [FromKeyedServices(AttachmentOptions.StoreKey)] IFileStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var file = await (
                from a in db.DossierAttachments
                join d in db.Dossiers on a.DossierId equals d.Id
                where a.Id == attachmentId && a.DossierId == id
                select new { d.AgencyId, a.StoragePath, a.ContentType, a.FileName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || !scope.CanAccessAgency(file.AgencyId))
        {
            return Results.NotFound();
        }

        return PrivateDownload.Of(context, store.OpenRead(file.StoragePath), file.ContentType, file.FileName);
    }
}
