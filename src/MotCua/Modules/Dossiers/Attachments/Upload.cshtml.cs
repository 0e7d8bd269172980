using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers.Attachments;

/// <summary>
/// A dossier's attachments with the upload form, for the people who work on dossiers of its agency
/// (<see cref="Policies.HandleDossiers"/>); the dossier page shows the same list and form. A refused file leaves the
/// page with the reason and changes nothing.
/// </summary>
[Authorize(Policy = Policies.HandleDossiers)]
[UploadLimits]
internal sealed class UploadModel(AppDbContext db, IAgencyScope scope, AttachmentUpload upload, IOptions<AttachmentOptions> options, IStringLocalizer<AttachmentsText> text)
    : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Set by <see cref="UploadLimitsAttribute"/> when it turned a request away before reading it.</summary>
    [FromQuery(Name = "refused")]
    public string? Refused { get; set; }

    [BindProperty(Name = "file")]
    public IFormFile? SentFile { get; set; }

    [BindProperty(Name = "purpose")]
    public string? Purpose { get; set; }

    /// <summary>yyyy-MM-dd: the last valid day of a result with a term; empty for none.</summary>
    [BindProperty(Name = "validUntil")]
    public string? ValidUntil { get; set; }

    [BindProperty(Name = "component")]
    public string? Component { get; set; }

    public Dossier Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(tracked: false, cancellationToken))
        {
            return NotFound();
        }

        if (Refused == nameof(AttachmentRefusal.TooLarge))
        {
            Show(AttachmentRefusal.TooLarge);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(tracked: true, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusal = await AttachAsync(cancellationToken);
        if (refusal is null)
        {
            return Redirect($"/dossiers/{Id}?done=Attach#attachments");
        }

        Show(refusal.Value);
        return Page();
    }

    private async Task<AttachmentRefusal?> AttachAsync(CancellationToken cancellationToken)
    {
        if (SentFile is null)
        {
            return AttachmentRefusal.NoFile;
        }

        if (!TypedValues.TryNamed<AttachmentPurpose>(Purpose, out var purpose))
        {
            return AttachmentRefusal.UnknownPurpose;
        }

        int? position = null;
        if (purpose == AttachmentPurpose.Component && !string.IsNullOrEmpty(Component))
        {
            if (!int.TryParse(Component, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen))
            {
                return AttachmentRefusal.UnknownComponent;
            }

            position = chosen;
        }

        DateOnly? validUntil = null;
        if (!string.IsNullOrWhiteSpace(ValidUntil))
        {
            if (!TypedValues.TryIsoDate(ValidUntil, out var until) || until.Year is < 2000 or > 2200)
            {
                return AttachmentRefusal.ValidUntilInvalid;
            }

            validUntil = until;
        }

        await using var content = SentFile.OpenReadStream();
        return await upload.AttachAsync(Dossier, content, SentFile.FileName, purpose, position, Actor.From(HttpContext), cancellationToken, validUntil);
    }

    private void Show(AttachmentRefusal refusal) =>
        new RuleFailure("file", text["Refusal_" + refusal, options.Value.MaxMegabytes]).AddTo(ModelState);

    /// <summary>Unknown ids and other agencies' dossiers look the same: not found.</summary>
    private async Task<bool> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        var dossiers = tracked ? db.Dossiers : db.Dossiers.AsNoTracking();
        var dossier = await dossiers.SingleOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (dossier is null || !scope.CanAccessAgency(dossier.AgencyId))
        {
            return false;
        }

        Dossier = dossier;
        return true;
    }
}
