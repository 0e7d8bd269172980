using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
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
internal sealed record PetitionReceipt(Guid Id, string Code, PetitionCategory Category, Guid AgencyId, string AgencyName, DateTime ReceivedAt, DateTime? DueAt, string CheckDigits, bool CheckDigitsArePhone);

/// <summary>The receipt, or the failures by <see cref="PetitionSubmission"/> property name.</summary>
internal sealed record PetitionIntakeResult(PetitionReceipt? Receipt, IReadOnlyList<RuleFailure> Errors);

/// <summary>
/// The Feedback module's door for every channel (the portal, the desk, the APIs): checks a submission, links it to the
/// catalogue and to a dossier, gives it the day's next code and stores it with its first deadlines in one transaction
/// (NĐ 20/2008 Điều 6, 9; ADR-046 §1–§2).
/// </summary>
internal sealed class PetitionIntake(
    AppDbContext db, PetitionCodeAllocator codes, PetitionClocks clocks, SenderMessages messages, PublishedProcedures procedures, DossierFacts dossiers, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Stores the PAKN for <paramref name="agencyId"/> (null: the configured receiver). <paramref name="beforeSave"/> may add
    /// the caller's rows to the same transaction (the API's idempotency record).
    /// </summary>
    public async Task<PetitionIntakeResult> SubmitAsync(
        PetitionSubmission input, PetitionChannel channel, Actor actor, Guid? agencyId, Guid? senderUserId, Action<PetitionReceipt>? beforeSave,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failures = PetitionSubmissionRules.Check(input, settings.Intake);
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
                links.Add(new RuleFailure(nameof(input.ProcedureCode), Common.Localization.ResourceText.Get<FeedbackText>("Input_ProcedureUnknown", procedureCode)));
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
                links.Add(new RuleFailure(nameof(input.DossierCode), Common.Localization.ResourceText.Get<FeedbackText>("Input_DossierUnknown", dossierCode)));
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

        var agency = await ReceiverAsync(agencyId, cancellationToken);
        var agencyClock = await clocks.ForAsync(agency.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sender = actor.UserId is null && channel is PetitionChannel.PortalGuest ? new Actor(null, draft.SenderName, actor.Ip) : actor;
        var petitionActor = new PetitionActor(sender.UserId, sender.Name, sender.Ip, FeedbackRoles.None, null, null, IsSender: channel is PetitionChannel.Portal or PetitionChannel.PortalGuest);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        var code = await codes.NextAsync(VietnamTime.LocalDate(now), cancellationToken);
        var petition = Petition.Submit(draft, code, agency.Id, petitionActor, now, agencyClock);
        db.Petitions.Add(petition);
        messages.Stage(petition);
        var receipt = new PetitionReceipt(
            petition.Id, petition.Code, petition.Category, agency.Id, agency.Name, petition.ReceivedAt, petition.DueAt, petition.CheckDigits, draft.SenderPhone is not null);
        beforeSave?.Invoke(receipt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PetitionIntakeResult(receipt, []);
    }

    /// <summary>The given agency, or the configured receiver: <c>Feedback:IntakeAgencyCode</c>, else the top level's first office.</summary>
    private async Task<Agency> ReceiverAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        var agencies = OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive);
        var code = options.Value.IntakeAgencyCode;
        var agency = agencyId is { } id ? await agencies.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : !string.IsNullOrEmpty(code) ? await agencies.SingleOrDefaultAsync(a => a.Code == code, cancellationToken)
            : await agencies.Where(a => a.Kind == AgencyKind.Office).OrderBy(a => a.Level!.SortOrder).ThenBy(a => a.Code).FirstOrDefaultAsync(cancellationToken);
        return agency ?? throw new InvalidOperationException(
            "No agency receives PAKN: set Feedback:IntakeAgencyCode to an active agency's code (docs/operations.md).");
    }
}
