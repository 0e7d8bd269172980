using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Queue.Data;

namespace MotCua.Modules.Queue.ManageGroups;

/// <summary>The service groups of an agency's ticket kiosk: add, rename, reorder, switch off (system administrators).</summary>
[Authorize(Policy = Policies.ManageOrganization)]
internal sealed partial class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<QueueText> text) : PageModel
{
    [FromQuery(Name = "agency")]
    public Guid? AgencyId { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<(Guid Id, string Code, string Name)> Agencies { get; private set; } = [];

    public IReadOnlyList<QueueServiceGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? letter, string? name, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        letter = letter?.Trim().ToUpperInvariant();
        name = name?.Trim();
        if (AgencyId is not { } agencyId || Agencies.All(a => a.Id != agencyId))
        {
            Problem = text["Groups_ChooseAgency"];
        }
        else if (letter is null || !LetterPattern().IsMatch(letter))
        {
            Problem = text["Groups_LetterInvalid"];
        }
        else if (Groups.Any(g => g.Letter == letter))
        {
            Problem = text["Groups_LetterTaken", letter];
        }
        else if (string.IsNullOrEmpty(name) || name.Length > QueueServiceGroup.NameMaxLength)
        {
            Problem = text["Groups_NameInvalid", QueueServiceGroup.NameMaxLength];
        }
        else
        {
            var group = new QueueServiceGroup
            {
                Id = Guid.CreateVersion7(), AgencyId = agencyId, Letter = letter, Name = name, Position = Groups.Select(g => g.Position).DefaultIfEmpty().Max() + 1,
            };
            db.QueueServiceGroups.Add(group);
            audit.Record("QueueGroupAdded", nameof(QueueServiceGroup), group.Id, $"{letter} – {name}");
            return await SaveAsync(text["Groups_Added", letter], cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? name, int position, bool active, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        name = name?.Trim();
        var group = await db.QueueServiceGroups.SingleOrDefaultAsync(g => g.Id == id && g.AgencyId == AgencyId, cancellationToken);
        if (group is null)
        {
            Problem = text["Groups_NotFound"];
        }
        else if (string.IsNullOrEmpty(name) || name.Length > QueueServiceGroup.NameMaxLength)
        {
            Problem = text["Groups_NameInvalid", QueueServiceGroup.NameMaxLength];
        }
        else if (position is < 1 or > 99)
        {
            Problem = text["Groups_PositionInvalid"];
        }
        else
        {
            audit.Record("QueueGroupChanged", nameof(QueueServiceGroup), group.Id, RecordLanguage.Write(() => text["Audit_GroupChanged", group.Letter, group.Name, name, group.Position, position, text[active ? "Audit_GroupActive" : "Audit_GroupInactive"]]));
            (group.Name, group.Position, group.IsActive) = (name, position, active);
            return await SaveAsync(text["Groups_Saved", group.Letter], cancellationToken);
        }

        return Page();
    }

    private async Task<IActionResult> SaveAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same letter a moment before (unique agency and letter).
            Message = text["Groups_Conflict"];
            return Redirect($"/queue/groups?agency={AgencyId}");
        }

        Message = message;
        return Redirect($"/queue/groups?agency={AgencyId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agencies = (await OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code).Select(a => new { a.Id, a.Code, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Code, a.Name)).ToList();
        Groups = AgencyId is { } agencyId
            ? await db.QueueServiceGroups.AsNoTracking().Where(g => g.AgencyId == agencyId).OrderBy(g => g.Position).ToListAsync(cancellationToken)
            : [];
    }

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex LetterPattern();
}
