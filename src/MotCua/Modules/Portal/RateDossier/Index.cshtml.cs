using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.RateDossier;

/// <summary>
/// Đánh giá việc giải quyết hồ sơ at the counter's kiosk, without signing in: the dossier code and the last four digits
/// of the applicant's phone or identity number, then the TT 01/2018 indicators an applicant judges and satisfied or not.
/// Once per dossier, after its result was returned.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RatingKioskLimit.Policy)]
internal sealed class IndexModel(AppDbContext db, DossierTracking dossiers, TimeProvider clock, IStringLocalizer<PortalText> text) : PageModel
{
    [BindProperty]
    public RatingInput Input { get; set; } = new();

    [FromQuery(Name = "cam-on")]
    public bool Thanked { get; set; }

    public List<string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Validate();
        if (Errors.Count > 0 || !DossierCode.TryParse(Input.Code, out var parsed))
        {
            return Page();
        }

        var dossier = await dossiers.RatableAsync(parsed.Value, Input.LastFour!.Trim(), cancellationToken);
        // The same message for an unknown code and wrong digits: the page must not tell which codes exist.
        if (dossier is null)
        {
            Errors.Add(text["Rate_NotFound"]);
            return Page();
        }

        if (dossier.Status != DossierStatus.Returned)
        {
            Errors.Add(text["Rate_NotReturned"]);
            return Page();
        }

        if (await db.DossierRatings.AnyAsync(r => r.DossierId == dossier.Id, cancellationToken))
        {
            Errors.Add(text["Rate_Already"]);
            return Page();
        }

        db.DossierRatings.Add(Input.ToRating(dossier, RatingChannel.Kiosk, clock));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Rated at the same moment from another kiosk: the unique index kept the first.
            Errors.Add(text["Rate_Already"]);
            return Page();
        }

        return Redirect("/danh-gia?cam-on=true");
    }

    private void Validate()
    {
        if (!DossierCode.TryParse(Input.Code, out _))
        {
            Errors.Add(text["Rate_CodeInvalid"]);
        }

        if (Input.LastFour?.Trim() is not { Length: 4 } digits || !digits.All(char.IsAsciiDigit))
        {
            Errors.Add(text["Rate_LastFourInvalid"]);
        }

        Errors.AddRange(Input.CheckAnswers(text));
    }
}

/// <summary>The rating form as posted; every value is checked before anything is read or written.</summary>
internal sealed class RatingInput
{
    public string? Code { get; set; }

    public string? LastFour { get; set; }

    public int? Time { get; set; }

    public int? Contacts { get; set; }

    public int? Agencies { get; set; }

    /// <summary>Chỉ số 7: whether the applicant complains about the officers' conduct.</summary>
    public bool? Complaint { get; set; }

    public bool? Satisfied { get; set; }

    public string? Comment { get; set; }

    /// <summary>The answers' problems (every indicator scored 0–2, satisfied or not, comment length), in the UI language.</summary>
    public IEnumerable<string> CheckAnswers(IStringLocalizer<PortalText> text)
    {
        if (new[] { Time, Contacts, Agencies }.Any(s => s is not (0 or 1 or 2)) || Complaint is null)
        {
            yield return text["Rate_ChooseEach"];
        }

        if (Satisfied is null)
        {
            yield return text["Rate_ChooseOverall"];
        }

        if (Comment?.Length > DossierRating.CommentMaxLength)
        {
            yield return text["Rate_CommentTooLong", DossierRating.CommentMaxLength];
        }
    }

    /// <summary>The rating, with indicator 7 scored against the dossier's legal time status.</summary>
    public DossierRating ToRating(RatableDossier dossier, RatingChannel channel, TimeProvider clock) =>
        DossierRating.Record(dossier, channel, Time!.Value, Contacts!.Value, Agencies!.Value, Complaint!.Value, Satisfied!.Value, Comment, clock.GetUtcNow().UtcDateTime);
}
