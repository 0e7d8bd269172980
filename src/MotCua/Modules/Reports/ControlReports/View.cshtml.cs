using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.ControlReports.Data;

namespace MotCua.Modules.Reports.ControlReports;

/// <summary>
/// One control report as it prints, with its frozen figures (and when they were taken), each figure linked to the live list
/// behind it; the officer refreshes the figures, edits or submits a draft, the leader approves or returns a submitted one.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class ViewModel(ControlReportWork work, IStringLocalizer<ControlReportText> text) : PageModel
{
    public ControlReport? Report { get; private set; }

    public ControlReportFigures? Figures { get; private set; }

    public bool CanDraft { get; private set; }

    public bool CanApprove { get; private set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRefreshAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        AfterAsync(id, work.RefreshAsync(id, revision, cancellationToken), "Done_Refreshed", cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        AfterAsync(id, work.SubmitAsync(id, revision, cancellationToken), "Done_Submitted", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid revision, CancellationToken cancellationToken) =>
        AfterAsync(id, work.ApproveAsync(id, revision, cancellationToken), "Done_Approved", cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid revision, string? reason, CancellationToken cancellationToken) =>
        AfterAsync(id, work.ReturnAsync(id, revision, reason, cancellationToken), "Done_Returned", cancellationToken);

    /// <summary>The live dossiers behind a cell of the statistics table (row key null: the total row; value index from column (3)).</summary>
    public string CellLink(string? rowKey, int valueIndex) =>
        "/reports/statistics/dossiers" + Figures!.Statistics.Query
        + (rowKey is null ? "" : "&row=" + Uri.EscapeDataString(rowKey)) + "&col=" + (valueIndex + 3).ToString(CultureInfo.InvariantCulture);

    /// <summary>The live Bộ chỉ số 766 list behind a chỉ số's tử số or mẫu số over the report's days.</summary>
    public string IndicatorLink(string indicator, bool numerator) =>
        "/metrics/766/" + Uri.EscapeDataString(indicator) + "/items?" + (Report!.AgencyId is { } agency ? "scope=co-quan&agency=" + agency : "scope=tinh")
        + "&tu=" + Report.PeriodFirst.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "&den=" + Report.PeriodLast.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        + "&side=" + (numerator ? "tu-so" : "mau-so");

    private async Task<IActionResult> AfterAsync(Guid id, Task<ControlReportOutcome> change, string doneKey, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.Succeeded)
        {
            Message = text[doneKey];
            return LocalRedirect("/reports/control/" + id);
        }

        if (outcome.Kind == ControlReportOutcomeKind.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Problem = outcome.Message;
        Response.StatusCode = outcome.StatusCode;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Report = await work.FindAsync(id, cancellationToken);
        if (Report is null)
        {
            return false;
        }

        Figures = ControlReportFigures.FromJson(Report.FiguresJson);
        CanDraft = Report.IsEditable && await work.CanDraftAsync(Report.AgencyId);
        CanApprove = Report.State == ControlReportState.Submitted && await work.CanApproveAsync(Report.AgencyId);
        return true;
    }
}
