using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MotCua.Common.Jobs;
using MotCua.Modules.Citizens.ExternalSignIn;
using MotCua.Modules.Citizens.Verification;
using MotCua.Modules.Organization;
using MotCua.Common.Web;

namespace MotCua.Modules.Citizens;

/// <summary>
/// Citizen accounts (ADR-021): self-registration with a code sent to an e-mail address or phone, password reset,
/// profile, organisations with members, and sign-in through an external OpenID Connect provider (ADR-022).
/// </summary>
internal static class CitizensModule
{
    public static WebApplicationBuilder AddCitizens(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<VerificationCodes>();
        services.AddScoped<CitizenAccounts>();
        services.AddScoped<CitizenDirectory>();
        services.AddMenu<CitizensMenu>();
        services.AddScheduledJob<VerificationCodesCleanupJob>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Citizens", Policies.Citizen));
        services.AddOptions<ExternalSignInOptions>().BindConfiguration(ExternalSignInOptions.Section);

        var external = builder.Configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>() ?? new ExternalSignInOptions();
        if (external.IsConfigured)
        {
            services.AddAuthentication().AddOpenIdConnect(external.Scheme, external.DisplayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = external.Authority;
                options.ClientId = external.ClientId;
                options.ClientSecret = external.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.CallbackPath = $"/signin-{external.Scheme.ToLowerInvariant()}";
                options.Scope.Clear();
                options.Scope.Add("openid");
                foreach (var scope in external.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    options.Scope.Add(scope);
                }

                // Claims keep the provider's names (sub, name, identity_number); the callback reads the configured ones.
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = external.UseUserInfoEndpoint;
                options.ClaimActions.MapUniqueJsonKey(external.IdentityNumberClaim, external.IdentityNumberClaim);
                options.SaveTokens = false;
                // A refused or forged answer (bad signature, replayed code, denied consent) ends on the callback page
                // with a message, never as a server error.
                options.Events.OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CitizensModule))
                        .LogWarning(context.Failure, "External sign-in through {Scheme} failed", external.Scheme);
                    context.Response.Redirect("/tai-khoan/dang-nhap-ngoai/ket-qua");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        return builder;
    }
}
