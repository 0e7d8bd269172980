using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Hosting;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Organization.ServiceAccounts;
using MotCua.Common.Web;

namespace MotCua.Modules.Organization;

internal static class OrganizationModule
{
    /// <summary>
    /// How often a signed-in cookie's roles and agency are refreshed from the database; its security stamp (sign-out, lock,
    /// password reset) is checked on every request (<see cref="SessionStampValidator"/>, ADR-026).
    /// </summary>
    public static readonly TimeSpan CookieRevalidation = TimeSpan.FromMinutes(5);

    public static WebApplicationBuilder AddOrganization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services
            .AddIdentity<AppUser, AppRole>(options =>
            {
                // Password policy (docs/operations.md): at least 10 characters mixing upper case, lower case, digits and symbols.
                options.Password.RequiredLength = 10;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = CookieRevalidation);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionStampValidator>());
        services.AddScoped<IDemoSeeder, OrganizationSeeder>();
        services.AddScoped<IDemoSeeder, ServiceAccountSeeder>();
        services.AddMenu<OrganizationMenu>();
        services.AddAuthorization(Policies.Register);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Organization/Admin", Policies.ManageOrganization);
            options.Conventions.AuthorizeFolder("/Organization/ServiceAccounts", Policies.ManageOrganization);
        });
        // Not a default scheme: only endpoints under Policies.IntegrationApi read X-Api-Key (ADR-012).
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyAuthentication.Scheme, null);
        services.Configure<OpenApiOptions>("v1", options =>
        {
            options.AddDocumentTransformer<ApiKeyOpenApi>();
            options.AddOperationTransformer<ApiKeyOpenApi>();
        });
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddOptions<AuditChainOptions>().BindConfiguration(AuditChainOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditChainOptions>, AuditChainOptionsValidation>();
        services.AddSingleton<AuditKeyRing>();
        services.AddScoped<AccountLookup>();
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignInLimit();
        services.AddSingleton<OrganizationNames>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<IInterceptor, OrganizationNamesInterceptor>();
        services.AddScoped<IAgencyScope>(sp => AgencyScope.From(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "motcua.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Development and Testing serve plain HTTP on the developer's machine; everywhere else only HTTPS carries it.
            options.Cookie.SecurePolicy = builder.Environment.IsLocal() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        return builder;
    }

    public static WebApplication MapOrganization(this WebApplication app)
    {
        WhoAmI.Map(app);
        return app;
    }
}
