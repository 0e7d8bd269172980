using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// The periodic control reports of the reader's scope (an agency's, or every agency's and the province's for the province-wide
/// roles), newest period first, paged, with their status; the control officer drafts a new one for a period here.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class IndexModel(ControlReportWork work, IStringLocalizer<ControlReportText> text) : PageModel
{
    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<ControlReportRow> Rows { get; private set; } = [];

    public PageLinks? Paging { get; private set; }

    public bool CanDraft { get; private set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>The period typed into the create form, kept when it is refused.</summary>
    public string? Period { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? period, CancellationToken cancellationToken)
    {
        var outcome = await work.CreateAsync(period, cancellationToken);
        if (outcome.Succeeded)
        {
            Message = text["Done_Created"];
            return LocalRedirect("/reports/control/" + outcome.Id);
        }

        Period = period is { Length: <= 20 } ? period : null;
        Problem = outcome.Message;
        Response.StatusCode = outcome.StatusCode;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var pageNumber = PageText is { Length: > 0 and <= 6 } p && int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        var (rows, hasNext) = await work.PageAsync(pageNumber, cancellationToken);
        Rows = rows;
        Paging = new PageLinks(pageNumber, hasNext ? pageNumber + 1 : pageNumber, i => "/reports/control?page=" + i, text["Index_Pager"], hasNext);
        CanDraft = await work.CanDraftAsync(work.OwnAgencyId);
    }
}
