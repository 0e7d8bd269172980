using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Authorization;

/// <summary>Walks every page and API route for anonymous visitors and every demo account against <see cref="AccessTable"/>.</summary>
public sealed partial class RouteAccessTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public void Every_route_of_the_application_is_classified_in_the_access_table()
    {
        var unclassified = Routes().Where(r => AccessTable.Find(r.Method, r.Pattern) is null).ToList();

        unclassified.ShouldBeEmpty(
            "These routes are not in tests/MotCua.IntegrationTests/Authorization/AccessTable.cs; add an entry saying who may use them:"
            + Environment.NewLine + string.Join(Environment.NewLine, unclassified.Select(r => $"  {r.Method} {r.Pattern}")));
    }

    [Fact]
    public void Every_exact_entry_of_the_access_table_still_exists()
    {
        var routes = Routes().ToHashSet();

        var stale = AccessTable.Rules.Where(r => !r.IsPrefix && !routes.Contains((r.Method, r.Pattern))).Select(r => $"  {r.Method} {r.Pattern}").ToList();

        stale.ShouldBeEmpty("The access table lists routes the application no longer has:" + Environment.NewLine + string.Join(Environment.NewLine, stale));
    }

    [Fact]
    public async Task Every_route_admits_exactly_the_callers_the_access_table_allows()
    {
        var ids = await DemoIdsAsync();
        var callers = new List<(DemoAccount? Account, HttpClient Client)> { (null, await factory.ClientAsync(null)) };
        foreach (var account in DemoProvince.Accounts)
        {
            callers.Add((account, await factory.ClientAsync(account.UserName)));
        }

        var failures = new StringBuilder();
        var checkedRoutes = 0;
        foreach (var (method, pattern) in Routes())
        {
            var rule = AccessTable.Find(method, pattern);
            if (rule is null)
            {
                continue;
            }

            checkedRoutes++;
            var url = rule.Sample?.Invoke(ids) ?? Substitute(pattern);
            foreach (var (account, client) in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var outcome = Describe(response);
                var who = account?.UserName ?? "anonymous";
                if (rule.Audience.Allows(account))
                {
                    var ok = rule.AllowedStatus is { } expected ? (int)response.StatusCode == expected : !IsRefusal(response) && (int)response.StatusCode < 500;
                    if (!ok)
                    {
                        failures.AppendLine($"  {method} {url} as {who}: expected allowed ({rule.AllowedStatus?.ToString() ?? "not refused"}), got {outcome}");
                    }
                }
                else if (rule.Audience == Audience.ServiceAccounts
                             ? response.StatusCode != HttpStatusCode.Unauthorized
                             : !IsExpectedRefusal(response, signedIn: account is not null))
                {
                    failures.AppendLine($"  {method} {url} as {who}: expected {(account is null ? "redirect to /account/login" : "403 / redirect to /account/denied")} (audience {rule.Audience}), got {outcome}");
                }
            }
        }

        checkedRoutes.ShouldBeGreaterThan(10);
        failures.ToString().ShouldBeEmpty("Access differs from AccessTable.cs:" + Environment.NewLine + failures);
    }

    [Fact]
    public async Task Posts_to_restricted_pages_are_refused_before_anything_else_for_callers_the_table_does_not_allow()
    {
        var ids = await DemoIdsAsync();
        var failures = new StringBuilder();
        var probes = 0;
        var callers = new List<(DemoAccount? Account, HttpClient Client)> { (null, await factory.ClientAsync(null)) };
        foreach (var account in DemoProvince.Accounts)
        {
            callers.Add((account, await factory.ClientAsync(account.UserName)));
        }

        foreach (var pattern in PagePatterns())
        {
            var rule = AccessTable.Find("GET", pattern);
            if (rule is null || rule.Audience == Audience.Everyone)
            {
                continue;
            }

            var url = rule.Sample?.Invoke(ids) ?? Substitute(pattern);
            foreach (var (account, client) in callers.Where(c => !rule.Audience.Allows(c.Account)))
            {
                probes++;
                using var response = await client.PostAsync(url, new FormUrlEncodedContent([]));
                if (!IsExpectedRefusal(response, signedIn: account is not null))
                {
                    failures.AppendLine($"  POST {url} as {account?.UserName ?? "anonymous"}: expected a refusal, got {Describe(response)}");
                }
            }
        }

        probes.ShouldBeGreaterThan(50);
        failures.ToString().ShouldBeEmpty("Restricted pages accept posts from callers AccessTable.cs does not allow:" + Environment.NewLine + failures);
    }

    private IEnumerable<string> PagePatterns() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct();

    /// <summary>Every (method, route pattern) pair the running application serves; pages answer GET.</summary>
    private IEnumerable<(string Method, string Pattern)> Routes()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                return (methods is { Count: > 0 } ? methods : ["GET"]).Select(m => (m, pattern));
            })
            .Distinct()
            .OrderBy(r => r.pattern, StringComparer.Ordinal);
    }

    private static string Substitute(string pattern) => Parameter().Replace(pattern, m => m.Groups["constraint"].Value switch
    {
        "guid" => "0199a1b2-0000-7000-8000-000000000001",
        "int" or "long" => "1",
        _ => m.Groups["name"].Value == "code" ? "1.000001" : "x",
    });

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || RedirectsTo(response, "/account/login") || RedirectsTo(response, "/account/denied");

    private static bool IsExpectedRefusal(HttpResponseMessage response, bool signedIn) => signedIn
        ? response.StatusCode == HttpStatusCode.Forbidden || RedirectsTo(response, "/account/denied")
        : response.StatusCode == HttpStatusCode.Unauthorized || RedirectsTo(response, "/account/login");

    private static bool RedirectsTo(HttpResponseMessage response, string path) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]).Equals(path, StringComparison.OrdinalIgnoreCase);

    private static string Describe(HttpResponseMessage response) =>
        (int)response.StatusCode + (response.Headers.Location is { } l ? " → " + l : "");

    private async Task<DemoIds> DemoIdsAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var agency = await db.Agencies.SingleAsync(a => a.Code == DemoProvince.HomeAffairs);
        return new DemoIds(
            agency.Id,
            (await db.Units.FirstAsync(u => u.AgencyId == agency.Id)).Id,
            (await db.AdministrativeLevels.FirstAsync()).Id,
            (await db.Users.SingleAsync(u => u.UserName == "chuyenvien")).Id);
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)(:(?<constraint>[a-z]+)[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
