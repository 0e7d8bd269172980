using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.ViewPetition;

/// <summary>A PAKN's files for those who may open the PAKN (the same check as its page); anything else answers 404.</summary>
internal static class PetitionAttachmentDownload
{
    public static IEndpointRouteBuilder MapPetitionAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feedback/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync)
            .RequireAuthorization(Policies.ReadFeedback)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, Guid attachmentId, AppDbContext db, IAgencyScope scope, [FromKeyedServices(FeedbackAttachmentOptions.StoreKey)] IFileStore store, HttpContext context,
        CancellationToken cancellationToken)
    {
        var file = await (
                from a in db.PetitionAttachments
                join p in db.Petitions on a.PetitionId equals p.Id
                where a.Id == attachmentId && a.PetitionId == id
                select new { p.AgencyId, a.StoragePath, a.ContentType, a.FileName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || !scope.CanAccessAgency(file.AgencyId))
        {
            return Results.NotFound();
        }

        return PrivateDownload.Of(context, store.OpenRead(file.StoragePath), file.ContentType, file.FileName);
    }
}
