using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Validation;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.ReceivePetition;

/// <summary>
/// The desk transcribes a PAKN received by letter, e-mail, phone or opinion form (NĐ 20/2008 Điều 6) for the officer's
/// agency, with the sender's files; then shows the receipt to print or read out (code, deadline, check digits).
/// </summary>
[Authorize(Policy = Policies.ReceiveFeedback)]
[PetitionUploadLimits]
internal sealed class DeskModel(AppDbContext db, IAgencyScope scope, PetitionIntake intake, IOptions<FeedbackOptions> options) : PageModel
{
    /// <summary>The channels a PAKN reaches the desk by.</summary>
    public static readonly IReadOnlyList<PetitionChannel> Channels = [PetitionChannel.Letter, PetitionChannel.Email, PetitionChannel.Phone, PetitionChannel.OpinionForm];

    [BindProperty]
    public PetitionSubmission Input { get; set; } = new();

    [BindProperty(Name = "channel")]
    public string? Channel { get; set; }

    [BindProperty(Name = "files")]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Set by <see cref="PetitionUploadLimitsAttribute"/> when it turned a request away before reading it.</summary>
    [FromQuery(Name = "refused")]
    public string? Refused { get; set; }

    /// <summary>The PAKN just received, whose receipt is shown.</summary>
    [FromQuery(Name = "receipt")]
    public Guid? ReceiptId { get; set; }

    public DeskReceipt? Receipt { get; private set; }

    public FeedbackAttachmentOptions Limits => options.Value.Attachments;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            return Forbid();
        }

        if (Refused == PetitionUploadLimitsAttribute.TooLarge)
        {
            new RuleFailure(PetitionIntake.Files, ResourceText.Get<FeedbackStaffText>("Desk_TooLarge", Limits.MaxCount, Limits.MaxMegabytes)).AddTo(ModelState);
        }

        if (ReceiptId is { } id)
        {
            // Only the officer who typed it in sees its receipt again: the check digits open the sender's tracking page.
            var me = Actor.From(HttpContext).UserId;
            Receipt = await db.Petitions.AsNoTracking()
                .Where(p => p.Id == id && p.ReceivingAgencyId == agencyId
                    && db.PetitionEvents.Any(e => e.PetitionId == p.Id && e.Action == PetitionAction.Submit && e.ActorId == me))
                .Select(p => new DeskReceipt(p.Id, p.Code, p.Category, p.Channel, p.ReceivedAt, p.DueAt, p.CheckDigits, p.SenderPhone != null,
                    OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == p.ReceivingAgencyId).Select(a => a.Name).Single()))
                .SingleOrDefaultAsync(cancellationToken);
            if (Receipt is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (scope.AgencyId is not { } agencyId)
        {
            return Forbid();
        }

        // Binding failures (an unknown value) leave the field empty; the submission's own checks name it in Vietnamese.
        ModelState.Clear();
        if (!TypedValues.TryNamed<PetitionChannel>(Channel, out var channel) || !Channels.Contains(channel))
        {
            new RuleFailure("channel", ResourceText.Get<FeedbackStaffText>("Desk_ChannelRequired")).AddTo(ModelState);
            return Page();
        }

        var uploads = Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var streams = uploads.Select(f => f.OpenReadStream()).ToList();
        try
        {
            var result = await intake.SubmitAsync(
                Input, [.. uploads.Select((f, i) => new PetitionUpload(streams[i], f.FileName))], channel, Actor.From(HttpContext), agencyId, null, null, cancellationToken);
            if (result.Receipt is { } receipt)
            {
                return RedirectToPage(new { receipt = receipt.Id });
            }

            result.Errors.AddTo(ModelState, nameof(Input));
            return Page();
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }
}

/// <summary>What the desk gives the sender: the code, where it is handled, the deadline and the digits that open the tracking page.</summary>
internal sealed record DeskReceipt(
    Guid Id, string Code, PetitionCategory Category, PetitionChannel Channel, DateTime ReceivedAt, DateTime? DueAt, string CheckDigits, bool CheckDigitsArePhone, string AgencyName);
