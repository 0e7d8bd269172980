using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Codes;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Feedback;

/// <summary>What the sender is given: the code, where it went, the deadline and the digits that open the tracking page.</summary>
internal sealed record PetitionReceipt(
    Guid Id, string Code, PetitionCategory Category, Guid AgencyId, string AgencyName, DateTime ReceivedAt, DateTime? DueAt,
    [property: Description("The 4 digits that, with the code, open the tracking page /tra-cuu-pakn: the last 4 of the sender's phone, or random digits when the sender gave no phone (the sender must be told them).")]
    string CheckDigits,
    [property: Description("True when the check digits are the last 4 of the sender's phone; false when they are random and known only from this receipt.")]
    bool CheckDigitsArePhone);

/// <summary>A file sent with a PAKN, not yet checked (the form reader buffers it, so the stream can be read twice).</summary>
internal sealed record PetitionUpload(Stream Content, string? FileName);

/// <summary>The receipt, or the failures by <see cref="PetitionSubmission"/> property name (files as <c>Files</c>).</summary>
internal sealed record PetitionIntakeResult(PetitionReceipt? Receipt, IReadOnlyList<RuleFailure> Errors);

/// <summary>
/// The Feedback module's door for every channel (the portal, the desk, the APIs): checks a submission, links it to the
/// catalogue and to a dossier, gives it the day's next code and stores it with its first deadlines in one transaction
/// (NĐ 20/2008 Điều 6, 9; ADR-046 §1–§2).
/// </summary>
internal sealed class PetitionIntake(
    AppDbContext db, PetitionCodeAllocator codes, PetitionClocks clocks, SenderMessages messages, PublishedProcedures procedures, DossierFacts dossiers,
    [FromKeyedServices(FeedbackAttachmentOptions.StoreKey)] IFileStore store, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    /// <summary>The field the files' failures name.</summary>
    public const string Files = "Files";

    /// <summary>
    /// Stores the PAKN for <paramref name="agencyId"/> (null: the configured receiver). <paramref name="beforeSave"/> may add
    /// the caller's rows to the same transaction (the API's idempotency record).
    /// </summary>
    public async Task<PetitionIntakeResult> SubmitAsync(
        PetitionSubmission input, IReadOnlyList<PetitionUpload> files, PetitionChannel channel, Actor actor, Guid? agencyId, Guid? senderUserId,
        Action<PetitionReceipt>? beforeSave, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failures = PetitionSubmissionRules.Check(input, settings.Intake);
        if (files.Count > settings.Attachments.MaxCount)
        {
            failures = [.. failures, new RuleFailure(Files, ResourceText.Get<FeedbackText>("Input_TooManyFiles", settings.Attachments.MaxCount))];
        }

        if (failures.Count > 0)
        {
            return new PetitionIntakeResult(null, failures);
        }

        var draft = new PetitionDraft(
            input.Category!.Value, input.Content!.Trim(), input.SenderKind!.Value, input.SenderName!.Trim(), PetitionSubmissionRules.Clean(input.SenderTaxCode),
            PetitionSubmissionRules.NormalisedPhone(input.Phone), PetitionSubmissionRules.Clean(input.Email), PetitionSubmissionRules.Clean(input.Address),
            senderUserId, input.ConsentToPublish, channel)
        {
            LegalDocument = PetitionSubmissionRules.Clean(input.LegalDocument),
            LegalArticle = PetitionSubmissionRules.Clean(input.LegalArticle),
            Location = PetitionSubmissionRules.Clean(input.Location),
            Latitude = input.Latitude,
            Longitude = input.Longitude,
        };
        var links = new List<RuleFailure>();
        if (PetitionSubmissionRules.Clean(input.ProcedureCode) is { } procedureCode)
        {
            var procedure = await procedures.FindInForceAsync(procedureCode, cancellationToken);
            if (procedure is null)
            {
                links.Add(new RuleFailure(nameof(input.ProcedureCode), ResourceText.Get<FeedbackText>("Input_ProcedureUnknown", procedureCode)));
            }
            else
            {
                draft = draft with { ProcedureCode = procedure.Code, ProcedureVersionId = procedure.VersionId, ProcedureName = procedure.Name };
            }
        }

        if (PetitionSubmissionRules.Clean(input.DossierCode) is { } dossierCode)
        {
            var dossier = await dossiers.FindByCodeAsync(dossierCode, cancellationToken);
            if (dossier is null)
            {
                links.Add(new RuleFailure(nameof(input.DossierCode), ResourceText.Get<FeedbackText>("Input_DossierUnknown", dossierCode)));
            }
            else
            {
                draft = draft with { DossierCode = dossierCode.ToUpperInvariant(), DossierId = dossier.Value.DossierId };
            }
        }

        if (links.Count > 0)
        {
            return new PetitionIntakeResult(null, links);
        }

        var (stored, fileFailures) = await StoreAsync(files, cancellationToken);
        if (fileFailures.Count > 0)
        {
            return new PetitionIntakeResult(null, fileFailures);
        }

        try
        {
            return await SaveAsync(draft, stored, channel, actor, agencyId, beforeSave, cancellationToken);
        }
        catch
        {
            // Nothing refers to the files of a PAKN that was not saved.
            foreach (var file in stored)
            {
                store.Delete(file.StoragePath);
            }

            throw;
        }
    }

    private async Task<PetitionIntakeResult> SaveAsync(
        PetitionDraft draft, IReadOnlyList<PetitionAttachment> files, PetitionChannel channel, Actor actor, Guid? agencyId, Action<PetitionReceipt>? beforeSave,
        CancellationToken cancellationToken)
    {
        if (await ReceiverAsync(agencyId, cancellationToken) is not { } agency)
        {
            return new PetitionIntakeResult(null, [new RuleFailure("", ResourceText.Get<FeedbackText>("Input_AgencyInactive"))]);
        }
        var agencyClock = await clocks.ForAsync(agency.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sender = actor.UserId is null && channel is PetitionChannel.PortalGuest ? new Actor(null, draft.SenderName, actor.Ip) : actor;
        var petitionActor = new PetitionActor(sender.UserId, sender.Name, sender.Ip, FeedbackRoles.None, null, null, IsSender: channel is PetitionChannel.Portal or PetitionChannel.PortalGuest);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        var code = await codes.NextAsync(VietnamTime.LocalDate(now), cancellationToken);
        var petition = Petition.Submit(draft, code, agency.Id, petitionActor, now, agencyClock);
        db.Petitions.Add(petition);
        foreach (var file in files)
        {
            file.PetitionId = petition.Id;
            db.PetitionAttachments.Add(file);
        }

        messages.Stage(petition);
        var receipt = new PetitionReceipt(
            petition.Id, petition.Code, petition.Category, agency.Id, agency.Name, petition.ReceivedAt, petition.DueAt, petition.CheckDigits, draft.SenderPhone is not null);
        beforeSave?.Invoke(receipt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PetitionIntakeResult(receipt, []);
    }

    /// <summary>
    /// Stores each file whose content is a PDF, JPEG or PNG within the size limit, or says why not for each that is not
    /// (storing none of them then).
    /// </summary>
    private async Task<(IReadOnlyList<PetitionAttachment> Stored, IReadOnlyList<RuleFailure> Failures)> StoreAsync(
        IReadOnlyList<PetitionUpload> files, CancellationToken cancellationToken)
    {
        var limits = options.Value.Attachments;
        var stored = new List<PetitionAttachment>();
        var failures = new List<RuleFailure>();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < files.Count; i++)
        {
            var field = $"{Files}[{i}]";
            var content = files[i].Content;
            var type = content.Length - content.Position == 0 ? null : await AcceptedFileType.DetectAsync(content, cancellationToken);
            var saved = type is null ? null : await store.SaveAsync(content, limits.MaxBytes, cancellationToken);
            if (type is null)
            {
                failures.Add(new RuleFailure(field, ResourceText.Get<FeedbackText>("Input_FileType", UploadFileName.Sanitise(files[i].FileName, AcceptedFileType.Pdf))));
            }
            else if (saved is null)
            {
                failures.Add(new RuleFailure(field, ResourceText.Get<FeedbackText>("Input_FileTooLarge", UploadFileName.Sanitise(files[i].FileName, type), limits.MaxMegabytes)));
            }
            else
            {
                stored.Add(new PetitionAttachment
                {
                    Id = Guid.CreateVersion7(), FileName = UploadFileName.Sanitise(files[i].FileName, type), ContentType = type.ContentType, Size = saved.Size,
                    Sha256 = saved.Sha256, StoragePath = saved.Key, AddedAt = now,
                });
            }
        }

        if (failures.Count == 0)
        {
            return (stored, []);
        }

        foreach (var file in stored)
        {
            store.Delete(file.StoragePath);
        }

        return ([], failures);
    }

    /// <summary>
    /// The given agency while it is active (null once it is not: an officer or a key of a closed agency), or the configured
    /// receiver: <c>Feedback:IntakeAgencyCode</c>, else the top level's first office.
    /// </summary>
    private async Task<Agency?> ReceiverAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        var agencies = OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive);
        var code = options.Value.IntakeAgencyCode;
        if (agencyId is { } id)
        {
            return await agencies.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        }

        var agency = !string.IsNullOrEmpty(code) ? await agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken)
            : await agencies.Where(a => a.Kind == AgencyKind.Office).OrderBy(a => a.Level!.SortOrder).ThenBy(a => a.Code).FirstOrDefaultAsync(cancellationToken);
        return agency ?? throw new InvalidOperationException(
            "No agency receives PAKN: set Feedback:IntakeAgencyCode to an active agency's code (docs/operations.md).");
    }
}
