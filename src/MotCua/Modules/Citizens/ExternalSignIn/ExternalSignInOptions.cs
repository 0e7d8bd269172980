namespace MotCua.Modules.Citizens.ExternalSignIn;

/// <summary>
/// An external OpenID Connect identity provider such as VNeID (section <c>Accounts:External</c>, ADR-022). Nothing is
/// registered while <see cref="Authority"/> is empty; a deployment fills it with the provider's issuer and its client
/// credentials (the secret from the environment, never the repository).
/// </summary>
internal sealed class ExternalSignInOptions
{
    public const string Section = "Accounts:External";

    /// <summary>The authentication scheme name, also the segment of the sign-in link and of the callback path.</summary>
    public string Scheme { get; set; } = "VNeID";

    /// <summary>Shown on the button ("Đăng nhập bằng …") and as who vouched for the identification number.</summary>
    public string DisplayName { get; set; } = "VNeID";

    /// <summary>The provider's issuer URL; its <c>/.well-known/openid-configuration</c> is read at first use.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>, separated by spaces.</summary>
    public string Scopes { get; set; } = "profile";

    /// <summary>The ID-token claim carrying the person's name.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The ID-token claim carrying the 12-digit personal identification number (the provider's documentation names it).</summary>
    public string IdentityNumberClaim { get; set; } = "identity_number";

    /// <summary>Also read claims from the userinfo endpoint (some providers put the identification number only there).</summary>
    public bool UseUserInfoEndpoint { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
