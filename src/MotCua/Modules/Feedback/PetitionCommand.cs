using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback.Data;

namespace MotCua.Modules.Feedback;

/// <summary>
/// One action on a PAKN with what it needs (ADR-046 §3): the staff page's forms, the sender's tracking page and the API
/// all send these. Failures name these properties.
/// </summary>
internal sealed record PetitionCommand(PetitionAction Action)
{
    public const int MaxBodyLength = 300;

    /// <summary>The comment, reason, request, reply or opinion the action carries.</summary>
    public string? Text { get; init; }

    public RefusalReason? Reason { get; init; }

    /// <summary>The body outside the installation a PAKN is forwarded to.</summary>
    public string? Body { get; init; }

    /// <summary>The agency of the installation a PAKN is transferred to.</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>The unit assigned or consulted.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>The officer assigned (optional: the unit's leader may assign later).</summary>
    public Guid? AssigneeId { get; init; }

    public PetitionGrounds? Grounds { get; init; }

    public PetitionOutcome? Outcome { get; init; }

    public string? Answer { get; init; }

    /// <summary>
    /// The neutral summary to publish when the sender did not consent to publishing their wording; for a correction of the
    /// published text, the corrected text of the PAKN (with <see cref="Answer"/> the corrected answer; a blank one is kept).
    /// </summary>
    public string? Summary { get; init; }

    public bool? Satisfied { get; init; }

    /// <summary>The code of the PAKN a duplicate is merged into.</summary>
    public string? TargetCode { get; init; }

    /// <summary>What each action needs, before the PAKN is loaded; the PAKN's own rules are checked by its methods.</summary>
    public IReadOnlyList<RuleFailure> Check()
    {
        var failures = new List<RuleFailure>();
        if (!Enum.IsDefined(Action) || Action == PetitionAction.Submit)
        {
            failures.Add(Failure(nameof(Action), "Command_ActionUnknown"));
            return failures;
        }

        if (Text is { Length: > PetitionEvent.MaxCommentLength })
        {
            failures.Add(Failure(nameof(Text), "Input_TooLong", PetitionEvent.MaxCommentLength));
        }

        switch (Action)
        {
            case PetitionAction.Refuse:
                if (Reason is not { } reason || !Enum.IsDefined(reason))
                {
                    failures.Add(Failure(nameof(Reason), "Command_ReasonRequired"));
                }
                else if (reason == RefusalReason.Other)
                {
                    RequireText(failures);
                }

                break;
            case PetitionAction.Transfer:
                if (AgencyId is null)
                {
                    failures.Add(Failure(nameof(AgencyId), "Command_AgencyRequired"));
                }

                break;
            case PetitionAction.TransferOut or PetitionAction.ForwardComplaint:
                if (string.IsNullOrWhiteSpace(Body))
                {
                    failures.Add(Failure(nameof(Body), "Command_BodyRequired"));
                }
                else if (Body.Trim().Length > MaxBodyLength)
                {
                    failures.Add(Failure(nameof(Body), "Input_TooLong", MaxBodyLength));
                }

                break;
            case PetitionAction.Merge:
                if (!PetitionCode.TryParse(TargetCode, out _))
                {
                    failures.Add(Failure(nameof(TargetCode), "Command_TargetCodeInvalid"));
                }

                break;
            case PetitionAction.Assign:
                if (UnitId is null)
                {
                    failures.Add(Failure(nameof(UnitId), "Command_UnitRequired"));
                }

                break;
            case PetitionAction.Consult:
                if (UnitId is null)
                {
                    failures.Add(Failure(nameof(UnitId), "Command_UnitRequired"));
                }

                RequireText(failures);
                break;
            case PetitionAction.Classify:
                if (Grounds is not { } grounds || !Enum.IsDefined(grounds))
                {
                    failures.Add(Failure(nameof(Grounds), "Command_GroundsRequired"));
                }

                break;
            case PetitionAction.DraftAnswer:
                if (string.IsNullOrWhiteSpace(Answer))
                {
                    failures.Add(Failure(nameof(Answer), "Command_AnswerRequired"));
                }

                CheckAnswerLengths(failures);
                if (Outcome is not { } outcome || !Enum.IsDefined(outcome))
                {
                    failures.Add(Failure(nameof(Outcome), "Command_OutcomeRequired"));
                }

                break;
            case PetitionAction.Rate:
                if (Satisfied is null)
                {
                    failures.Add(Failure(nameof(Satisfied), "Command_RatingRequired"));
                }

                break;
            case PetitionAction.CorrectPublication:
                RequireText(failures);
                if (string.IsNullOrWhiteSpace(Answer) && string.IsNullOrWhiteSpace(Summary))
                {
                    failures.Add(Failure(nameof(Answer), "Command_CorrectionRequired"));
                }

                CheckAnswerLengths(failures);
                break;
            case PetitionAction.ReturnUp or PetitionAction.RequestClarification or PetitionAction.Clarify or PetitionAction.RecordOpinion
                or PetitionAction.SendBack or PetitionAction.Reopen or PetitionAction.WithdrawPublication:
                RequireText(failures);
                break;
        }

        return failures.AsResult();
    }

    /// <summary>The answer and the text of the PAKN (drafted, or a correction of the published ones) fit the record.</summary>
    private void CheckAnswerLengths(List<RuleFailure> failures)
    {
        if (Answer is not null && Answer.Trim().Length > Petition.MaxAnswerLength)
        {
            failures.Add(Failure(nameof(Answer), "Input_TooLong", Petition.MaxAnswerLength));
        }

        if (Summary is not null && Summary.Trim().Length > Petition.MaxAnswerLength)
        {
            failures.Add(Failure(nameof(Summary), "Input_TooLong", Petition.MaxAnswerLength));
        }
    }

    private void RequireText(List<RuleFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            failures.Add(Failure(nameof(Text), "Command_TextRequired_" + Action));
        }
    }

    private static RuleFailure Failure(string field, string key, params object?[] arguments) => new(field, ResourceText.Get<FeedbackText>(key, arguments));
}
