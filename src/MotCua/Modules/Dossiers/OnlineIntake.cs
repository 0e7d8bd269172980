using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Dossiers.ReceiveDossier;

namespace MotCua.Modules.Dossiers;

/// <summary>A file a citizen gave for one component, already stored and checked by content (<see cref="OnlineIntake.StoreAsync"/>).</summary>
/// <param name="Reused">Taken from the citizen's document wallet instead of uploaded (tái sử dụng).</param>
internal sealed record OnlineComponentFile(int Position, string FileName, string ContentType, long Size, string Sha256, string StoragePath, bool Reused);

/// <summary>The applicant's details of an online dossier, as the portal filled them from the account and the form.</summary>
internal sealed record OnlineApplicant(ApplicantKind Kind, string Name, string? IdentityNumber, string? TaxCode, string Address, string? Phone, string? Email);

/// <summary>
/// The dossiers module's door for the citizen portal: files checked by content into the attachment store, and online
/// dossiers placed at the one-stop desk with their files (NĐ 61/2018 Điều 17 khoản 2).
/// Nothing here saves: the caller saves its own rows and these in one unit of work.
/// </summary>
internal sealed class OnlineIntake(
    AppDbContext db, [FromKeyedServices(AttachmentOptions.StoreKey)] IFileStore store, IDossierFees fees, DossierLifecycle lifecycle, DeskIntake desk, IOptions<AttachmentOptions> options, TimeProvider clock,
    IStringLocalizer<AttachmentsText> text)
{
    public double MaxMegabytes => options.Value.MaxMegabytes;

    /// <summary>Stores an upload when its content is a PDF, JPEG or PNG within the size limit; otherwise says why not, storing nothing.</summary>
    public async Task<(OnlineComponentFile? File, string? Problem)> StoreAsync(int position, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        if (content.Length - content.Position == 0)
        {
            return (null, text["Refusal_Empty"]);
        }

        var type = await AcceptedFileType.DetectAsync(content, cancellationToken);
        if (type is null)
        {
            return (null, text["Refusal_NotAcceptedType"]);
        }

        var stored = await store.SaveAsync(content, options.Value.MaxBytes, cancellationToken);
        if (stored is null)
        {
            return (null, text["Refusal_TooLarge", options.Value.MaxMegabytes]);
        }

        return (new OnlineComponentFile(position, UploadFileName.Sanitise(fileName, type), type.ContentType, stored.Size, stored.Sha256, stored.Key, Reused: false), null);
    }

    public Stream Open(string storagePath) => store.OpenRead(storagePath);

    public void Delete(string storagePath) => store.Delete(storagePath);

    /// <summary>Why no online dossier can be sent for the procedure now (no approved internal process anywhere); null when one can.</summary>
    public async Task<string?> CannotReceiveAsync(PublishedProcedure procedure, CancellationToken cancellationToken) =>
        await desk.HasApprovedProcessAsync(procedure, cancellationToken) ? null : DeskIntake.NoProcessMessage(procedure);

    /// <summary>Adds the new dossier, its checklist and its component files to the unit of work; returns the dossier's id.</summary>
    public Guid Submit(
        PublishedProcedure procedure, Guid deskAgencyId, OnlineApplicant applicant, ReturnMethod returnMethod, string? returnAddress, string eFormValues,
        IReadOnlyList<OnlineComponentFile> files, Guid ownerId, Guid? organisationId, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dossier = Dossier.SubmitOnline(
            procedure, deskAgencyId, ToApplicant(applicant), returnMethod, returnAddress, Checklist(procedure, files), eFormValues, ownerId, organisationId, now, actor);
        db.Dossiers.Add(dossier);
        AddFiles(dossier, files, AttachmentPurpose.Component, now, actor);
        // NĐ 61/2018 Điều 22: the procedure's fees are asked for with the online submission and paid online or at the desk.
        if (fees.RequestProcedureFees(dossier.Id, dossier.AgencyId, procedure, actor.Name) is { } requested)
        {
            dossier.RecordPayment(DossierAction.PaymentRequested, requested, now, actor);
        }

        lifecycle.Stage(dossier);
        return dossier.Id;
    }

    /// <summary>
    /// Sends an online dossier the desk returned for completion again, with the files now given (those not attached yet
    /// are added as supplements); the caller has checked that the dossier is the account's. Added to the unit of work.
    /// </summary>
    /// <exception cref="Common.Errors.BusinessRuleException">The dossier is not waiting for completion.</exception>
    public async Task ResubmitAsync(
        Guid dossierId, PublishedProcedure procedure, string eFormValues, IReadOnlyList<OnlineComponentFile> files, Actor actor, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        var alreadyAttached = (await db.DossierAttachments.Where(f => f.DossierId == dossierId).Select(f => f.StoragePath).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        dossier.ResubmitOnline(Checklist(procedure, files), eFormValues, now, actor);
        AddFiles(dossier, [.. files.Where(f => !alreadyAttached.Contains(f.StoragePath))], AttachmentPurpose.Supplement, now, actor);
        lifecycle.Stage(dossier);
    }

    private void AddFiles(Dossier dossier, IEnumerable<OnlineComponentFile> files, AttachmentPurpose purpose, DateTime now, Actor actor)
    {
        foreach (var file in files)
        {
            var type = AcceptedFileType.All.Single(t => t.ContentType == file.ContentType);
            db.DossierAttachments.Add(DossierAttachment.Create(
                dossier.Id, purpose, file.Position, file.FileName, type, new StoredFile(file.StoragePath, file.Size, file.Sha256), now, actor));
        }
    }

    private static List<SubmittedComponent> Checklist(PublishedProcedure procedure, IReadOnlyList<OnlineComponentFile> files) =>
        [.. procedure.Components.Select(c =>
        {
            var given = files.Where(f => f.Position == c.Position).ToList();
            // Files sent online are electronic copies: digitised from the start (TT 03/2025/TT-VPCP Điều 5 điểm a: no copying needed).
            return new SubmittedComponent
            {
                Position = c.Position, Name = c.Name, Form = c.Forms, Count = c.Count, IsRequired = c.IsRequired,
                Provided = given.Count > 0, Digitised = given.Count > 0, Reused = given.Count > 0 && given.All(f => f.Reused),
            };
        })];

    private static Applicant ToApplicant(OnlineApplicant a) => new()
    {
        Kind = a.Kind, Name = a.Name, IdentityNumber = a.IdentityNumber, TaxCode = a.TaxCode, Address = a.Address, Phone = a.Phone, Email = a.Email,
    };
}
