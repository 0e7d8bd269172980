using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Processing;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ViewDossier;

/// <summary>
/// One dossier for the staff of its agency (and of a liên thông agency working on it): status, appointment, applicant,
/// components, the step log with each step's time class, the checked history, and the commands the officer may give now.
/// </summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class DetailsModel(
    AppDbContext db, IAgencyScope scope, DossierProcessing processing, IDossierFees fees, IDossierRatings ratings, TimeProvider clock, AuditKeyRing keys) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    [BindProperty]
    public CommandForm Form { get; set; } = new();

    public Dossier Dossier { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<DossierEvent> History { get; private set; } = [];

    /// <summary>Null when the history chain holds; otherwise the first entry that does not.</summary>
    public long? BrokenAt { get; private set; }

    public IReadOnlyList<TaskRow> Tasks { get; private set; } = [];

    public IReadOnlyList<AvailableCommand> Commands { get; private set; } = [];

    public DossierTimeStatus? Time { get; private set; }

    /// <summary>The fee status the return form starts with: what the payment requests say (paid online or at the desk).</summary>
    public FeeStatus FeesAtReturn { get; private set; }

    /// <summary>The applicant's rating, once given after the return (TT 01/2018 Điều 13).</summary>
    public DossierRatingView? Rating { get; private set; }

    /// <summary>For each task a leader may hand over, the officers who could hold it.</summary>
    public IReadOnlyDictionary<Guid, List<AssignableOfficer>> Candidates { get; private set; } = new Dictionary<Guid, List<AssignableOfficer>>();

    /// <summary>The agencies with a process in force for the dossier's procedure, for the desk to choose the competent one.</summary>
    public IReadOnlyList<(Guid Id, string Name)> CompetentAgencies { get; private set; } = [];

    /// <summary>The broken rule or stale-state message of the last command, shown above the commands.</summary>
    public string? CommandError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Form.ToInput();
        var failures = DossierCommandRules.Validate(input, VietnamTime.Today(clock));
        failures.AddTo(ModelState, nameof(Form));

        if (ModelState.IsValid)
        {
            try
            {
                await processing.ExecuteAsync(Id, input, new Performer(Actor.From(HttpContext), User, scope), cancellationToken);
                return RedirectToPage(new { id = Id, done = input.Command.ToString() });
            }
            catch (BusinessRuleException rule)
            {
                CommandError = rule.Message;
            }
        }
        else
        {
            CommandError = string.Join(" ", failures.Select(f => f.Message));
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var work = await processing.LoadAsync(Id, cancellationToken);
        if (work is null || !(scope.CanAccessAgency(work.Dossier.AgencyId) || work.Tasks.Any(t => scope.CanAccessAgency(t.AgencyId))))
        {
            return false;
        }

        var dossier = work.Dossier;
        Dossier = dossier;
        AgencyName = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == dossier.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        History = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        BrokenAt = HistoryChain.Check(dossier, History, keys)?.Sequence;
        Commands = ProcessEngine.Available(work, new Performer(Actor.From(HttpContext), User, scope));
        CompetentAgencies = [.. work.InForce.Keys.Select(a => (a, work.AgencyName(a))).OrderBy(a => a.Item2, StringComparer.Ordinal)];
        var candidates = new Dictionary<Guid, List<AssignableOfficer>>();
        foreach (var task in Commands.Where(c => c.Command == DossierCommand.Assign).Select(c => work.Tasks.Single(t => t.Id == c.TaskId)))
        {
            candidates[task.Id] = [.. (await processing.OfficersOfAsync(task.AgencyId, task.UnitId, cancellationToken)).Where(o => o.CanHold(task))];
        }

        Candidates = candidates;
        var now = clock.GetUtcNow();
        Tasks = [.. work.Tasks.Select(t => new TaskRow(t, t.Timing(work.CalendarOf(t.AgencyId), now, work.Policy.OnTimeGranularity)))];
        FeesAtReturn = Commands.Any(c => c.Command == DossierCommand.Return) ? await fees.FeeStatusAsync(dossier.Id, cancellationToken) : FeeStatus.NotApplicable;
        Time = dossier.TimeStatus(work.CalendarOf(dossier.AgencyId), now, work.Policy.OnTimeGranularity);
        Rating = dossier.Status == DossierStatus.Returned ? await ratings.OfAsync(dossier.Id, cancellationToken) : null;

        return true;
    }


    /// <summary>The fields of every command form; each form posts the ones its command uses.</summary>
    public sealed class CommandForm
    {
        public DossierCommand Command { get; set; }

        public Guid? TaskId { get; set; }

        public Guid? Revision { get; set; }

        public string? Comment { get; set; }

        public string? ResultNumber { get; set; }

        public DateOnly? ResultDate { get; set; }

        public DateOnly? NewDueDate { get; set; }

        public ReturnMethod? ReturnVia { get; set; }

        public string? TrackingNumber { get; set; }

        public FeeStatus? Fees { get; set; }

        public DateOnly? RequestedOn { get; set; }

        public Guid? AgencyId { get; set; }

        public Guid? AssigneeId { get; set; }

        public DossierCommandInput ToInput() =>
            new(Command, TaskId, Revision, Comment, ResultNumber, ResultDate, NewDueDate, ReturnVia, TrackingNumber, Fees, RequestedOn, AgencyId, AssigneeId);
    }
}

/// <summary>One line of the step log as the dossier page shows it.</summary>
internal sealed record TaskRow(DossierTask Task, StepTimingResult Timing);
