using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Citizens;

/// <summary>What an account declared once (its profile) and the organisations it acts for, as other modules read them.</summary>
internal sealed record CitizenProfileFacts(string? IdentityNumber, string? TaxCode, string? Address);

/// <summary>An organisation (doanh nghiệp, tổ chức) a citizen account acts for.</summary>
internal sealed record CitizenOrganisationFacts(Guid Id, string Name, string TaxCode, string? Address);

/// <summary>
/// The citizens module's answer to other modules about accounts: a profile, the organisations an account belongs to.
/// The only way outside this module to read its profiles and organisations.
/// </summary>
internal sealed class CitizenDirectory(AppDbContext db)
{
    /// <summary>The profile of <paramref name="userId"/>, if the account has one.</summary>
    public Task<CitizenProfileFacts?> ProfileOfAsync(Guid userId, CancellationToken cancellationToken) =>
        db.CitizenProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new CitizenProfileFacts(p.IdentityNumber, p.TaxCode, p.Address))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The ids of the organisations the account acts for, as a subquery to compose into the caller's query.</summary>
    public IQueryable<Guid?> OrganisationsOf(Guid userId) =>
        db.OrganisationMembers.Where(m => m.UserId == userId).Select(m => (Guid?)m.OrganisationId);

    /// <summary>The organisations the account acts for, by name.</summary>
    public async Task<IReadOnlyList<CitizenOrganisationFacts>> OrganisationListOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.CitizenOrganisations, m => m.OrganisationId, o => o.Id, (_, o) => o)
            .OrderBy(o => o.Name)
            .Select(o => new CitizenOrganisationFacts(o.Id, o.Name, o.TaxCode, o.Address))
            .ToListAsync(cancellationToken);
}
