using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Citizens;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal.Apply;

/// <summary>
/// Nộp hồ sơ trực tuyến, first step: the procedure in force, what a partly online service still needs in person, for whom
/// (the citizen or an organisation they belong to) and which competent agency. Creates the draft.
/// </summary>
internal sealed class StartModel(
    AppDbContext db, CitizenDirectory citizens, PublishedProcedures procedures, OnlineIntake intake, UserManager<AppUser> users, TimeProvider clock, IStringLocalizer<PortalText> text)
    : PageModel
{
    public PublishedProcedure Procedure { get; private set; } = null!;

    public IReadOnlyList<PublishedAgency> Agencies { get; private set; } = [];

    public IReadOnlyList<CitizenOrganisationFacts> Organisations { get; private set; } = [];

    [BindProperty]
    public Guid? AgencyId { get; set; }

    /// <summary>Empty for the citizen themself, else an organisation id.</summary>
    [BindProperty]
    public Guid? OrganisationId { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var failures = new List<RuleFailure>();
        var agency = Agencies.Count == 1 ? Agencies[0] : Agencies.FirstOrDefault(a => a.AgencyId == AgencyId);
        if (agency is null)
        {
            failures.Add(new RuleFailure(nameof(AgencyId), text["Start_ChooseAgency"]));
        }

        if (await intake.CannotReceiveAsync(Procedure, cancellationToken) is { } refusal)
        {
            failures.Add(new RuleFailure("", refusal));
        }

        if (OrganisationId is { } chosen && Organisations.All(o => o.Id != chosen))
        {
            failures.Add(new RuleFailure(nameof(OrganisationId), text["Start_NotMember"]));
        }

        failures.AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = (await users.GetUserAsync(User))!;
        var profile = await citizens.ProfileOfAsync(user.Id, cancellationToken);
        var organisation = OrganisationId is { } id ? Organisations.Single(o => o.Id == id) : null;
        // Filled from the account ("cung cấp thông tin một lần", NĐ 224/2026/NĐ-CP Điều 15); the citizen can correct it.
        var applicant = new ApplicantDetails(
            organisation?.Name ?? user.FullName, profile?.IdentityNumber, organisation?.TaxCode ?? profile?.TaxCode, organisation?.Address ?? profile?.Address,
            user.PhoneNumberConfirmed ? user.PhoneNumber : null, user.EmailConfirmed ? user.Email : null);
        var application = OnlineApplication.Start(
            user.Id, organisation?.Id, Procedure.Code, Procedure.VersionId, agency!.AgencyId, applicant, clock.GetUtcNow().UtcDateTime);
        db.OnlineApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/ho-so-truc-tuyen/{application.Id}");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length > 20 || await procedures.FindInForceAsync(code, cancellationToken) is not { } procedure || procedure.OnlineLevel == OnlineServiceLevel.None)
        {
            return false;
        }

        Procedure = procedure;
        Agencies = OnlineRouting.Competent(procedure);
        var userId = Guid.Parse(users.GetUserId(User)!);
        Organisations = await citizens.OrganisationListOfAsync(userId, cancellationToken);
        return Agencies.Count > 0;
    }
}
