using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback;

namespace MotCua.Modules.Integration;

/// <summary>A PAKN sent by an agency's integrated system on behalf of its sender (ADR-046 §8).</summary>
/// <param name="Category">Delay, Unfit, Inconsistent, Unlawful, ContraryToTreaty, Other, ProposedSolution, Initiative or Conduct (NĐ 20/2008 Điều 5).</param>
/// <param name="SenderKind">Person (default) or Organisation.</param>
/// <param name="SenderName">Required (NĐ 20/2008 Điều 7).</param>
/// <param name="Phone">At least one of phone, e-mail, address.</param>
/// <param name="ProcedureCode">Mã TTHC of a procedure in force.</param>
/// <param name="DossierCode">The dossier a PAKN about conduct names.</param>
/// <param name="ConsentToPublish">The sender consents to publishing their own wording; otherwise only the officer's summary is published.</param>
/// <param name="Location">Where the problem arose.</param>
internal sealed record PetitionPayload(
    string? Category,
    string? Content,
    string? SenderKind,
    string? SenderName,
    string? SenderTaxCode,
    string? Phone,
    string? Email,
    string? Address,
    string? ProcedureCode,
    string? LegalDocument,
    string? LegalArticle,
    string? DossierCode,
    bool? ConsentToPublish,
    string? Location,
    double? Latitude,
    double? Longitude);

/// <summary>
/// An action on a PAKN: <c>action</c> is one of <c>allowedActions</c> (Accept, Refuse, Transfer, TransferOut, ForwardComplaint,
/// ReturnUp, Merge, Assign, RequestClarification, Clarify, Classify, Consult, RecordOpinion, DraftAnswer, SendBack,
/// ApproveAnswer, Publish, CorrectPublication, WithdrawPublication, Republish), with what it needs.
/// </summary>
/// <param name="Text">The comment, reason, request, reply or opinion (CorrectPublication, WithdrawPublication: the reason, required).</param>
/// <param name="Reason">Refuse: NotInVietnamese, SenderNotIdentified, NotAboutAdministrativeRegulation or Other (with text).</param>
/// <param name="Body">TransferOut, ForwardComplaint: the body outside the installation.</param>
/// <param name="AgencyId">Transfer: the agency of the installation.</param>
/// <param name="UnitId">Assign, Consult: a unit of the holding agency.</param>
/// <param name="Grounds">Classify: Insufficient or Sufficient.</param>
/// <param name="Outcome">DraftAnswer: ProposeAmendOrAbolish, ProposeNewRegulation, ExplainExistingRule or FixConduct.</param>
/// <param name="Summary">DraftAnswer: the neutral summary published when the sender did not consent. CorrectPublication: the corrected
/// published text of the PAKN (with <c>answer</c> the corrected published answer; a blank one stays as published).</param>
/// <param name="TargetCode">Merge: the code of the original PAKN.</param>
internal sealed record PetitionActionRequest(
    string? Action,
    string? Text,
    string? Reason,
    string? Body,
    Guid? AgencyId,
    Guid? UnitId,
    Guid? AssigneeId,
    string? Grounds,
    string? Outcome,
    string? Answer,
    string? Summary,
    bool? Satisfied,
    string? TargetCode);

/// <summary>What the calling system may do with a PAKN now.</summary>
internal sealed record PetitionActions(string Code, PetitionStatus Status, IReadOnlyList<PetitionAction> AllowedActions);

/// <summary>Reads the names of the native API's bodies into Feedback's typed submission and command.</summary>
internal static class FeedbackParsing
{
    public static (PetitionSubmission? Submission, IReadOnlyList<RuleFailure> Errors) Parse(PetitionPayload payload)
    {
        var errors = new List<RuleFailure>();
        var category = Name<PetitionCategory>(payload.Category, "category", errors);
        var kind = Name<SenderKind>(payload.SenderKind, "senderKind", errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new PetitionSubmission
        {
            Category = category,
            Content = payload.Content,
            SenderKind = kind ?? Feedback.SenderKind.Person,
            SenderName = payload.SenderName,
            SenderTaxCode = payload.SenderTaxCode,
            Phone = payload.Phone,
            Email = payload.Email,
            Address = payload.Address,
            ProcedureCode = payload.ProcedureCode,
            LegalDocument = payload.LegalDocument,
            LegalArticle = payload.LegalArticle,
            DossierCode = payload.DossierCode,
            ConsentToPublish = payload.ConsentToPublish ?? false,
            Location = payload.Location,
            Latitude = payload.Latitude,
            Longitude = payload.Longitude,
        }, []);
    }

    public static (PetitionCommand? Command, IReadOnlyList<RuleFailure> Errors) Parse(PetitionActionRequest request)
    {
        var errors = new List<RuleFailure>();
        var action = Name<PetitionAction>(request.Action, "action", errors);
        var reason = Name<RefusalReason>(request.Reason, "reason", errors);
        var grounds = Name<PetitionGrounds>(request.Grounds, "grounds", errors);
        var outcome = Name<PetitionOutcome>(request.Outcome, "outcome", errors);
        if (action is null && !errors.Exists(e => e.Field == "action"))
        {
            errors.Add(new RuleFailure("action", ResourceText.Get<IntegrationText>("Api_ActionRequired")));
        }

        if (errors.Count > 0 || action is not { } given)
        {
            return (null, errors);
        }

        return (new PetitionCommand(given)
        {
            Text = request.Text,
            Reason = reason,
            Body = request.Body,
            AgencyId = request.AgencyId,
            UnitId = request.UnitId,
            AssigneeId = request.AssigneeId,
            Grounds = grounds,
            Outcome = outcome,
            Answer = request.Answer,
            Summary = request.Summary,
            Satisfied = request.Satisfied,
            TargetCode = request.TargetCode,
        }, []);
    }

    /// <summary>The JSON name of a submission's or command's property (<c>SenderName</c> → <c>senderName</c>).</summary>
    public static string JsonName(string property) => property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];

    private static T? Name<T>(string? raw, string name, List<RuleFailure> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (TypedValues.TryNamed<T>(raw, out var value))
        {
            return value;
        }

        errors.Add(new RuleFailure(name, ResourceText.Get<IntegrationText>("Api_EnumInvalid", name, string.Join(", ", Enum.GetNames<T>()))));
        return null;
    }
}
