using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Dossiers.ViewDossier;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers;

/// <summary>What the dossiers of an agency are filtered by in a list; null filters nothing.</summary>
internal sealed record AgencyDossierFilter(DossierStatus? Status, bool? Overdue, DateOnly? From, DateOnly? To);

/// <summary>What the desk made of a dossier sent by an integrated system: the receipt, or the errors by <see cref="IntakeInput"/> property name.</summary>
internal sealed record SystemIntakeResult(DossierReceipt? Receipt, IReadOnlyList<RuleFailure> Errors);

/// <summary>
/// What an action on a dossier came to: the new state; or the request's errors by field; or the rule it broke with the
/// actions allowed now; or, with none of these, no such dossier.
/// </summary>
internal sealed record DossierActionResult(DossierState? State, IReadOnlyList<RuleFailure> Errors, BusinessRuleException? BrokenRule, IReadOnlyList<AllowedAction> AllowedActions)
{
    public static readonly DossierActionResult NotFound = new(null, [], null, []);

    public static DossierActionResult Invalid(IReadOnlyList<RuleFailure> errors) => new(null, errors, null, []);
}

/// <summary>
/// The Dossiers module's API for integrated systems acting for one agency (the open REST API, ADR-012, ADR-039): submit
/// through the desk's checks and outcomes, list the agency's dossiers, read a dossier's state, act through its internal
/// process and print its forms. It returns read models, never the module's entities.
/// </summary>
internal sealed class AgencyDossiers(AppDbContext db, DeskIntake intake, DossierProcessing processing, DossierForms forms, AuditKeyRing keys, TimeProvider clock)
{
    /// <summary>The channels an integrated system may report a dossier as received by.</summary>
    private static readonly IReadOnlySet<SubmissionChannel> SystemChannels = new HashSet<SubmissionChannel> { SubmissionChannel.Online, SubmissionChannel.Postal, SubmissionChannel.Direct };

    /// <summary>
    /// Runs the desk's checks and, when they pass, records the decision for <paramref name="agencyId"/>.
    /// <paramref name="beforeSave"/> may add rows of the caller's to the same transaction (the API's idempotency record).
    /// </summary>
    public async Task<SystemIntakeResult> SubmitAsync(
        IntakeInput input, DeskDecision decision, Guid agencyId, Actor actor, Action<DossierReceipt>? beforeSave, CancellationToken cancellationToken)
    {
        var (procedure, errors) = await intake.CheckAsync(input, decision, SystemChannels, cancellationToken);
        if (errors.Count > 0 || procedure is null)
        {
            return new SystemIntakeResult(null, errors);
        }

        var dossier = await intake.DecideAsync(
            input, procedure, decision, agencyId, actor, null, cancellationToken, beforeSave is null ? null : saved => beforeSave(Receipt(saved)));
        return new SystemIntakeResult(Receipt(dossier), []);
    }

