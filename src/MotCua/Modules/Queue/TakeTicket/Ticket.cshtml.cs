using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Modules.Queue.Data;

namespace MotCua.Modules.Queue.TakeTicket;

/// <summary>The ticket just taken, to print or to keep on the screen: its number, group, time and how many wait before it.</summary>
[AllowAnonymous]
internal sealed class TicketModel(QueueDesk desk) : PageModel
{
    public QueueAgency Agency { get; private set; } = null!;

    public QueueTicket Ticket { get; private set; } = null!;

    public string GroupName { get; private set; } = "";

    public int Ahead { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, Guid id, CancellationToken cancellationToken)
    {
        if (await desk.FindAgencyAsync(agency, cancellationToken) is not { } found || await desk.FindTicketAsync(found.Id, id, cancellationToken) is not { } ticket)
        {
            return NotFound();
        }

        (Agency, Ticket) = (found, ticket);
        GroupName = found.Groups.FirstOrDefault(g => g.Id == ticket.GroupId)?.Name ?? "";
        Ahead = await desk.AheadOfAsync(ticket, cancellationToken);
        return Page();
    }
}
