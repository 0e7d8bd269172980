using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.Worklist;

/// <summary>Hồ sơ cần xử lý: the officer's open tasks by view (mine, due today, overdue, waiting, the unit's), sorted and paged.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class IndexModel(DossierWorklists worklists, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [FromQuery(Name = "view")]
    public string? View { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public WorklistView Current { get; private set; }

    public IReadOnlyDictionary<WorklistView, int> Counts { get; private set; } = new Dictionary<WorklistView, int>();

    public IReadOnlyList<WorklistRow> Rows { get; private set; } = [];

    public int Total => Counts.GetValueOrDefault(Current);

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateTime Now { get; private set; }

    public DeskCounts Desk { get; private set; } = DeskCounts.None;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = TypedValues.Named<WorklistView>(View) ?? WorklistView.Mine;
        Now = clock.GetUtcNow().UtcDateTime;
        Counts = await worklists.CountAsync(User, cancellationToken);
        Desk = await worklists.DeskAsync(User, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await worklists.PageAsync(User, Current, Sort == "received", PageNumber, PageSize, cancellationToken);
    }
}
