using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Feedback.Inbox;
using MotCua.Modules.Feedback.PublishedAnswers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.ManagePublished;

/// <summary>
/// One published answer of the list: its text as the public sees it (the published snapshot, not the working draft),
/// whether it is withdrawn, and what the officer may do to its publication now (<see cref="Petition.AllowedActions"/>).
/// </summary>
internal sealed record ManagedAnswer(Guid Id, PublishedAnswer Answer, PetitionStatus Status, DateTime? WithdrawnAt, IReadOnlyList<PetitionAction> Actions);

/// <summary>
/// Quản lý PAKN đã công khai: the answers the officer's agency published (every agency's, for the province-wide roles, as
/// the inbox reads them), withdrawn ones included, newest publication first, searched and filtered as the public search
/// is; each links to its public page and to its staff page, where the leader corrects or withdraws it (ADR-046 §5).
/// </summary>
[Authorize(Policy = Policies.ReadFeedback)]
internal sealed class IndexModel(AppDbContext db, IAgencyScope scope, PublishedAnswerReader reader, TimeProvider clock) : PageModel
{
    /// <summary>The actions on an answer already public; the list offers only these.</summary>
    public static readonly PetitionAction[] PublicationActions = [PetitionAction.CorrectPublication, PetitionAction.WithdrawPublication, PetitionAction.Republish];

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "loai")]
    public string? Category { get; set; }

    [FromQuery(Name = "trang")]
    public string? PageNumber { get; set; }

    [FromQuery(Name = "sau")]
    public string? After { get; set; }

    [FromQuery(Name = "truoc")]
    public string? Before { get; set; }

    public PublishedAnswerPage<ManagedAnswer> Results { get; private set; } = PublishedAnswerPage<ManagedAnswer>.Empty;

    public IReadOnlyList<RuleFailure> Failures { get; private set; } = [];

    public bool AllAgencies => scope.IsProvinceWide;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PetitionInbox.TryAgencyOf(scope, out var agencyId))
        {
            return Forbid();
        }

        var (query, failures) = PublishedAnswerQuery.Parse(Q, Category, null, null, null, null, PageNumber, After, Before);
        Failures = failures;
        if (failures.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var petitions = db.Petitions.AsNoTracking().Where(p => p.PublishedAt != null);
        if (agencyId is not null)
        {
            petitions = petitions.Where(p => p.AgencyId == agencyId);
        }

        petitions = await reader.MatchingAsync(petitions, query, cancellationToken);
        var page = await reader.PageAsync(petitions, query, q => q, p => p.Code, cancellationToken);
        var ids = page.Items.Select(p => p.Id).ToList();
        var answers = (await reader.ReadAsync(db.Petitions.AsNoTracking().Where(p => ids.Contains(p.Id)), cancellationToken)).ToDictionary(a => a.Code);
        var actor = PetitionActor.Staff(HttpContext, scope);
        var now = clock.GetUtcNow().UtcDateTime;
        Results = page.With<ManagedAnswer>([.. page.Items.Where(p => answers.ContainsKey(p.Code)).Select(p => new ManagedAnswer(
            p.Id, answers[p.Code], p.Status, p.WithdrawnAt, [.. p.AllowedActions(actor, now).Where(PublicationActions.Contains)]))]);
        return Page();
    }

    /// <summary>The URL of another page of the same search.</summary>
    public string PageUrl(int page, string? after = null, string? before = null) =>
        "/feedback/published" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["loai"] = Category, ["trang"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sau"] = after, ["truoc"] = before,
        }.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
}
