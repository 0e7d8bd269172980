using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// Report obligations (ADR-060): every obligation the reader may see — all agencies for the province-wide roles, their
/// agency's for the others — with its period, due day and status (submitted, submitted late, overdue, not yet due),
/// counted by status, filtered, sorted and paged.
/// </summary>
[Authorize(Policy = Policies.ReadReports)]
internal sealed class IndexModel(ObligationList list, ReportObligations obligations) : PageModel
{
    [FromQuery]
    public ObligationListQuery Filter { get; set; } = new();

    public ObligationPage? Result { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<StatisticsAgency> Agencies { get; private set; } = [];

    public bool IsProvince => obligations.IsProvinceWide;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (obligations.IsProvinceWide)
        {
            Agencies = await obligations.AgenciesAsync(cancellationToken);
        }

        var (page, failures) = await list.ReadAsync(Filter, cancellationToken);
        Result = page;
        Problems = [.. failures.Select(f => f.Message)];
        return Page();
    }

    public string PageUrl(int page) => "/reports/obligations" + Filter.Link(page);

    public string SortUrl(string sort) => "/reports/obligations" + Filter.Link(1, sort);

    public string StatusUrl(ObligationStatus status) =>
        "/reports/obligations" + new ObligationListQuery { Ky = Filter.Ky, Lich = Filter.Lich, Agency = Filter.Agency, Sort = Filter.Sort, Status = status.ToString() }.Link(1);
}
