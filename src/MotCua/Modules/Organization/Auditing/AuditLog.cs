using System.Security.Claims;
using MotCua.Common.Data;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>Adds audit entries to the current unit of work; they are saved with the change they describe.</summary>
internal sealed class AuditLog(AppDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(string action, string entityType, object entityId, string summary)
    {
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = Guid.TryParse(id, out var userId) ? userId : null,
            UserName = user?.Identity?.Name ?? "",
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Summary = Truncate(AuditMask.Apply(summary), 2000),
        });
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
