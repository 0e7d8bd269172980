using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Feedback.Inbox;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.ViewPetition;

/// <summary>
/// One PAKN for the staff of the agency holding it (and the province-wide roles, read-only): content, sender, links,
/// attachments, deadlines, history, the answer and the review proposal, and one form per action the officer may take now
/// (<see cref="Petition.AllowedActions"/>). Another agency's PAKN answers 404.
/// </summary>
[Authorize(Policy = Policies.ReadFeedback)]
internal sealed class DetailsModel(
    AppDbContext db, IAgencyScope scope, PetitionWork work, PetitionInbox inbox, IAuthorizationService authorization, OrganizationNames names, TimeProvider clock) : PageModel
{
    public const int DuplicateWindowDays = 30;
    public const int MaxDuplicates = 10;

    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    /// <summary>The action whose form opens at once (the list of published answers links to it).</summary>
    [FromQuery(Name = "act")]
    public string? OpenAction { get; set; }

    [BindProperty]
    public ActionForm Form { get; set; } = new();

    public Petition Petition { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public string ReceivingAgencyName { get; private set; } = "";

    public string? UnitName { get; private set; }

    public string? ConsultedUnitName { get; private set; }

    public IReadOnlyList<PetitionEvent> History { get; private set; } = [];

    public IReadOnlyList<PetitionDeadline> Deadlines { get; private set; } = [];

    public IReadOnlyList<PetitionAttachment> Attachments { get; private set; } = [];

    public ReviewProposal? Proposal { get; private set; }

    public IReadOnlyList<PetitionAction> Allowed { get; private set; } = [];

    public PetitionDueState DueState { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(Guid Id, Guid UnitId, string Name)> Officers { get; private set; } = [];

    public IReadOnlyList<DuplicateRow> Duplicates { get; private set; } = [];

    /// <summary>The broken rule, stale-state message or input errors of the last action, shown above the actions.</summary>
    public string? CommandError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var current = await db.Petitions.AsNoTracking().Where(p => p.Id == Id).Select(p => new { p.AgencyId, p.Revision }).SingleOrDefaultAsync(cancellationToken);
        if (current is null || !scope.CanAccessAgency(current.AgencyId))
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, Policies.HandleFeedback)).Succeeded)
        {
            return Forbid();
        }

        // Binding failures (an unknown value) leave the field empty; the command's own checks name it in Vietnamese.
        ModelState.Clear();
        if (Form.Revision != current.Revision)
        {
            CommandError = ResourceText.Get<FeedbackText>("Rule_PetitionChangedMeanwhile");
        }
        else
        {
            var result = await work.ActAsync(Id, Form.ToCommand(), PetitionActor.Staff(HttpContext, scope), cancellationToken);
            if (result.Succeeded)
            {
                // A PAKN transferred to an agency outside the officer's scope can no longer be shown here: confirm in the inbox.
                var holder = await db.Petitions.AsNoTracking().Where(p => p.Id == Id).Select(p => p.AgencyId).SingleAsync(cancellationToken);
                return scope.CanAccessAgency(holder)
                    ? RedirectToPage(new { id = Id, done = Form.Action.ToString() })
                    : LocalRedirect("/feedback?done=" + Form.Action);
            }

            if (result.Status is null && result.Errors.Count == 0 && result.BrokenRule is null)
            {
                return NotFound();
            }

            result.Errors.AddTo(ModelState, nameof(Form));
            CommandError = result.BrokenRule?.Message ?? string.Join(" ", result.Errors.Select(e => e.Message));
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var petition = await db.Petitions.AsNoTracking().Include(p => p.Deadlines).SingleOrDefaultAsync(p => p.Id == Id, cancellationToken);
        if (petition is null || !scope.CanAccessAgency(petition.AgencyId))
        {
            return false;
        }

        Petition = petition;
        var now = clock.GetUtcNow().UtcDateTime;
        var agencyClock = await inbox.ClockAsync(petition.AgencyId, cancellationToken);
        DueState = PetitionDueStates.Of(petition.DueAt, now, PetitionDueStates.DueSoonUntil(agencyClock, now));
        Deadlines = [.. petition.Deadlines.OrderBy(d => d.StartAt).ThenBy(d => d.Kind).ThenBy(d => d.Round)];
        History = await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        Attachments = await db.PetitionAttachments.AsNoTracking().Where(a => a.PetitionId == Id).OrderBy(a => a.AddedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        Proposal = await db.ReviewProposals.AsNoTracking().Where(p => p.PetitionId == Id).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var unitIds = new[] { petition.UnitId, petition.ConsultedUnitId }.Where(u => u is not null).Select(u => u!.Value).ToList();
        var labels = await names.GetAsync(db, [petition.AgencyId, petition.ReceivingAgencyId], unitIds, cancellationToken);
        AgencyName = labels.Agencies.GetValueOrDefault(petition.AgencyId, "");
        ReceivingAgencyName = labels.Agencies.GetValueOrDefault(petition.ReceivingAgencyId, "");
        UnitName = petition.UnitId is { } unit ? labels.Units.GetValueOrDefault(unit) : null;
        ConsultedUnitName = petition.ConsultedUnitId is { } consulted ? labels.Units.GetValueOrDefault(consulted) : null;

        Allowed = petition.AllowedActions(PetitionActor.Staff(HttpContext, scope), now);
        var directory = OrganizationDirectory.Of(db);
        if (Allowed.Contains(PetitionAction.Transfer))
        {
            Agencies = [.. (await directory.Agencies.Where(a => a.IsActive && a.Id != petition.AgencyId).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
                .Select(a => (a.Id, a.Name))];
        }

        if (Allowed.Contains(PetitionAction.Assign) || Allowed.Contains(PetitionAction.Consult))
        {
            Units = [.. (await directory.Units.Where(u => u.IsActive && u.AgencyId == petition.AgencyId).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
                .Select(u => (u.Id, u.Name))];
            Officers = [.. (await directory.Accounts.Where(u => u.AgencyId == petition.AgencyId && u.UnitId != null).OrderBy(u => u.FullName)
                    .Select(u => new { u.Id, UnitId = u.UnitId!.Value, u.FullName }).ToListAsync(cancellationToken))
                .Select(u => (u.Id, u.UnitId, u.FullName))];
        }

        if (Allowed.Contains(PetitionAction.Merge))
        {
            Duplicates = await DuplicatesAsync(petition, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Likely duplicates (ADR-046 §3): open PAKN of the same agency about the same procedure, from the same phone or e-mail,
    /// or of the same category received within <see cref="DuplicateWindowDays"/> days of this one.
    /// </summary>
    private async Task<IReadOnlyList<DuplicateRow>> DuplicatesAsync(Petition petition, CancellationToken cancellationToken)
    {
        var since = petition.ReceivedAt.AddDays(-DuplicateWindowDays);
        var until = petition.ReceivedAt.AddDays(DuplicateWindowDays);
        var open = PetitionStatuses.Open.ToList();
        return await db.Petitions.AsNoTracking()
            .Where(p => p.AgencyId == petition.AgencyId && p.Id != petition.Id && open.Contains(p.Status))
            .Where(p => (petition.ProcedureCode != null && p.ProcedureCode == petition.ProcedureCode)
                        || (petition.SenderPhone != null && p.SenderPhone == petition.SenderPhone)
                        || (petition.SenderEmail != null && p.SenderEmail == petition.SenderEmail)
                        || (p.Category == petition.Category && p.ReceivedAt >= since && p.ReceivedAt <= until))
            .OrderByDescending(p => p.ReceivedAt).ThenBy(p => p.Id)
            .Take(MaxDuplicates)
            .Select(p => new DuplicateRow(p.Id, p.Code, p.ReceivedAt, p.Category, p.ProcedureCode, p.SenderName, p.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The fields of every action form; each form posts the ones its action uses.</summary>
    public sealed class ActionForm
    {
        public PetitionAction Action { get; set; }

        /// <summary>The PAKN's revision when the page was shown: a form of an older state is refused.</summary>
        public Guid? Revision { get; set; }

        public string? Text { get; set; }

        public RefusalReason? Reason { get; set; }

        public string? Body { get; set; }

        public Guid? AgencyId { get; set; }

        public Guid? UnitId { get; set; }

        public Guid? AssigneeId { get; set; }

        public PetitionGrounds? Grounds { get; set; }

        public PetitionOutcome? Outcome { get; set; }

        public string? Answer { get; set; }

        public string? Summary { get; set; }

        public string? TargetCode { get; set; }

        public PetitionCommand ToCommand() => new(Action)
        {
            Text = Text, Reason = Reason, Body = Body, AgencyId = AgencyId, UnitId = UnitId, AssigneeId = AssigneeId, Grounds = Grounds, Outcome = Outcome,
            Answer = Answer, Summary = Summary, TargetCode = TargetCode,
        };
    }
}

/// <summary>An open PAKN that may repeat the one shown.</summary>
internal sealed record DuplicateRow(Guid Id, string Code, DateTime ReceivedAt, PetitionCategory Category, string? ProcedureCode, string SenderName, PetitionStatus Status);
