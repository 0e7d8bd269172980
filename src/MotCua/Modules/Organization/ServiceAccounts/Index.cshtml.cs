using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;

using MotCua.Common.Time;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>One row of the service account list.</summary>
internal sealed record ServiceAccountRow(
    Guid Id, string Name, string AgencyCode, string AgencyName, string PublicId, DateTime CreatedAtUtc, string CreatedBy,
    DateTime? LastUsedAtUtc, DateTime? ExpiresAtUtc, DateTime? RevokedAtUtc);

internal enum ServiceAccountStatus
{
    Active,
    Expired,
    Revoked,
}

internal sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ServiceAccountRow> Accounts { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        var rows = await db.ServiceAccounts.AsNoTracking()
            .Select(s => new ServiceAccountRow(
                s.Id, s.Name, s.Agency!.Code, s.Agency.Name, s.PublicId, s.CreatedAtUtc, s.CreatedBy, s.LastUsedAtUtc, s.ExpiresAtUtc, s.RevokedAtUtc))
            .ToListAsync();
        Accounts = [.. rows.OrderBy(r => StatusOf(r)).ThenBy(r => r.AgencyCode, StringComparer.Ordinal).ThenByDescending(r => r.CreatedAtUtc)];
    }

    public ServiceAccountStatus StatusOf(ServiceAccountRow row) =>
        row.RevokedAtUtc is not null ? ServiceAccountStatus.Revoked
        : row.ExpiresAtUtc is { } expires && expires <= clock.GetUtcNow().UtcDateTime ? ServiceAccountStatus.Expired
        : ServiceAccountStatus.Active;

    /// <summary>The last day a key works, in Vietnam: it expires at the midnight that ends that day.</summary>
    public static string LastValidDay(DateTime expiresAtUtc) =>
        VietnamTime.Format(expiresAtUtc.AddDays(-1), "dd/MM/yyyy");
}
