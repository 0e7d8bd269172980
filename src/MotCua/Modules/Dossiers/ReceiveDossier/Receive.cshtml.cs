using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.ReceiveDossier;

/// <summary>
/// The counter officer's intake: pick the procedure, enter the applicant, tick the components handed in, then accept
/// (Mẫu 01), ask for completion (Mẫu 02) or refuse (Mẫu 03). A returned dossier is opened again here when the applicant
/// brings the missing papers.
/// </summary>
[Authorize(Policy = Policies.ReceiveDossiers)]
internal sealed class ReceiveModel(AppDbContext db, PublishedProcedures procedures, DeskIntake intake, IAgencyScope scope) : PageModel
{
    private static readonly IReadOnlySet<SubmissionChannel> CounterChannels = new HashSet<SubmissionChannel> { SubmissionChannel.Direct, SubmissionChannel.Postal };

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

    public IReadOnlyList<(string Code, string Name)> Matches { get; private set; } = [];

    public string? Message { get; private set; }

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
                Message = "Thủ tục của hồ sơ này không còn hiệu lực; không thể tiếp nhận lại.";
                return Page();
            }

            Input = FromDossier(returned);
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

            Message = "Không tìm thấy thủ tục hành chính đang có hiệu lực với mã này.";
        }

        Matches = await procedures.SearchInForceAsync(Q?.Length > 200 ? Q[..200] : Q, 30, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            return Forbid();
        }

        if (!Enum.TryParse<DeskDecision>(Decision, out var decision) || !Enum.IsDefined(decision))
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
        var (procedure, errors) = await intake.CheckAsync(Input, decision, CounterChannels, cancellationToken);
        Procedure = procedure;
        if (errors.Count > 0 || procedure is null)
        {
            foreach (var (key, message) in errors)
            {
                ModelState.AddModelError("Input." + key, message);
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
            ModelState.AddModelError(string.Empty, broken.Message);
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
            return await db.Dossiers.AnyAsync(d => d.Id == id && d.AgencyId == scope.AgencyId && (d.Status != DossierStatus.SupplementRequested || d.Code != null), cancellationToken)
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
        return dossiers.SingleOrDefaultAsync(
            d => d.Id == id && d.AgencyId == scope.AgencyId && d.Status == DossierStatus.SupplementRequested && d.Code == null, cancellationToken);
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
        Components = dossier.Components.Select(c => new ComponentInput { Position = c.Position, Provided = c.Provided, Digitised = c.Digitised }).ToList(),
    };
}
