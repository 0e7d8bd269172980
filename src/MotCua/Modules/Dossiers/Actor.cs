using System.Security.Claims;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Dossiers;

/// <summary>Who did something to a dossier, from where.</summary>
internal sealed record Actor(Guid? UserId, string Name, string? Ip)
{
    /// <summary>The signed-in person of a request, with the client's address.</summary>
    public static Actor From(HttpContext context) => new(
        Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        context.User.FindFirstValue(StaffClaims.FullName) ?? context.User.Identity?.Name ?? "",
        context.Connection.RemoteIpAddress?.ToString());
}
