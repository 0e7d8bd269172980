using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Organization.ServiceAccounts;

namespace MotCua.Testing;

/// <summary>Service accounts for tests of the integration API, made the way the administration page makes them.</summary>
public static class ApiKeys
{
    /// <summary>
    /// Creates a service account for the agency with <paramref name="agencyCode"/> and returns its plaintext key
    /// (to send as <c>X-Api-Key</c>). <paramref name="expiresAtUtc"/> null = no expiry.
    /// </summary>
    public static async Task<string> CreateApiKeyAsync(this MotCuaFactory factory, string agencyCode, string name = "Hệ thống thử nghiệm", DateTime? expiresAtUtc = null)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var (_, key) = ServiceAccountIssuer.Issue(db, name, agency.Id, expiresAtUtc, "test", factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return key.Value;
    }

    /// <summary>A client that sends <paramref name="apiKey"/> in <c>X-Api-Key</c>, has no cookies and does not follow redirects.</summary>
    public static HttpClient ApiKeyClient(this MotCuaFactory factory, string apiKey)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, apiKey);
        return client;
    }
}
