using System.Security.Claims;
using MotCua.Common.Data;

namespace MotCua.Modules.Organization.Auditing;

/// <summary>
/// Adds audit entries to the current unit of work; they are saved with the change they describe, sealed onto the end of
/// the keyed audit chain (ADR-027).
/// </summary>
internal sealed class AuditLog(AppDbContext db, TimeProvider clock, IHttpContextAccessor http, AuditKeyRing keys)
{
    public void Record(string action, string entityType, object entityId, string summary)
    {
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = Guid.TryParse(id, out var userId) ? userId : null,
            UserName = user?.Identity?.Name ?? "",
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Summary = Truncate(AuditMask.Apply(summary), 2000),
        };
        entry.Seal(Head(), keys);
        db.AuditEntries.Add(entry);
    }

    // Find returns the head already tracked by this unit of work, so several entries in one save chain one after another.
    private AuditChainHead Head()
    {
        if (db.AuditChainHeads.Find(AuditChainHead.TheId) is { } head)
        {
            return head;
        }

        var started = AuditChainHead.Start(keys);
        db.AuditChainHeads.Add(started);
        return started;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
