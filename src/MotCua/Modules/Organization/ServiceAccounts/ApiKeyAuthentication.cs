using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>Names of the <c>ApiKey</c> authentication scheme (ADR-012).</summary>
internal static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>Claim with the agency code of the service account.</summary>
    public const string AgencyCodeClaim = "motcua:agency-code";
}

/// <summary>
/// The <c>ApiKey</c> authentication scheme: a service account proves itself with the header <c>X-Api-Key</c> (ADR-012).
/// It is never the default scheme, so only endpoints under <see cref="Policies.IntegrationApi"/> read the header and a
/// key sent to a page signs nobody in.
/// </summary>
internal sealed partial class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AppDbContext db,
    ApiKeyCache cache,
    TimeProvider clock,
    IStringLocalizer<OrganizationText> text)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <summary>How stale <c>LastUsedAtUtc</c> may be: saves a write per request for busy integrations.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private enum Failure
    {
        Missing,
        Invalid,
        Revoked,
        Expired,
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthentication.Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            Context.Items[typeof(Failure)] = Failure.Missing;
            return AuthenticateResult.NoResult();
        }

        if (!ApiKey.TryParse(values.ToString().Trim(), out var key))
        {
            LogMalformedKey(Logger, Request.Path.Value ?? "");
            return Fail(Failure.Invalid);
        }

        var account = cache.Find(key.PublicId) ?? await ReadAsync(key.PublicId);
        if (account is null || !key.Matches(account.SecretHash))
        {
            LogRejectedKey(Logger, key.Masked, "unknown key or wrong secret");
            return Fail(Failure.Invalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (account.RevokedAtUtc is not null)
        {
            LogRejectedKey(Logger, key.Masked, "revoked");
            return Fail(Failure.Revoked);
        }

        if (account.ExpiresAtUtc is { } expires && expires <= now)
        {
            LogRejectedKey(Logger, key.Masked, "expired");
            return Fail(Failure.Expired);
        }

        if (!account.AgencyActive)
        {
            LogRejectedKey(Logger, key.Masked, "agency inactive");
            return Fail(Failure.Invalid);
        }

        if (account.LastUsedAtUtc is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            var threshold = now - LastUsedResolution;
            // The condition repeats in SQL so that parallel requests (and other nodes) write at most once per minute.
            await db.ServiceAccounts
                .Where(s => s.Id == account.Id && (s.LastUsedAtUtc == null || s.LastUsedAtUtc <= threshold))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastUsedAtUtc, now), Context.RequestAborted);
            cache.Used(account, now);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Role, Roles.ServiceAccount),
                new Claim(StaffClaims.AgencyId, account.AgencyId.ToString()),
                new Claim(ApiKeyAuthentication.AgencyCodeClaim, account.AgencyCode),
            ],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    /// <summary>Reads the account of a public id and keeps it for the next requests; null when there is none.</summary>
    private async Task<ApiKeyAccount?> ReadAsync(string publicId)
    {
        var account = await db.ServiceAccounts.AsNoTracking()
            .Where(s => s.PublicId == publicId)
            .Select(s => new ApiKeyAccount(
                s.Id, s.PublicId, s.Name, s.AgencyId, s.Agency!.Code, s.Agency.IsActive, s.SecretHash, s.ExpiresAtUtc, s.RevokedAtUtc, s.LastUsedAtUtc))
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (account is not null)
        {
            cache.Remember(account);
        }

        return account;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = Context.Items.TryGetValue(typeof(Failure), out var value) && value is Failure f ? f : Failure.Missing;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, text["ApiKey_Unauthorized"], text["ApiKey_" + failure]);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync(StatusCodes.Status403Forbidden, text["ApiKey_Forbidden"], text["ApiKey_ForbiddenDetail"]);
    }

    private AuthenticateResult Fail(Failure failure)
    {
        Context.Items[typeof(Failure)] = failure;
        return AuthenticateResult.Fail(failure.ToString());
    }

    // Written whatever the Accept header says: an integrator's client gets a readable reason, never a login page.
    private Task WriteProblemAsync(int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(Context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key refused on {Path}: not of the form mc_<id>_<secret>")]
    private static partial void LogMalformedKey(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key {Key} refused: {Reason}")]
    private static partial void LogRejectedKey(ILogger logger, string key, string reason);
}
