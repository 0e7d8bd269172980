using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.MyDossiers;

/// <summary>
/// One of the citizen's dossiers in full: status and appointment, each step, what the desk or the agency asked for (with
/// the online answer), the files sent and the electronic result. Anyone else's dossier id answers 404.
/// </summary>
[UploadLimits]
internal sealed class DetailsModel(
    AppDbContext db, CitizenDossiers dossiers, OnlineIntake intake, SupplementOnline supplements, CitizenPayments payments, DossierRatings ratings,
    UserManager<AppUser> users, IStringLocalizer<PortalText> text)
    : PageModel
{
    public CitizenDossierDetails Dossier { get; private set; } = null!;

    /// <summary>The draft this online dossier came from, reopened to complete it after the desk's request.</summary>
    public Guid? ApplicationId { get; private set; }

    public IReadOnlyList<CitizenPayment> Payments { get; private set; } = [];

    /// <summary>A returned dossier the applicant has rated already: no link to the rating page.</summary>
    public bool Rated { get; private set; }

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
        if (Order is { Length: <= 40 } && await payments.OrderAsync(id, Order, cancellationToken) is { } order)
        {
            OrderMessage = order.State switch
            {
                CitizenOrderState.Succeeded => text["Pay_Succeeded"],
                CitizenOrderState.Pending => text["Pay_Pending"],
                _ => text["Pay_Failed", order.FailureReason ?? ""],
            };
        }

        return Page();
    }

    /// <summary>Sends the payer to the gateway for a pending request of this dossier.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, Guid request, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            return await payments.StartAsync(id, request, $"/ho-so-cua-toi/{id}", cancellationToken) is { } gateway ? Redirect(gateway.ToString()) : NotFound();
        }
        catch (BusinessRuleException broken)
        {
            new RuleFailure("", broken.Message).AddTo(ModelState);
            return Page();
        }
    }

    /// <summary>Reopens the application of an online dossier the desk returned for completion, to change files and send it again.</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Dossier.AwaitsCompletion || ApplicationId is not { } applicationId)
        {
            return NotFound();
        }

        var application = await db.OnlineApplications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        application.Reopen();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/ho-so-truc-tuyen/{applicationId}");
    }

    /// <summary>Answers a supplement requested during processing: a note and one file; processing resumes.</summary>
    public async Task<IActionResult> OnPostSupplementAsync(Guid id, string? note, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Dossier.SupplementRequestedAt is null)
        {
            return NotFound();
        }

        if (note?.Length > 2000)
        {
            new RuleFailure("note", text["Supplement_NoteTooLong", 2000]).AddTo(ModelState);
            return Page();
        }

        if (file is null && string.IsNullOrWhiteSpace(note))
        {
            new RuleFailure("file", text["Supplement_Empty"]).AddTo(ModelState);
            return Page();
        }

        var files = new List<OnlineComponentFile>();
        if (file is not null)
        {
            await using var content = file.OpenReadStream();
            var (stored, problem) = await intake.StoreAsync(0, content, file.FileName, cancellationToken);
            if (stored is null)
            {
                new RuleFailure("file", problem!).AddTo(ModelState);
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
            new RuleFailure("", broken.Message).AddTo(ModelState);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        Message = text["Supplement_Sent"];
        return Redirect($"/ho-so-cua-toi/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        if (await dossiers.DetailsAsync(userId, id, cancellationToken) is not { } dossier)
        {
            return false;
        }

        Dossier = dossier;
        ApplicationId = await db.OnlineApplications.Where(a => a.DossierId == id && a.OwnerId == userId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        Payments = await payments.OfAsync(id, cancellationToken);
        Rated = dossier.Status == DossierStatus.Returned && await ratings.RatedAsync(id, cancellationToken);
        return true;
    }
}
