using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.RateDossier;

/// <summary>
/// Đánh giá trực tuyến: the applicant who submitted the dossier online (or a member of its organisation) rates it, once,
/// after the result was returned — the same indicators as the kiosk (TT 01/2018 Điều 13–14), stored with the Online channel.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
internal sealed class OnlineModel(AppDbContext db, DossierTracking dossiers, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<PortalText> text) : PageModel
{
    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public RatableDossier Dossier { get; private set; } = null!;

    public List<string> Errors { get; } = [];

    public bool AlreadyRated { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Errors.AddRange(Input.CheckAnswers(text));
        if (AlreadyRated)
        {
            Errors.Add(text["Rate_Already"]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.DossierRatings.Add(Input.ToRating(Dossier, RatingChannel.Online, clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Rated at the same moment at the kiosk or in another tab: the unique index kept the first.
            Errors.Add(text["Rate_Already"]);
            return Page();
        }

        TempData["Message"] = text["Rate_Thanks"].Value;
        return Redirect($"/ho-so-cua-toi/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RatableAsync(Guid.Parse(users.GetUserId(User)!), id, cancellationToken);
        // Only a returned dossier is rated (TT 01/2018 Điều 14: after the result).
        if (dossier is null || dossier.Status != DossierStatus.Returned)
        {
            return false;
        }

        Dossier = dossier;
        AlreadyRated = await db.DossierRatings.AnyAsync(r => r.DossierId == id, cancellationToken);
        return true;
    }
}
