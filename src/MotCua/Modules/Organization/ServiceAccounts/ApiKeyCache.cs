using System.Collections.Concurrent;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>What the <c>ApiKey</c> scheme needs to know about a service account, as read from the database.</summary>
internal sealed record ApiKeyAccount(
    Guid Id, string PublicId, string Name, Guid AgencyId, string AgencyCode, bool AgencyActive, byte[] SecretHash,
    DateTime? ExpiresAtUtc, DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc);

/// <summary>
/// Service accounts read in the last <see cref="TrustedFor"/>, by public id (ADR-012): an integration sending hundreds of
/// requests a second costs one read per key every few seconds instead of one per request. Every request still checks
/// the secret, the revocation, the expiry and the agency against what was read. A save on this node that touches a
/// service account or an agency drops them at once (<see cref="Data.OrganizationNamesInterceptor"/>); on other nodes a
/// revocation or a deactivated agency takes effect within <see cref="TrustedFor"/>. Only accounts that exist are kept,
/// so unknown keys cannot fill it.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan TrustedFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (ApiKeyAccount Account, DateTimeOffset ReadAt)> _accounts = new(StringComparer.Ordinal);

    /// <summary>The account read less than <see cref="TrustedFor"/> ago, or null.</summary>
    public ApiKeyAccount? Find(string publicId) =>
        _accounts.TryGetValue(publicId, out var entry) && clock.GetUtcNow() - entry.ReadAt < TrustedFor ? entry.Account : null;

    /// <summary>Keeps an account just read from the database.</summary>
    public void Remember(ApiKeyAccount account) => _accounts[account.PublicId] = (account, clock.GetUtcNow());

    /// <summary>Notes a last use written to the database, keeping the entry's age.</summary>
    public void Used(ApiKeyAccount account, DateTime at)
    {
        if (_accounts.TryGetValue(account.PublicId, out var entry) && ReferenceEquals(entry.Account, account))
        {
            _accounts.TryUpdate(account.PublicId, (account with { LastUsedAtUtc = at }, entry.ReadAt), entry);
        }
    }

    public void Invalidate() => _accounts.Clear();
}
