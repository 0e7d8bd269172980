using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MotCua.Testing;

/// <summary>
/// A FAKE OpenID Connect identity provider for tests, standing in for VNeID: it serves discovery, signing keys and the
/// token endpoint to the application's back channel, and "approves" an authorization request the way a person would at
/// the provider's page. Codes are single-use and bound to the PKCE challenge; ID tokens are RS256-signed. Never used
/// outside the test host.
/// </summary>
public sealed class FakeOidcProvider : HttpMessageHandler
{
    public const string Issuer = "https://fake-vneid.test";
    public const string ClientId = "motcua-test";
    public const string ClientSecret = "fake-client-secret";
    public const string Scheme = "VNeID";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-key-1" };
    private readonly RsaSecurityKey _otherKey = new(RSA.Create(2048)) { KeyId = "fake-key-1" };
    private readonly ConcurrentDictionary<string, Grant> _grants = new();

    /// <summary>When set, ID tokens are signed with a key the provider never published (a forged token).</summary>
    public bool SignWithUnpublishedKey { get; set; }

    /// <summary>The settings that switch the application's external sign-in on, pointing at this provider.</summary>
    public static IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:External:Scheme"] = Scheme,
        ["Accounts:External:DisplayName"] = "VNeID",
        ["Accounts:External:Authority"] = Issuer,
        ["Accounts:External:ClientId"] = ClientId,
        ["Accounts:External:ClientSecret"] = ClientSecret,
    };

    /// <summary>Routes the application's calls to the provider (discovery, keys, token) to this handler.</summary>
    public void Attach(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(Scheme, options => options.BackchannelHttpHandler = this));

    /// <summary>
    /// The person signs in at the provider and consents: from the authorization request the application redirected to,
    /// returns where the provider sends the browser back and the form it posts there (response_mode=form_post).
    /// </summary>
    public (string CallbackPath, Dictionary<string, string> Form) Approve(Uri authorizationRequest, string subject, string name, string? identityNumber)
    {
        var query = QueryHelpers.ParseQuery(authorizationRequest.Query);
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256")
        {
            throw new InvalidOperationException("not an authorization-code request with PKCE from the registered client: " + authorizationRequest);
        }

        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _grants[code] = new Grant(query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!, subject, name, identityNumber);
        var form = new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"]! };
        return (new Uri(query["redirect_uri"]!).PathAndQuery, form);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        return path switch
        {
            "/.well-known/openid-configuration" => Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = Issuer + "/authorize",
                ["token_endpoint"] = Issuer + "/token",
                ["jwks_uri"] = Issuer + "/jwks",
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
            }),
            "/jwks" => Json(new { keys = new[] { PublicKey() } }),
            "/token" when request.Method == HttpMethod.Post => await TokenAsync(request, cancellationToken),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private async Task<HttpResponseMessage> TokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken));
        var verifier = form["code_verifier"].ToString();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || !_grants.TryRemove(form["code"].ToString(), out var grant) || grant.Challenge != challenge || grant.RedirectUri != form["redirect_uri"])
        {
            return Json(new { error = "invalid_grant" }, HttpStatusCode.BadRequest);
        }

        var claims = new Dictionary<string, object> { ["sub"] = grant.Subject, ["name"] = grant.Name, ["nonce"] = grant.Nonce };
        if (grant.IdentityNumber is not null)
        {
            claims["identity_number"] = grant.IdentityNumber;
        }

        // The machine's clock, not the host's: the OpenID Connect handler checks a token's lifetime against the machine's clock
        // (IdentityModel), so a token stamped on a clocked host's stopped time would be expired or not yet valid.
        var issued = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued.AddMinutes(-1),
            Expires = issued.AddMinutes(5),
            SigningCredentials = new SigningCredentials(SignWithUnpublishedKey ? _otherKey : _key, SecurityAlgorithms.RsaSha256),
        });
        return Json(new Dictionary<string, object> { ["access_token"] = "fake-access-token", ["token_type"] = "Bearer", ["expires_in"] = 300, ["id_token"] = idToken });
    }

    private Dictionary<string, string> PublicKey()
    {
        var parameters = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private static HttpResponseMessage Json(object body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private sealed record Grant(string Nonce, string Challenge, string RedirectUri, string Subject, string Name, string? IdentityNumber);
}
