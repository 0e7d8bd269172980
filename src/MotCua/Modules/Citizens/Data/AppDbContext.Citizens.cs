using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Citizens.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<CitizenProfile> CitizenProfiles => Set<CitizenProfile>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<CitizenOrganisation> CitizenOrganisations => Set<CitizenOrganisation>();

    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();
}
