using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Feedback.SendPetition;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.TrackPetition;

/// <summary>One entry of the history the sender sees: what happened and when, never who or the staff's comments.</summary>
internal sealed record SenderStep(PetitionAction Action, PetitionStatus Status, DateTime At);

/// <summary>
/// Tra cứu PAKN (ADR-046 §2). The code alone shows the status, the agency holding it, the deadline and whether it is kept;
/// with the 4 check digits (posted, a limited number of times per client address), or signed in as the account that sent
/// it, the page also shows the content, the history the sender may see, what was asked or decided, the answer, and the
/// sender's actions allowed now (clarify, rate, reopen). An unknown code and wrong digits read the same.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(FeedbackPortal.TrackingPolicy)]
internal sealed class IndexModel(AppDbContext db, PetitionWork work, PublicPetitions publicPetitions, TimeProvider clock, IStringLocalizer<FeedbackPortalText> text) : PageModel
{
    /// <summary>The actions of the history a sender sees; the internal steps (classification, consultation, drafts) are the agency's.</summary>
    private static readonly PetitionAction[] SenderVisible =
    [
        PetitionAction.Submit, PetitionAction.Accept, PetitionAction.Refuse, PetitionAction.Transfer, PetitionAction.TransferOut,
        PetitionAction.ForwardComplaint, PetitionAction.ReturnUp, PetitionAction.Merge, PetitionAction.Assign, PetitionAction.RequestClarification,
        PetitionAction.Clarify, PetitionAction.ApproveAnswer, PetitionAction.Publish, PetitionAction.Rate, PetitionAction.Reopen,
    ];

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Ma { get; set; }

    [BindProperty(Name = "so")]
    public string? CheckDigits { get; set; }

    [BindProperty(Name = "noi-dung")]
    public string? ActionText { get; set; }

    [BindProperty(Name = "hai-long")]
    public bool? Satisfied { get; set; }

    public Petition? Petition { get; private set; }

    public string? AgencyName { get; private set; }

    /// <summary>The sender proved by the digits or by the account: the details and actions are shown.</summary>
    public bool Verified { get; private set; }

    public IReadOnlyList<SenderStep> History { get; private set; } = [];

    public IReadOnlyList<PetitionAction> Allowed { get; private set; } = [];

    /// <summary>
    /// For a merged duplicate, the PAKN it joined as the public reads it: its status, and its answer once published — never
    /// its sender's data (ADR-046 §3: the duplicate's sender receives the original's answer).
    /// </summary>
    public PublicPetition? Original { get; private set; }

    public DateTime Now { get; private set; }

    public bool Invalid { get; private set; }

    public bool NotFoundCode { get; private set; }

    public bool WrongDigits { get; private set; }

    /// <summary>What the action just taken did.</summary>
    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LookUpAsync(verify: false, cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken) => await LookUpAsync(verify: true, cancellationToken);

    /// <summary>Clarify, rate or reopen (<paramref name="act"/>), by the sender proved again by the digits or the account.</summary>
    public async Task<IActionResult> OnPostActAsync(PetitionAction act, CancellationToken cancellationToken)
    {
        await LookUpAsync(verify: true, cancellationToken);
        if (!Verified || Petition is null)
        {
            return Page();
        }

        if (act is not (PetitionAction.Clarify or PetitionAction.Rate or PetitionAction.Reopen))
        {
            return BadRequest();
        }

        var command = new PetitionCommand(act) { Text = ActionText, Satisfied = act == PetitionAction.Rate ? Satisfied : null };
        var result = await work.ActAsync(Petition.Id, command, PetitionActor.Sender(SenderActor(Petition)), cancellationToken);
        if (result.BrokenRule is { } broken)
        {
            new RuleFailure("", broken.Message).AddTo(ModelState);
        }

        result.Errors.Select(e => e with { Field = "" }).ToList().AddTo(ModelState);
        if (result.Succeeded)
        {
            Notice = text["Track_Done_" + act];
            ActionText = null;
            ModelState.Clear();
            await LookUpAsync(verify: true, cancellationToken);
        }

        return Page();
    }

    private async Task LookUpAsync(bool verify, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(Ma))
        {
            return;
        }

        if (!PetitionCode.TryParse(Ma.Trim(), out var parsed))
        {
            Invalid = true;
            return;
        }

        var code = parsed.ToString();
        var petition = await db.Petitions.AsNoTracking().Include(p => p.Events).Include(p => p.Deadlines).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        var own = petition?.SenderUserId is { } sender && User.IsInRole(Roles.Citizen)
            && Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && userId == sender;
        var digits = verify && !own ? CheckDigits?.Trim() : null;
        // The same answer for an unknown code and for wrong digits: the page must not confirm which codes exist.
        if (petition is null || (verify && !own && !Matches(petition.CheckDigits, digits)))
        {
            WrongDigits = verify;
            NotFoundCode = !verify;
            return;
        }

        Petition = petition;
        Verified = own || verify;
        AgencyName = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == petition.AgencyId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        if (Verified)
        {
            History = [.. petition.Events.Where(e => SenderVisible.Contains(e.Action)).OrderBy(e => e.Sequence).Select(e => new SenderStep(e.Action, e.ToStatus, e.At))];
            Allowed = petition.AllowedActions(PetitionActor.Sender(SenderActor(petition)), Now);
            Original = petition.MergedIntoCode is { } original ? await publicPetitions.FindAsync(original, cancellationToken) : null;
        }
    }

    /// <summary>The sender as the history records them: the account, or the name they gave when proved by the digits.</summary>
    private Actor SenderActor(Petition petition)
    {
        var actor = Actor.From(HttpContext);
        return actor.UserId is not null && actor.UserId == petition.SenderUserId ? actor : new Actor(null, petition.SenderName, actor.Ip);
    }

    private static bool Matches(string expected, string? given) =>
        given is { Length: 4 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
