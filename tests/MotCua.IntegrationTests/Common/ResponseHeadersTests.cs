using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Common.Production;
using MotCua.Modules.Organization.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

public sealed class ResponseHeadersTests(ResponseHeadersTests.FailingRouteFactory factory) : IClassFixture<ResponseHeadersTests.FailingRouteFactory>
{
    [Theory]
    [InlineData("/test-only/fails")]
    [InlineData("/api/v1/test-only/fails")]
    public async Task A_failed_request_answers_500_with_the_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task Kestrel_sends_no_Server_header()
    {
        await using var host = new DeployedFactory();
        using var client = new HttpClient { BaseAddress = host.StartKestrel() };

        var response = await client.GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Server.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sign_in_cookie_is_Secure_outside_Development_and_Testing_even_over_plain_HTTP()
    {
        await using var staging = new DeployedFactory();
        await using (var scope = staging.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.CreateAsync(new AppUser { UserName = "canbo", FullName = "Cán bộ kiểm thử" }, CitizenAccounts.Password)).Succeeded.ShouldBeTrue();
        }

        // Plain HTTP, so that the flag can only come from the policy and not from the request's scheme.
        var client = staging.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://motcua.example"), AllowAutoRedirect = false });
        var signedIn = await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "canbo",
            ["Input.Password"] = CitizenAccounts.Password,
        });

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("motcua.auth=", StringComparison.Ordinal))
            .Split(';', StringSplitOptions.TrimEntries).ShouldContain("secure");
    }

    /// <summary>The test host with one route that throws, added by the test and not by the application.</summary>
    public sealed class FailingRouteFactory : MotCuaFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Seed"] = "false" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, FailingRoute>());
        }

        /// <summary>Runs after the application's pipeline found no endpoint, so the application's error handling is around it.</summary>
        private sealed class FailingRoute : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((context, rest) => context.Request.Path.Value!.EndsWith("/test-only/fails", StringComparison.Ordinal)
                    ? throw new InvalidOperationException("A failure the test asked for.")
                    : rest(context));
            };
        }
    }
}
