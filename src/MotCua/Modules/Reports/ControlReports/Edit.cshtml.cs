using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// The officer's text sections and số/ký hiệu of a draft (or returned) report, saved with the revision it was opened at: a
/// second officer's stale save is refused with a message and nothing of it is written.
/// </summary>
[Authorize(Policy = Policies.DraftControlReports)]
internal sealed class EditModel(ControlReportWork work, IStringLocalizer<ControlReportText> text) : PageModel
{
    public ControlReport? Report { get; private set; }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Report = await work.FindAsync(id, cancellationToken);
        if (Report is null)
        {
            return NotFound();
        }

        if (!Report.IsEditable || !await work.CanDraftAsync(Report.AgencyId))
        {
            return LocalRedirect("/reports/control/" + id);
        }

        var t = Report.Texts;
        Input = new EditInput
        {
            Revision = Report.Revision, Number = Report.Number, ImpactAssessment = t.ImpactAssessment, Publication = t.Publication, Handling = t.Handling,
            Review = t.Review, Difficulties = t.Difficulties, Petitions = t.Petitions, Communication = t.Communication, Other = t.Other, Proposals = t.Proposals,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await work.SaveAsync(id, Input.Revision, Input.Number, Input.Texts, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Message"] = text["Saved"].Value;
            return LocalRedirect("/reports/control/" + id);
        }

        Report = await work.FindAsync(id, cancellationToken);
        if (outcome.Kind == ControlReportOutcomeKind.NotFound || Report is null)
        {
            return NotFound();
        }

        Problem = outcome.Message;
        Response.StatusCode = outcome.StatusCode;
        return Page();
    }
}

/// <summary>The edit form: the revision it was opened at, số/ký hiệu and one text per section.</summary>
internal sealed class EditInput
{
    public Guid Revision { get; set; }

    public string? Number { get; set; }

    public string? ImpactAssessment { get; set; }

    public string? Publication { get; set; }

    public string? Handling { get; set; }

    public string? Review { get; set; }

    public string? Difficulties { get; set; }

    public string? Petitions { get; set; }

    public string? Communication { get; set; }

    public string? Other { get; set; }

    public string? Proposals { get; set; }

    public ControlReportTexts Texts => new(ImpactAssessment, Publication, Handling, Review, Difficulties, Petitions, Communication, Other, Proposals);

    public string? this[string field] => field switch
    {
        nameof(ImpactAssessment) => ImpactAssessment,
        nameof(Publication) => Publication,
        nameof(Handling) => Handling,
        nameof(Review) => Review,
        nameof(Difficulties) => Difficulties,
        nameof(Petitions) => Petitions,
        nameof(Communication) => Communication,
        nameof(Other) => Other,
        _ => Proposals,
    };
}
