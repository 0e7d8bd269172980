using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback;

/// <summary>What an action came to: the PAKN's new status and the actions allowed now; or the failures by field; or the rule it broke; or, with none, no such PAKN.</summary>
internal sealed record PetitionActResult(string? Code, PetitionStatus? Status, IReadOnlyList<PetitionAction> Allowed, IReadOnlyList<RuleFailure> Errors, BusinessRuleException? BrokenRule)
{
    public static readonly PetitionActResult NotFound = new(null, null, [], [], null);

    public bool Succeeded => Status is not null && Errors.Count == 0 && BrokenRule is null;
}

/// <summary>
/// Every action on a PAKN after its submission, from the staff pages, the sender's page and the APIs: checks what the action
/// needs, applies it through the PAKN's methods on the holding agency's calendar, creates the review proposal an approved
/// answer leads to, tells the sender, and saves it all at once (ADR-046 §3–§6).
/// </summary>
internal sealed class PetitionWork(AppDbContext db, PetitionClocks clocks, SenderMessages messages, TimeProvider clock)
{
    public async Task<PetitionActResult> ActAsync(Guid petitionId, PetitionCommand command, PetitionActor actor, CancellationToken cancellationToken)
    {
        var failures = command.Check();
        if (failures.Count > 0)
        {
            return new PetitionActResult(null, null, [], failures, null);
        }

        var petitions = db.Petitions.Include(p => p.Deadlines);
        // A return walks back the chain of transfers, which the history holds.
        var petition = command.Action == PetitionAction.ReturnUp
            ? await petitions.Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken)
            : await petitions.SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken);
        if (petition is null)
        {
            return PetitionActResult.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var refs = await ReferencesAsync(petition, command, cancellationToken);
            if (refs.Errors.Count > 0)
            {
                return new PetitionActResult(petition.Code, petition.Status, petition.AllowedActions(actor, now), refs.Errors, null);
            }

            await ApplyAsync(petition, command, actor, now, refs, cancellationToken);
            messages.Stage(petition);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException broken)
        {
            db.ChangeTracker.Clear();
            return new PetitionActResult(petition.Code, petition.Status, petition.AllowedActions(actor, now), [], broken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new PetitionActResult(petition.Code, null, [], [], BusinessRuleException.Of<FeedbackText>("PetitionChangedMeanwhile"));
        }

        return new PetitionActResult(petition.Code, petition.Status, petition.AllowedActions(actor, now), [], null);
    }

    private async Task ApplyAsync(Petition petition, PetitionCommand command, PetitionActor actor, DateTime now, References refs, CancellationToken cancellationToken)
    {
        var here = await clocks.ForAsync(petition.AgencyId, cancellationToken);
        var text = command.Text?.Trim();
        switch (command.Action)
        {
            case PetitionAction.Accept:
                petition.Accept(actor, now, text);
                break;
            case PetitionAction.Refuse:
                petition.Refuse(command.Reason!.Value, text, actor, now, here);
                break;
            case PetitionAction.Transfer:
                petition.Transfer(command.AgencyId!.Value, text, actor, now, here, await clocks.ForAsync(command.AgencyId.Value, cancellationToken));
                break;
            case PetitionAction.TransferOut:
                petition.TransferOut(command.Body!.Trim(), text, actor, now, here);
                break;
            case PetitionAction.ForwardComplaint:
                petition.ForwardComplaint(command.Body!.Trim(), text, actor, now, here);
                break;
            case PetitionAction.ReturnUp:
                var target = petition.TransferredFromAgencyId is { } from ? await clocks.ForAsync(from, cancellationToken) : null;
                petition.ReturnUp(text!, actor, now, here, target);
                break;
            case PetitionAction.Merge:
                petition.MergeInto(refs.Target!, text, actor, now);
                break;
            case PetitionAction.Assign:
                petition.Assign(command.UnitId!.Value, command.AssigneeId, refs.AssigneeName, actor, now, here);
                break;
            case PetitionAction.RequestClarification:
                petition.RequestClarification(text!, actor, now, here);
                break;
            case PetitionAction.Clarify:
                petition.Clarify(text!, actor, now, here);
                break;
            case PetitionAction.Classify:
                petition.Classify(command.Grounds!.Value, text, actor, now);
                break;
            case PetitionAction.Consult:
                petition.Consult(command.UnitId!.Value, text!, actor, now);
                break;
            case PetitionAction.RecordOpinion:
                petition.RecordOpinion(text!, actor, now);
                break;
            case PetitionAction.DraftAnswer:
                petition.Draft(command.Answer!.Trim(), command.Summary?.Trim(), command.Outcome!.Value, actor, now);
                break;
            case PetitionAction.SendBack:
                petition.SendBack(text!, actor, now);
                break;
            case PetitionAction.ApproveAnswer:
                if (petition.ApproveAnswer(actor, now, here) is { } proposal
                    && !await db.ReviewProposals.AnyAsync(p => p.PetitionId == petition.Id && p.State == ReviewProposalState.Open, cancellationToken))
                {
                    db.ReviewProposals.Add(proposal);
                }

                break;
            case PetitionAction.Publish:
                petition.Publish(actor, now, here);
                messages.StagePublishedForMerged(petition, await db.Petitions.Where(p => p.MergedIntoId == petition.Id).ToListAsync(cancellationToken));
                break;
            case PetitionAction.Rate:
                petition.Rate(command.Satisfied!.Value, text, actor, now);
                break;
            case PetitionAction.Reopen:
                petition.Reopen(text!, actor, now, here);
                break;
            case PetitionAction.CorrectPublication:
                petition.CorrectPublication(command.Summary?.Trim(), command.Answer?.Trim(), text!, actor, now);
                break;
            case PetitionAction.WithdrawPublication:
                petition.WithdrawPublication(text!, actor, now);
                break;
            case PetitionAction.Republish:
                petition.Republish(text, actor, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Action, null);
        }
    }

    /// <summary>The records an action names, checked against the PAKN's agency before anything changes.</summary>
    private async Task<References> ReferencesAsync(Petition petition, PetitionCommand command, CancellationToken cancellationToken)
    {
        var directory = OrganizationDirectory.Of(db);
        switch (command.Action)
        {
            case PetitionAction.Transfer:
                var active = await directory.Agencies.AnyAsync(a => a.Id == command.AgencyId && a.IsActive, cancellationToken);
                return active ? References.None : References.Failed(nameof(command.AgencyId), "Command_AgencyInvalid");
            case PetitionAction.Assign or PetitionAction.Consult:
                if (!await directory.Units.AnyAsync(u => u.Id == command.UnitId && u.AgencyId == petition.AgencyId && u.IsActive, cancellationToken))
                {
                    return References.Failed(nameof(command.UnitId), "Command_UnitInvalid");
                }

                if (command.Action == PetitionAction.Consult || command.AssigneeId is null)
                {
                    return References.None;
                }

                var name = await directory.Accounts.Where(u => u.Id == command.AssigneeId && u.UnitId == command.UnitId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken);
                return name is null ? References.Failed(nameof(command.AssigneeId), "Command_AssigneeInvalid") : new References([], null, name);
            case PetitionAction.Merge:
                PetitionCode.TryParse(command.TargetCode, out var code);
                var text = code.ToString();
                var target = await db.Petitions.SingleOrDefaultAsync(p => p.Code == text && p.AgencyId == petition.AgencyId, cancellationToken);
                return target is null ? References.Failed(nameof(command.TargetCode), "Command_TargetNotFound", text) : new References([], target, null);
            default:
                return References.None;
        }
    }

    private sealed record References(IReadOnlyList<RuleFailure> Errors, Petition? Target, string? AssigneeName)
    {
        public static readonly References None = new([], null, null);

        public static References Failed(string field, string key, params object?[] arguments) =>
            new([new RuleFailure(field, ResourceText.Get<FeedbackText>(key, arguments))], null, null);
    }
}
