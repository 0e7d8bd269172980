using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Common.Localization;
using MotCua.Common.Web;

namespace MotCua.Common.Hosting;

/// <summary>The cross-cutting wiring every module relies on: database, localization, errors, data protection, UI.</summary>
internal static class PlatformModule
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations()
            .RefuseInProduction(o => o.Provider == DatabaseProvider.Sqlite && !o.AllowEmbeddedDatabase,
                "Database:Provider is Sqlite (the embedded database file) in Production: use PostgreSQL, or set Database:AllowEmbeddedDatabase=true for a single-office installation.")
            .ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .RefuseInProduction(o => o.Seed, "Demo:Seed is true in Production: it would create demo accounts whose password is published.")
            .ValidateOnStart();
        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section).ValidateDataAnnotations()
            .RefuseInProduction(o => !o.EnforceHttps && !o.BehindTlsProxy,
                "Hosting:EnforceHttps is false in Production: keep HTTPS redirection and HSTS on, or set Hosting:BehindTlsProxy=true when a reverse proxy terminates TLS.")
            .RefuseInProduction(o => !HostingOptions.IsPublicAddress(o.PublicBaseUrl),
                "Hosting:PublicBaseUrl is not a public https address in Production: receipts would print a QR code and notices a link that citizens cannot open.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in hosting.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            ConfigureDatabase(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
            // Modules take part in saving through interceptors they register (e.g. the catalogue stamp, ADR-008).
            options.AddInterceptors(sp.GetServices<IInterceptor>());
            // Saves that only add rows skip Entity Framework's update pipeline; it runs after the modules' interceptors (ADR-043).
            options.AddInterceptors(sp.GetRequiredService<InsertOnlySaves>());
        });
        services.AddSingleton<InsertOnlySaves>();
        services.AddSingleton(TimeProvider.System);

        // Vietnamese text is written as UTF-8, not as numeric entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = options.SupportedUICultures = [Vietnamese, English];
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Modules";
                options.Conventions.AuthorizeFolder("/");
            })
            .AddRazorOptions(options => options.PageViewLocationFormats.Add("/Common/Web/{0}.cshtml"))
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            VietnameseModelBinding.Apply(options.ModelBindingMessageProvider, factory.Create(typeof(SharedText)));
            options.Filters.Add<NulCharacterGuard.PageFilter>();
        });

        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<ApiParameterOpenApi>();
            options.AddOperationTransformer<InputOpenApi>();
            options.AddSchemaTransformer<InputOpenApi>();
        });
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>();

        var dataProtection = services.AddDataProtection().SetApplicationName("MotCua");
        services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section)
            .RefuseInProduction(o => string.IsNullOrEmpty(o.CertificateFile),
                "DataProtection:CertificateFile is not set in Production: the keys that protect sign-in cookies and antiforgery tokens would be stored unencrypted in the database.")
            .ValidateOnStart();
        var keyProtection = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>();
        if (!string.IsNullOrEmpty(keyProtection?.CertificateFile))
        {
            // Keys at rest in the shared database are encrypted when the deployment supplies a certificate.
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(keyProtection.CertificateFile, keyProtection.CertificatePassword));
        }

        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DbXmlRepository(scopes));
        return builder;
    }

    public static void ConfigureDatabase(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSQL:
                options.UseNpgsql(PostgresConnectionString.WithPreparedStatements(database.ConnectionString));
                break;
            default:
                EnsureSqliteFolder(database.ConnectionString);
                options.UseSqlite(database.ConnectionString);
                break;
        }

        // Migrations are hand-written (ADR-002); the schema test compares them with the model instead of a snapshot.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>How long one migration command may run at start-up.</summary>
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromHours(1);

    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        // Every setting is checked before the database is touched: a refused Production host must neither migrate nor seed.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A migration that rewrites the facts of a large province (millions of rows) runs for minutes; each migration is one
        // transaction, so a request's 30 s timeout would only roll it back and stop the start-up.
        db.Database.SetCommandTimeout(MigrationTimeout);
        await db.Database.MigrateAsync();
        if (!scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, CancellationToken.None);
        }
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        if (hosting.BehindTlsProxy)
        {
            // First, so that HTTPS enforcement, cookies and the per-address limits see the client's scheme and address.
            app.UseForwardedHeaders();
        }

        // Before the exception handler: it clears the headers of a failed response, but not this middleware's callback.
        app.Use(SecurityHeaders);
        app.UseExceptionHandler();
        if (hosting.EnforceHttps && !app.Environment.IsLocal())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // Pages get a localized error page; the API answers bodiless errors with ProblemDetails and is never re-executed
        // (re-executing a rejected form post would read the form a second time).
        app.UseWhen(context => !IsApi(context), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(IsApi, branch => branch.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<NulCharacterGuard>();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapGet("/culture/{name}", SwitchCulture).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase);

    private static IResult SwitchCulture(string name, string? returnUrl, HttpContext context, TimeProvider clock)
    {
        var culture = name == "en" ? English : Vietnamese;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.LocalRedirect(RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        // Set as the response starts, whichever part of the pipeline (page, error handler, status-code page) writes it.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            return Task.CompletedTask;
        });
        return next();
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
