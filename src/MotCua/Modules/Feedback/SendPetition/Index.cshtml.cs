using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Feedback.SendPetition;

/// <summary>A PAKN the sender already has open that looks like the one being sent (ADR-046 §3: duplicates).</summary>
internal sealed record OwnOpenPetition(string Code, PetitionCategory Category, string? ProcedureCode, PetitionStatus Status, DateTime ReceivedAt);

/// <summary>
/// Gửi phản ánh, kiến nghị (NĐ 20/2008 Điều 6): the form for everyone. A signed-in citizen sends on channel Portal with the
/// account's name and contacts filled in and is shown their own open PAKN of the same kind before it goes; a visitor without
/// an account sends on channel PortalGuest, a few times per client address (<see cref="GuestSubmissionLimit"/>).
/// A procedure's page links here with <c>?ma=</c> its code.
/// </summary>
[AllowAnonymous]
[PetitionUploadLimits]
internal sealed class IndexModel(
    AppDbContext db, PetitionIntake intake, GuestSubmissionLimit guestLimit, UserManager<AppUser> users, CitizenDirectory citizens, IOptions<FeedbackOptions> options,
    IStringLocalizer<FeedbackPortalText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    /// <summary>The TempData key of the receipt the next page shows.</summary>
    public const string ReceiptKey = "PetitionReceipt";

    [BindProperty]
    public PetitionSubmission Input { get; set; } = new();

    /// <summary>A procedure's code given by the link of its page.</summary>
    [FromQuery(Name = "ma")]
    public string? Ma { get; set; }

    /// <summary>One of the account's organisations to send for, from the links above the form.</summary>
    [FromQuery(Name = "to-chuc")]
    public Guid? OrganisationId { get; set; }

    /// <summary>The organisations the signed-in account acts for (the form can be filled in with one of them).</summary>
    public IReadOnlyList<CitizenOrganisationFacts> Organisations { get; private set; } = [];

    /// <summary>Set once the sender was shown their similar open PAKN: the next post sends regardless.</summary>
    [BindProperty]
    public bool DuplicatesShown { get; set; }

    /// <summary>Set by <see cref="PetitionUploadLimitsAttribute"/> when the files were refused before they were read.</summary>
    [FromQuery(Name = "refused")]
    public string? Refused { get; set; }

    public IReadOnlyList<OwnOpenPetition> Duplicates { get; private set; } = [];

    public bool SignedIn => UserId is not null;

    public FeedbackAttachmentOptions Attachments => options.Value.Attachments;

    public FeedbackIntakeOptions Rules => options.Value.Intake;

    private Guid? UserId => User.IsInRole(Roles.Citizen) && Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.SenderKind = SenderKind.Person;
        Input.ProcedureCode = PetitionSubmissionRules.Clean(Ma) is { Length: <= 20 } code ? code : null;
        if (Refused == PetitionUploadLimitsAttribute.TooLarge)
        {
            new RuleFailure("", text["Send_FilesTooLarge", Attachments.MaxCount, Attachments.MaxMegabytes]).AddTo(ModelState);
        }

        if (UserId is { } userId && await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            Input.SenderName = user.FullName;
            Input.Phone = user.PhoneNumberConfirmed ? user.PhoneNumber : null;
            Input.Email = user.EmailConfirmed ? user.Email : null;
            Organisations = await citizens.OrganisationListOfAsync(userId, cancellationToken);
            if (Organisations.FirstOrDefault(o => o.Id == OrganisationId) is { } organisation)
            {
                Input.SenderKind = SenderKind.Organisation;
                Input.SenderName = organisation.Name;
                Input.SenderTaxCode = organisation.TaxCode;
                Input.Address = organisation.Address;
            }

            if (Input.ProcedureCode is { } procedure)
            {
                Duplicates = await OpenOfAsync(userId, null, procedure, cancellationToken);
            }
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = UserId;
        if (userId is null && !guestLimit.TryCount(HttpContext))
        {
            return new ContentResult { StatusCode = StatusCodes.Status429TooManyRequests, ContentType = "text/plain; charset=utf-8", Content = shared["TooManyRequests"] };
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // ADR-046 §3: before sending, the sender sees their own open PAKN of the same category and procedure, once.
        if (userId is { } own && !DuplicatesShown && Input.Category is { } category)
        {
            Duplicates = await OpenOfAsync(own, category, PetitionSubmissionRules.Clean(Input.ProcedureCode), cancellationToken);
            if (Duplicates.Count > 0)
            {
                DuplicatesShown = true;
                return Page();
            }
        }

        var files = Request.HasFormContentType
            ? Request.Form.Files.Where(f => f.Name == nameof(PetitionIntake.Files) && (f.Length > 0 || !string.IsNullOrEmpty(f.FileName))).ToList()
            : [];
        var streams = files.Select(f => f.OpenReadStream()).ToList();
        try
        {
            var uploads = files.Select((f, i) => new PetitionUpload(streams[i], f.FileName)).ToList();
            var channel = userId is null ? PetitionChannel.PortalGuest : PetitionChannel.Portal;
            var result = await intake.SubmitAsync(Input, uploads, channel, Actor.From(HttpContext), null, userId, null, cancellationToken);
            if (result.Receipt is not { } receipt)
            {
                result.Errors.AddTo(ModelState, nameof(Input));
                return Page();
            }

            TempData[ReceiptKey] = JsonSerializer.Serialize(receipt);
            return RedirectToPage("Receipt");
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    /// <summary>The account's open PAKN of <paramref name="category"/> (any, when null) about <paramref name="procedureCode"/> (none, when null), newest first.</summary>
    private async Task<IReadOnlyList<OwnOpenPetition>> OpenOfAsync(Guid userId, PetitionCategory? category, string? procedureCode, CancellationToken cancellationToken)
    {
        var open = PetitionStatuses.Open;
        var query = db.Petitions.AsNoTracking().Where(p => p.SenderUserId == userId && open.Contains(p.Status));
        if (category is { } wanted)
        {
            query = query.Where(p => p.Category == wanted);
        }

        var procedure = procedureCode?.ToUpperInvariant();
        query = procedure is null ? query.Where(p => p.ProcedureCode == null) : query.Where(p => p.ProcedureCode != null && p.ProcedureCode.ToUpper() == procedure);
        return await query.OrderByDescending(p => p.ReceivedAt).Take(10)
            .Select(p => new OwnOpenPetition(p.Code, p.Category, p.ProcedureCode, p.Status, p.ReceivedAt))
            .ToListAsync(cancellationToken);
    }
}
