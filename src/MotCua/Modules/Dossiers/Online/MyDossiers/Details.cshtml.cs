using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Online.Data;
using MotCua.Modules.Fees;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Dossiers.Online.MyDossiers;

/// <summary>
/// One of the citizen's dossiers in full: status and appointment, each step, what the desk or the agency asked for (with
/// the online answer), the files sent and the electronic result. Anyone else's dossier id answers 404.
/// </summary>
[UploadLimits]
internal sealed class DetailsModel(
    AppDbContext db, CitizenDossiers dossiers, OnlineIntake intake, SupplementOnline supplements, DossierPayments payments, UserManager<AppUser> users,
    IStringLocalizer<OnlineText> text)
    : PageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<(string Name, string Holder, DateTime ReceivedAt, DateTime? CompletedAt)> Steps { get; private set; } = [];

    public IReadOnlyList<(Guid Id, AttachmentPurpose Purpose, string FileName, long Size, DateTime At)> Files { get; private set; } = [];

    /// <summary>The draft this online dossier came from, reopened to complete it after the desk's request.</summary>
    public Guid? ApplicationId { get; private set; }

    public bool Rated { get; private set; }

    public IReadOnlyList<PaymentLine> Payments { get; private set; } = [];

    /// <summary>The order the payment gateway returned the browser from, if any.</summary>
    [FromQuery(Name = "order")]
    public string? Order { get; set; }

    public string? OrderMessage { get; private set; }

    [FromQuery(Name = "da-nop")]
    public bool JustSubmitted { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The gateway's return is only shown; the order's state comes from its signed callback, never from this address.
        if (Order is { Length: <= 40 } && await payments.FindOrderAsync(Order, cancellationToken) is { } order && Payments.Any(p => p.Request.Id == order.PaymentRequestId))
        {
            OrderMessage = order.Status switch
            {
                TransactionStatus.Succeeded => text["Pay_Succeeded"],
                TransactionStatus.Pending => text["Pay_Pending"],
                _ => text["Pay_Failed", order.FailureReason ?? ""],
            };
        }

        return Page();
    }

    /// <summary>Sends the payer to the gateway for a pending request of this dossier.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, Guid request, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Payments.FirstOrDefault(p => p.Request.Id == request) is not { } line)
        {
            return NotFound();
        }

        try
        {
            return Redirect((await payments.StartAsync(line.Request.Id, $"/ho-so-cua-toi/{id}", cancellationToken)).ToString());
        }
        catch (BusinessRuleException broken)
        {
            ModelState.AddModelError("", broken.Message);
            return Page();
        }
    }

    /// <summary>Reopens the application of an online dossier the desk returned for completion, to change files and send it again.</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !AwaitsCompletion || ApplicationId is not { } applicationId)
        {
            return NotFound();
        }

        var application = await db.OnlineApplications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        application.Status = ApplicationStatus.Draft;
        application.Revision = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/ho-so-truc-tuyen/{applicationId}");
    }

    /// <summary>Answers a supplement requested during processing: a note and one file; processing resumes.</summary>
    public async Task<IActionResult> OnPostSupplementAsync(Guid id, string? note, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Dossier.PendingSupplement is null)
        {
            return NotFound();
        }

        if (note?.Length > 2000)
        {
            ModelState.AddModelError("note", text["Supplement_NoteTooLong", 2000]);
            return Page();
        }

        if (file is null && string.IsNullOrWhiteSpace(note))
        {
            ModelState.AddModelError("file", text["Supplement_Empty"]);
            return Page();
        }

        var files = new List<OnlineComponentFile>();
        if (file is not null)
        {
            await using var content = file.OpenReadStream();
            var (stored, problem) = await intake.StoreAsync(0, content, file.FileName, cancellationToken);
            if (stored is null)
            {
                ModelState.AddModelError("file", problem!);
                return Page();
            }

            files.Add(stored);
        }

        try
        {
            await supplements.AnswerAsync(id, note, files, Actor.From(HttpContext), cancellationToken);
        }
        catch (BusinessRuleException broken)
        {
            files.ForEach(f => intake.Delete(f.StoragePath));
            ModelState.AddModelError("", broken.Message);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Message = text["Supplement_Sent"];
        return Redirect($"/ho-so-cua-toi/{id}");
    }

    /// <summary>True while the desk has asked for completion of this online dossier before accepting it.</summary>
    public bool AwaitsCompletion => Dossier.Status == DossierStatus.SupplementRequested && Dossier.Code is null && Dossier.Channel == SubmissionChannel.Online;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        var dossier = await dossiers.Of(userId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dossier is null)
        {
            return false;
        }

        Dossier = dossier;
        AgencyName = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == dossier.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var steps = await db.DossierTasks.AsNoTracking()
            .Where(t => t.DossierId == id && t.Kind == DossierTaskKind.Step).OrderBy(t => t.Sequence)
            .Select(t => new { t.Name, t.HolderName, t.ReceivedAt, t.CompletedAt }).ToListAsync(cancellationToken);
        Steps = [.. steps.Select(s => (s.Name, s.HolderName, s.ReceivedAt, s.CompletedAt))];
        var files = await db.DossierAttachments.AsNoTracking()
            .Where(a => a.DossierId == id)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new { a.Id, a.Purpose, a.FileName, a.Size, a.UploadedAt }).ToListAsync(cancellationToken);
        Files = [.. files.Where(f => CitizenDossiers.ApplicantSees(dossier.Status, f.Purpose)).Select(f => (f.Id, f.Purpose, f.FileName, f.Size, f.UploadedAt))];
        ApplicationId = await db.OnlineApplications.Where(a => a.DossierId == id && a.OwnerId == userId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        Rated = await db.DossierRatings.AnyAsync(r => r.DossierId == id, cancellationToken);
        Payments = await payments.LinesAsync(id, cancellationToken);
        return true;
    }
}
