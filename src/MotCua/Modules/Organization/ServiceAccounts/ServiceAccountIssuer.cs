using MotCua.Common.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>Creates service accounts with a fresh key; the caller saves and shows <c>Key.Value</c> once.</summary>
internal static class ServiceAccountIssuer
{
    public static (ServiceAccount Account, ApiKey Key) Issue(
        AppDbContext db, string name, Guid agencyId, DateTime? expiresAtUtc, string createdBy, DateTime nowUtc)
    {
        var key = ApiKey.Generate();
        var account = new ServiceAccount
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            AgencyId = agencyId,
            PublicId = key.PublicId,
            SecretHash = key.Hash(),
            CreatedAtUtc = nowUtc,
            CreatedBy = createdBy,
            ExpiresAtUtc = expiresAtUtc,
        };
        db.ServiceAccounts.Add(account);
        return (account, key);
    }
}