    /// <summary>The dossier's id by code, when the caller's agency received it or works on it (liên thông).</summary>
    public async Task<Guid?> FindAsync(string code, IAgencyScope scope, CancellationToken cancellationToken)
    {
        if (!DossierCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var text = parsed.Value.ToString();
        return await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == text && (d.AgencyId == scope.AgencyId || db.DossierTasks.Any(t => t.DossierId == d.Id && t.AgencyId == scope.AgencyId)))
            .Select(d => (Guid?)d.Id)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>A page of the agency's dossiers — received at its desk, or settled by it as the competent agency — newest first.</summary>
    public async Task<DossierListPage> ListAsync(Guid agencyId, AgencyDossierFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.AgencyId == agencyId || d.CompetentAgencyId == agencyId);
        if (filter.Status is { } s)
        {
            dossiers = dossiers.Where(d => d.Status == s);
        }

        if (filter.Overdue is { } late)
        {
            dossiers = dossiers.Where(LegalTimeStatus.OverdueAt(clock.GetUtcNow().UtcDateTime, late));
        }

        dossiers = DossierSearch.SubmittedBetween(dossiers, filter.From, filter.To);

        var total = await dossiers.CountAsync(cancellationToken);
        var rows = await dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id)
            .Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize)).Take(pageSize)
            .Select(d => new { d.Code, d.Status, d.ProcedureCode, d.ProcedureName, d.SubmittedAt, d.ReceivedAt, d.DueAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new DossierListItem(r.Code, r.Status, (int)r.Status, r.ProcedureCode, r.ProcedureName, r.SubmittedAt.AsInstant(), r.ReceivedAt.AsInstant(), r.DueAt.AsInstant())).ToList();
        return new DossierListPage(items, total, page, pageSize);
    }

    /// <summary>The dossier's state with the actions the caller may take now; null for an unknown id.</summary>
    public async Task<DossierState?> StateAsync(Guid id, ClaimsPrincipal user, IAgencyScope scope, Actor actor, CancellationToken cancellationToken) =>
        await processing.LoadAsync(id, cancellationToken) is { } work ? await StateAsync(work, new Performer(actor, user, scope), cancellationToken) : null;

    /// <summary>
    /// Takes the action on the dossier through its internal process. <see cref="DossierCommandInput.TaskId"/> may be left
    /// out when one open task allows the action; without a task that allows it now, the process refuses it with the rule.
    /// Errors are by <see cref="DossierCommandInput"/> property name.
    /// </summary>
    public async Task<DossierActionResult> ActAsync(
        Guid id, DossierCommandInput action, ClaimsPrincipal user, IAgencyScope scope, Actor actor, CancellationToken cancellationToken)
    {
        if (await processing.LoadAsync(id, cancellationToken) is not { } work)
        {
            return DossierActionResult.NotFound;
        }

        var who = new Performer(actor, user, scope);
        var candidates = ProcessEngine.Available(work, who).Where(a => a.Command == action.Command && a.TaskId is not null).Select(a => a.TaskId).Distinct().ToList();
        if (action.TaskId is null && candidates.Count > 1)
        {
            return DossierActionResult.Invalid([new RuleFailure(nameof(DossierCommandInput.TaskId), ResourceText.Get<DossiersText>("Api_TaskIdRequired"))]);
        }

        var taskId = action.TaskId ?? (candidates.Count == 1 ? candidates[0] : TaskOf(work, action.Command));
        var input = action with { TaskId = taskId };
        var invalid = DossierCommandRules.Validate(input, VietnamTime.Today(clock));
        if (invalid.Count > 0)
        {
            return DossierActionResult.Invalid(invalid);
        }

        try
        {
            ProcessEngine.Execute(work, who, input, clock.GetUtcNow().UtcDateTime);
            await processing.SaveAsync(work, cancellationToken);
        }
        catch (BusinessRuleException rule)
        {
            var fresh = await processing.LoadAsync(id, cancellationToken);
            return new DossierActionResult(null, [], rule, fresh is null ? [] : AllowedActions(fresh, who));
        }

        return new DossierActionResult(await StateAsync(work, who, cancellationToken), [], null, []);
    }

    /// <summary>A standard form of the dossier as PDF, or null when it has no such form (yet).</summary>
    public Task<(byte[] Pdf, string FileName)?> FormAsync(Guid id, string form, CancellationToken cancellationToken) =>
        forms.RenderAsync(id, form, cancellationToken);

    private async Task<DossierState> StateAsync(DossierWork work, Performer who, CancellationToken cancellationToken)
    {
        var dossier = work.Dossier;
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var steps = work.Tasks.Concat(work.Created).OrderBy(t => t.Sequence).Select(t =>
        {
            var timing = t.Timing(work.CalendarOf(t.AgencyId), now, work.Policy.OnTimeGranularity);
            return new DossierStepState(t.Id, t.Sequence, t.Kind.ToString(), t.Name, t.HolderName, t.ReceivedAt.AsInstant(), t.DueAt.AsInstant(), t.CompletedAt.AsInstant(), t.Outcome, timing.Class.ToString(), t.IsOpen);
        }).ToList();
        var time = dossier.TimeStatus(work.CalendarOf(dossier.AgencyId), now, work.Policy.OnTimeGranularity);
        var progress = new DossierProgress(
            steps,
            [.. dossier.Supplements.Select(x => new DossierSupplementState(x.RequestedAt.AsInstant(), x.Request, x.CompletedAt.AsInstant()))],
            [.. dossier.Extensions.Select(x => new DossierExtensionState(x.RequestedAt.AsInstant(), x.Reason, x.PreviousDueAt.AsInstant(), x.ProposedDueAt.AsInstant(), x.Decision.ToString()))],
            dossier.Outcome?.ToString(),
            dossier.ResultNumber,
            dossier.ResultDate,
            dossier.FinishedAt.AsInstant(),
            dossier.ReturnedAt.AsInstant(),
            time?.Legal.Class.ToString(),
            time?.Statistic.Class.ToString(),
            time?.Legal.WaitingForApplicant,
            AllowedActions(work, who));
        return new DossierState(
            dossier.Code!,
            dossier.Status,
            (int)dossier.Status,
            dossier.ProcedureCode,
            dossier.ProcedureName,
            dossier.Channel,
            dossier.ReturnMethod,
            dossier.SubmittedAt.AsInstant(),
            dossier.ReceivedAt.AsInstant(),
            dossier.DueAt.AsInstant(),
            dossier.OriginalDueAt.AsInstant(),
            dossier.Components.Select(c => new DossierComponentState(c.Position, c.Name, c.Provided, c.Digitised, c.Exemption)).ToList(),
            events.Select(e => new DossierHistoryItem(e.Sequence, e.At.AsInstant(), e.Action.ToString(), e.FromStatus, e.ToStatus)).ToList(),
            HistoryChain.Check(dossier, events, keys) is null,
            dossier.Revision,
            progress);
    }

    private static List<AllowedAction> AllowedActions(DossierWork work, Performer who) =>
        [.. ProcessEngine.Available(work, who).Select(a => new AllowedAction(a.Command.ToString(), a.TaskId))];

    /// <summary>Any open task, so that a task action the caller may not take now reaches the engine and is refused there.</summary>
    private static Guid? TaskOf(DossierWork work, DossierCommand command) =>
        DossierCommandInput.IsOnTask(command) ? work.OpenTasks.Select(t => (Guid?)t.Id).FirstOrDefault() ?? Guid.Empty : null;

    private static DossierReceipt Receipt(Dossier d) => new(
        d.Id,
        d.Code,
        d.Status,
        (int)d.Status,
        d.SubmittedAt.AsInstant(),
        d.ReceivedAt.AsInstant(),
        d.DueAt.AsInstant(),
        d.DueExplanation,
        d.Status == DossierStatus.SupplementRequested ? d.DeskNote : null,
        d.Status == DossierStatus.NotAccepted ? d.DeskNote : null);
}
