using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

namespace MotCua.Modules.Calendar;

/// <summary>Finds the agency named by a code in a query string; a blank code means the province-wide calendar.</summary>
internal static class AgencyLookup
{
    public sealed record Choice(Guid Id, string Code, string Name);

    /// <summary>Ok with null for a blank code, Ok with the agency when it exists, not Ok when the code is unknown.</summary>
    public static async Task<(bool Ok, Choice? Agency)> FindAsync(AppDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (true, null);
        }

        var trimmed = code.Trim();
        if (trimmed.Length > 35)
        {
            return (false, null);
        }

        var agency = await db.Agencies.AsNoTracking()
            .Where(a => a.Code == trimmed)
            .Select(a => new Choice(a.Id, a.Code, a.Name))
            .FirstOrDefaultAsync(cancellationToken);
        return (agency is not null, agency);
    }

    /// <summary>Active agencies for a selector, by code.</summary>
    public static Task<List<Choice>> ListAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Code)
            .Select(a => new Choice(a.Id, a.Code, a.Name)).ToListAsync(cancellationToken);
}
