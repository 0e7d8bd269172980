using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Queue.Data;

namespace MotCua.Modules.Queue.Desk;

/// <summary>A counter officer's calling page: the number being served, the next call, and how many wait per group.</summary>
[Authorize(Policy = Policies.ReceiveDossiers)]
internal sealed class IndexModel(QueueDesk desk, IAgencyScope scope, IStringLocalizer<QueueText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "counter")]
    public string? Counter { get; set; }

    [BindProperty(Name = "groups")]
    public List<Guid> Groups { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public QueueAgency? Agency { get; private set; }

    public QueueTicket? Current { get; private set; }

    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    private Guid Me => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCallAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var counter = Counter?.Trim();
        if (Agency is null)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(counter) || counter.Length > QueueDesk.CounterMaxLength)
        {
            Problem = text["Desk_CounterRequired", QueueDesk.CounterMaxLength];
            return Page();
        }

        if (Groups.Any(g => Agency.Groups.All(a => a.Id != g)))
        {
            Problem = text["Desk_GroupUnknown"];
            return Page();
        }

        var name = User.FindFirstValue(StaffClaims.FullName) ?? User.Identity?.Name ?? "";
        var called = await desk.CallNextAsync(Agency.Id, Me, name, counter, Groups, cancellationToken);
        Message = called is null ? text["Desk_NobodyWaiting"] : text["Desk_Called", called.Label, counter];
        return Redirect("/queue?counter=" + Uri.EscapeDataString(counter));
    }

    public async Task<IActionResult> OnPostFinishAsync(Guid ticket, bool served, CancellationToken cancellationToken)
    {
        var current = await desk.CurrentAsync(Me, cancellationToken);
        Message = current?.Id == ticket && await desk.FinishAsync(ticket, Me, served, cancellationToken)
            ? text["Desk_Finished", current.Label]
            : text["Desk_NotYours"];
        return Redirect("/queue" + (string.IsNullOrWhiteSpace(Counter) ? "" : "?counter=" + Uri.EscapeDataString(Counter.Trim())));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agency = scope.AgencyId is { } agencyId ? await desk.GetAgencyAsync(agencyId, cancellationToken) : null;
        if (Agency is null)
        {
            return;
        }

        Current = await desk.CurrentAsync(Me, cancellationToken);
        Waiting = await desk.WaitingByGroupAsync(Agency.Id, cancellationToken);
    }
}
