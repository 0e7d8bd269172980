using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Web;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Calendar;

/// <summary>Finds the agency named by a code in a query string; a blank code means the province-wide calendar.</summary>
internal static class AgencyLookup
{
    public sealed record Choice(Guid Id, string Code, string Name);

    /// <summary>The <c>agency</c> parameter of the calendar API.</summary>
    public static readonly TextParameter Parameter = new("agency")
    {
        MaxLength = 35,
        Description = "Mã định danh of the agency (QĐ 20/2020) whose working schedule applies; blank: the province's calendar.",
        Example = "H99.52",
    };

    /// <summary>Ok with null for a blank code, Ok with the agency when it exists, not Ok when the code is unknown.</summary>
    public static async Task<(bool Ok, Choice? Agency)> FindAsync(AppDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (!Parameter.TryRead(code, out var trimmed))
        {
            return (false, null);
        }

        if (trimmed is null)
        {
            return (true, null);
        }

        var agency = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.Code == trimmed)
            .Select(a => new Choice(a.Id, a.Code, a.Name))
            .FirstOrDefaultAsync(cancellationToken);
        return (agency is not null, agency);
    }

    /// <summary>Active agencies for a selector, by code.</summary>
    public static Task<List<Choice>> ListAsync(AppDbContext db, CancellationToken cancellationToken) =>
        OrganizationDirectory.Of(db).Agencies.Where(a => a.IsActive).OrderBy(a => a.Code)
            .Select(a => new Choice(a.Id, a.Code, a.Name)).ToListAsync(cancellationToken);
}
