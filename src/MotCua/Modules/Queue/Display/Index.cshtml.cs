using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Modules.Queue.Display;

/// <summary>The calling display of a one-stop desk (màn hình gọi số): the numbers called today, latest first. No sign-in.</summary>
[AllowAnonymous]
internal sealed class IndexModel(QueueDesk desk) : PageModel
{
    /// <summary>Seconds between the page's reloads.</summary>
    public const int RefreshSeconds = 5;

    public QueueAgency Agency { get; private set; } = null!;

    public IReadOnlyList<CalledTicket> Called { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken)
    {
        if (await desk.FindAgencyAsync(agency, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Agency = found;
        Called = await desk.RecentlyCalledAsync(found.Id, 8, cancellationToken);
        Waiting = await desk.WaitingByGroupAsync(found.Id, cancellationToken);
        return Page();
    }
}
