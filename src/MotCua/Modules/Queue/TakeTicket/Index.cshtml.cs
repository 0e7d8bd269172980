using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MotCua.Modules.Queue.TakeTicket;

/// <summary>The ticket kiosk of a one-stop desk (máy lấy số): a visitor picks a service group and gets a number. No sign-in.</summary>
[AllowAnonymous]
internal sealed class IndexModel(QueueDesk desk, IStringLocalizer<QueueText> text) : PageModel
{
    public QueueAgency Agency { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken cancellationToken) =>
        await LoadAsync(agency, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, Guid group, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(agency, cancellationToken))
        {
            return NotFound();
        }

        if (await desk.IssueAsync(Agency.Id, group, cancellationToken) is { } ticket)
        {
            return Redirect($"/xep-hang/{Uri.EscapeDataString(Agency.Code)}/so/{ticket.Id}");
        }

        Problem = text["Kiosk_GroupUnknown"];
        return Page();
    }

    private async Task<bool> LoadAsync(string agency, CancellationToken cancellationToken)
    {
        if (await desk.FindAgencyAsync(agency, cancellationToken) is not { } found)
        {
            return false;
        }

        Agency = found;
        Waiting = await desk.WaitingByGroupAsync(found.Id, cancellationToken);
        return true;
    }
}
