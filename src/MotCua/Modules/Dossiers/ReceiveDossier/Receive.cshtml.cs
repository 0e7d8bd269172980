using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>
/// The counter officer's intake: pick the procedure, enter the applicant, tick the components handed in, then accept
/// (Mẫu 01), ask for completion (Mẫu 02) or refuse (Mẫu 03). A returned dossier is opened again here when the applicant
/// brings the missing papers.
/// </summary>
[Authorize(Policy = Policies.ReceiveDossiers)]
internal sealed class ReceiveModel(
    AppDbContext db, PublishedProcedures procedures, DeskIntake intake, IAgencyScope scope, IOptions<DossierTimePolicy> timePolicy) : PageModel
{
    private static readonly IReadOnlySet<SubmissionChannel> CounterChannels = new HashSet<SubmissionChannel> { SubmissionChannel.Direct, SubmissionChannel.Postal };

    private static readonly IReadOnlySet<SubmissionChannel> OnlineChannel = new HashSet<SubmissionChannel> { SubmissionChannel.Online };

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "procedure")]
    public string? ProcedureCode { get; set; }

    /// <summary>A dossier returned for completion that is being handed in again.</summary>
    [BindProperty(SupportsGet = true, Name = "dossier")]
    public Guid? DossierId { get; set; }

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public string? Decision { get; set; }

    public PublishedProcedure? Procedure { get; private set; }

    /// <summary>How many procedures the picker lists; a longer list is narrowed by typing.</summary>
    public const int MatchLimit = 30;

    public IReadOnlyList<(string Code, string Name)> Matches { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Dossiers submitted online to this desk and not yet checked, oldest first (NĐ 61/2018 Điều 17 khoản 2).</summary>
    public IReadOnlyList<(Guid Id, DateTime SubmittedAt, string ProcedureCode, string ProcedureName, string Applicant)> OnlineWaiting { get; private set; } = [];

    /// <summary>For an online dossier being checked: its e-form, as lines, and the files sent for each component.</summary>
    public IReadOnlyList<(string Label, string Text)> OnlineLines { get; private set; } = [];

    public IReadOnlyList<(int Position, Guid AttachmentId, string FileName, bool Reused)> OnlineFiles { get; private set; } = [];

    /// <summary>
    /// Which of the channels this form receives through, among the procedure's, count from the next working day when
    /// received after the cut-off, and the rule that says so (ADR-032).
    /// </summary>
    public (IReadOnlyList<SubmissionChannel> Channels, string Source) CutOff(PublishedProcedure procedure)
    {
        var desk = Input.Channel == nameof(SubmissionChannel.Online) ? OnlineChannel : CounterChannels;
        var applies = desk.Order()
            .Where(c => procedure.Channels.HasFlag(c.InCatalog()) && CutOffScope.For(timePolicy.Value, c, procedure.ProcessingTime).Applies)
            .ToList();
        return (applies, CutOffScope.For(timePolicy.Value, SubmissionChannel.Direct, procedure.ProcessingTime).Source);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is null)
        {
            return Forbid();
        }

        if (DossierId is { } id)
        {
            var returned = await FindReturnedAsync(id, tracked: false, cancellationToken);
            if (returned is null)
            {
                return NotFound();
            }

            Procedure = await procedures.FindInForceAsync(returned.ProcedureCode, cancellationToken);
            if (Procedure is null)
            {
                Message = ResourceText.Get<DossiersText>("Receive_ProcedureNoLongerInForce");
                return Page();
            }

            Input = FromDossier(returned);
            if (returned.Channel == SubmissionChannel.Online)
            {
                await LoadOnlineAsync(returned, cancellationToken);
            }

            return Page();
        }

        if (!string.IsNullOrWhiteSpace(ProcedureCode) && ProcedureCode.Length <= 20)
        {
            Procedure = await procedures.FindInForceAsync(ProcedureCode.Trim(), cancellationToken);
            if (Procedure is not null)
            {
                Input.ProcedureCode = Procedure.Code;
                Input.Components = Procedure.Components.Select(c => new ComponentInput { Position = c.Position }).ToList();
                Input.IntakeKey = Guid.NewGuid();
                return Page();
            }

            Message = await intake.NotInForceMessageAsync(ProcedureCode, cancellationToken);
        }

        Matches = await procedures.SearchInForceAsync(Q?.Length > 200 ? Q[..200] : Q, MatchLimit, cancellationToken);
        var waiting = await db.Dossiers.AsNoTracking()
            .Where(d => d.AgencyId == scope.AgencyId && d.Status == DossierStatus.Submitted && d.Channel == SubmissionChannel.Online)
            .OrderBy(d => d.SubmittedAt).Take(100)
            .Select(d => new { d.Id, d.SubmittedAt, d.ProcedureCode, d.ProcedureName, d.Applicant.Name })
            .ToListAsync(cancellationToken);
        OnlineWaiting = [.. waiting.Select(d => (d.Id, d.SubmittedAt, d.ProcedureCode, d.ProcedureName, d.Name))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            return Forbid();
        }

        if (!TypedValues.TryNamed<DeskDecision>(Decision, out var decision))
        {
            return BadRequest();
        }

        if (await AlreadyRecordedAsync(cancellationToken) is { } recorded)
        {
            return Redirect($"/dossiers/{recorded}?done=AlreadyRecorded");
        }

        Dossier? returned = null;
        if (DossierId is { } id)
        {
            returned = await FindReturnedAsync(id, tracked: true, cancellationToken);
            if (returned is null)
            {
                return NotFound();
            }

            Input.ProcedureCode = returned.ProcedureCode;
        }

        Input.ProcedureCode ??= ProcedureCode;

        ModelState.Clear();
        var channels = returned?.Channel == SubmissionChannel.Online ? OnlineChannel : CounterChannels;
        var (procedure, failures) = await intake.CheckAsync(Input, decision, channels, cancellationToken);
        Procedure = procedure;
        if (failures.Count > 0 || procedure is null)
        {
            failures.AddTo(ModelState, nameof(Input));

            if (returned?.Channel == SubmissionChannel.Online)
            {
                await LoadOnlineAsync(returned, cancellationToken);
            }

            return Page();
        }

        try
        {
            var dossier = await intake.DecideAsync(Input, procedure, decision, agencyId, Actor.From(HttpContext), returned, cancellationToken);
            return Redirect($"/dossiers/{dossier.Id}?done={decision}");
        }
        catch (BusinessRuleException broken)
        {
            new RuleFailure("", broken.Message).AddTo(ModelState);
            return Page();
        }
        catch (DbUpdateException) when (Input.IntakeKey is not null)
        {
            // The same form was posted twice at once: the other request recorded the dossier (unique intake key).
            db.ChangeTracker.Clear();
            var first = await AlreadyRecordedAsync(cancellationToken) ?? throw new InvalidOperationException("Intake failed without a recorded dossier.");
            return Redirect($"/dossiers/{first}?done=AlreadyRecorded");
        }
    }

    /// <summary>
    /// The dossier this very form already recorded — a new one with the same intake key, or a returned one the desk has
    /// decided on since — so a form posted twice records one decision.
    /// </summary>
    private async Task<Guid?> AlreadyRecordedAsync(CancellationToken cancellationToken)
    {
        if (DossierId is { } id)
        {
            return await db.Dossiers.AnyAsync(
                    d => d.Id == id && d.AgencyId == scope.AgencyId && d.Status != DossierStatus.Submitted && (d.Status != DossierStatus.SupplementRequested || d.Code != null),
                    cancellationToken)
                ? id
                : null;
        }

        return Input.IntakeKey is { } key
            ? await db.Dossiers.Where(d => d.IntakeKey == key && d.AgencyId == scope.AgencyId).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    private Task<Dossier?> FindReturnedAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var dossiers = tracked ? db.Dossiers : db.Dossiers.AsNoTracking();
        // A dossier waiting at the desk: returned for completion and handed in again, or submitted online.
        return dossiers.SingleOrDefaultAsync(
            d => d.Id == id && d.AgencyId == scope.AgencyId && d.Code == null
                && (d.Status == DossierStatus.SupplementRequested || (d.Status == DossierStatus.Submitted && d.Channel == SubmissionChannel.Online)),
            cancellationToken);
    }

    private async Task LoadOnlineAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var version = await procedures.GetVersionAsync(dossier.ProcedureVersionId, cancellationToken);
        OnlineLines = version is null ? [] : EFormDisplay.Lines(version.EForm, EFormDisplay.ReadValues(dossier.EFormValues));
        var reused = dossier.Components.Where(c => c.Reused).Select(c => c.Position).ToHashSet();
        var files = await db.DossierAttachments.AsNoTracking()
            .Where(a => a.DossierId == dossier.Id && a.ComponentPosition != null)
            .OrderBy(a => a.ComponentPosition).ThenBy(a => a.UploadedAt)
            .Select(a => new { Position = a.ComponentPosition!.Value, a.Id, a.FileName })
            .ToListAsync(cancellationToken);
        OnlineFiles = [.. files.Select(f => (f.Position, f.Id, f.FileName, reused.Contains(f.Position)))];
    }

    private static IntakeInput FromDossier(Dossier dossier) => new()
    {
        ProcedureCode = dossier.ProcedureCode,
        ApplicantKind = dossier.Applicant.Kind.ToString(),
        Name = dossier.Applicant.Name,
        IdentityNumber = dossier.Applicant.IdentityNumber,
        TaxCode = dossier.Applicant.TaxCode,
        Address = dossier.Applicant.Address,
        Phone = dossier.Applicant.Phone,
        Email = dossier.Applicant.Email,
        ProxyName = dossier.Applicant.ProxyName,
        ProxyIdentityNumber = dossier.Applicant.ProxyIdentityNumber,
        ProxyPhone = dossier.Applicant.ProxyPhone,
        Channel = dossier.Channel.ToString(),
        ReturnMethod = dossier.ReturnMethod.ToString(),
        SetCount = dossier.SetCount,
        Components = dossier.Components.Select(c => new ComponentInput
        {
            Position = c.Position, Provided = c.Provided, Exemption = c.Exemption == DigitisationExemption.None ? null : c.Exemption.ToString(),
        }).ToList(),
    };
}
