using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Notifications.Data;
using MotCua.Modules.Notifications.Delivery;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Notifications.ManageOutbox;

[Authorize(Policy = Policies.ManageOrganization)]
internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "status")]
    public OutboxStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<OutboxRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Counts = (await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(x => x.Key, x => x.Count);
        var messages = db.OutboxMessages.AsNoTracking();
        if (Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        Total = await messages.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Id, m.CreatedAt, m.Kind, m.Channel, m.Recipient, m.Reference, m.Status, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError })
            .ToListAsync();
        Rows = [.. rows.Select(m => new OutboxRow(
            m.Id,
            VietnamTime.UtcToLocal(m.CreatedAt),
            m.Kind,
            m.Channel,
            DeliveryMask.Recipient(m.Channel, m.Recipient),
            m.Reference,
            m.Status,
            m.Attempts,
            m.Status == OutboxStatus.Pending ? VietnamTime.UtcToLocal(m.NextAttemptAt) : null,
            m.SentAt is { } sent ? VietnamTime.UtcToLocal(sent) : null,
            m.LastError))];
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id);
        if (message is null)
        {
            return NotFound();
        }

        if (message.Status != OutboxStatus.Sent)
        {
            message.RetryNow(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            Done = "retried";
        }

        return RedirectToPage(new { status = Status, p = PageNumber });
    }

    /// <summary>Dossier notices and reminders carry the dossier's code (or the start of its id before it has one) as reference.</summary>
    public static bool RefersToDossier(string kind) =>
        kind.StartsWith("Dossier", StringComparison.Ordinal) || kind is nameof(MessageKind.DueSoonReminder) or nameof(MessageKind.OverdueReminder);

    /// <summary>Verification codes carry what the code is for (registration, password reset…) as reference.</summary>
    public static bool NamesCodePurpose(string kind) => kind == nameof(MessageKind.VerificationCode);
}

/// <summary>One message in the administrators' list; the recipient is masked.</summary>
internal sealed record OutboxRow(
    Guid Id,
    DateTime CreatedAt,
    string Kind,
    NotificationChannel Channel,
    string Recipient,
    string? Reference,
    OutboxStatus Status,
    int Attempts,
    DateTime? NextAttemptAt,
    DateTime? SentAt,
    string? LastError);
