using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>The service account a key belongs to and the agency it acts for.</summary>
/// <param name="ServiceAccount">The account's name as the administrator gave it.</param>
/// <param name="AgencyCode">Mã định danh of the agency (QĐ 20/2020), e.g. <c>H99.10</c>.</param>
/// <param name="AgencyName">The agency's name.</param>
internal sealed record WhoAmIResponse(string ServiceAccount, string AgencyCode, string AgencyName);

/// <summary><c>GET /api/v1/integration/whoami</c>: lets an integrator check a key, and proves the API-key plumbing end to end.</summary>
internal static class WhoAmI
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/integration/whoami", HandleAsync)
            .RequireAuthorization(Policies.IntegrationApi)
            .WithTags("Integration")
            .WithName("WhoAmI")
            .WithSummary("The integration account of the API key (header X-Api-Key) and the agency it acts for.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Results<Ok<WhoAmIResponse>, NotFound>> HandleAsync(
        ClaimsPrincipal user, IAgencyScope scope, AppDbContext db, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == scope.AgencyId)
            .Select(a => new { a.Code, a.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return agency is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new WhoAmIResponse(user.Identity?.Name ?? "", agency.Code, agency.Name));
    }
}
