using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Citizens.Data;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Citizens.Organisations;

/// <summary>The organisations a citizen acts for, and registering a new one (the citizen becomes its manager).</summary>
internal sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, IStringLocalizer<CitizensText> text) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<(CitizenOrganisation Organisation, bool IsManager, int Members)> Mine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        var failures = new List<RuleFailure>();
        var name = Input.Name?.Trim() ?? "";
        var taxCode = Input.TaxCode?.Trim() ?? "";
        var address = string.IsNullOrWhiteSpace(Input.Address) ? null : Input.Address.Trim();
        if (name.Length == 0 || name.Length > CitizenOrganisation.NameMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.Name), text["Orgs_NameInvalid", CitizenOrganisation.NameMaxLength]));
        }

        if (!Identifiers.IsEnterpriseCode(taxCode))
        {
            failures.Add(new RuleFailure(nameof(Input.TaxCode), text["Orgs_TaxCodeInvalid"]));
        }

        if (address?.Length > CitizenProfile.AddressMaxLength)
        {
            failures.Add(new RuleFailure(nameof(Input.Address), text["Profile_AddressTooLong", CitizenProfile.AddressMaxLength]));
        }

        if (failures.Count == 0 && await db.CitizenOrganisations.AnyAsync(o => o.TaxCode == taxCode, cancellationToken))
        {
            failures.Add(new RuleFailure(nameof(Input.TaxCode), text["Orgs_TaxCodeTaken"]));
        }

        failures.AddTo(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new CitizenOrganisation { Id = Guid.CreateVersion7(), Name = name, TaxCode = taxCode, Address = address, CreatedAt = now };
        organisation.Members.Add(new OrganisationMember { UserId = CurrentUserId(), IsManager = true, JoinedAt = now });
        db.CitizenOrganisations.Add(organisation);
        audit.Record("OrganisationRegistered", nameof(CitizenOrganisation), organisation.Id, $"{taxCode} – {name}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Registered by someone else at the same moment: the unique index kept theirs.
            new RuleFailure(nameof(Input.TaxCode), text["Orgs_TaxCodeTaken"]).AddTo(ModelState, nameof(Input));
            return Page();
        }

        return Redirect($"/tai-khoan/to-chuc/{organisation.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = CurrentUserId();
        var rows = await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.CitizenOrganisations, m => m.OrganisationId, o => o.Id, (m, o) => new { Organisation = o, m.IsManager, Members = o.Members.Count })
            .OrderBy(x => x.Organisation.Name)
            .ToListAsync(cancellationToken);
        Mine = [.. rows.Select(r => (r.Organisation, r.IsManager, r.Members))];
    }

    private Guid CurrentUserId() => Guid.Parse(users.GetUserId(User)!);
}

/// <summary>The form registering an organisation.</summary>
internal sealed class OrganisationInput
{
    public string? Name { get; set; }

    public string? TaxCode { get; set; }

    public string? Address { get; set; }
}
