using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Account;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Testing;

/// <summary>Signs a client in through the real login form (antiforgery token included), as a browser would.</summary>
public static partial class SignIn
{
    private static readonly Uri BaseAddress = new("http://localhost");

    /// <summary>Per host and account: the sign-in cookie of the last real sign-in, what it was issued for, and when.</summary>
    private static readonly ConditionalWeakTable<MotCuaFactory, ConcurrentDictionary<string, IssuedCookie>> Issued = [];

    /// <summary>
    /// A client with cookies of its own that does not follow redirects, signed in as a demo account (null = anonymous).
    /// The first client of an account on a host signs in through the login form; later ones get a copy of that sign-in
    /// cookie (and nothing else: their antiforgery state is their own) while a sign-in now would issue the same cookie —
    /// the account's claims, security stamp and lockout unchanged, and the application's clock less than
    /// <see cref="OrganizationModule.CookieRevalidation"/> past it. Otherwise they sign in through the form again.
    /// </summary>
    public static async Task<HttpClient> ClientAsync(this MotCuaFactory factory, string? userName)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies));
        if (userName is null)
        {
            return client;
        }

        var issued = Issued.GetOrCreateValue(factory);
        var (account, now) = await AccountStateAsync(factory, userName);
        if (account is not null && issued.TryGetValue(userName, out var copy) && copy.Account == account
            && now - copy.At >= TimeSpan.Zero && now - copy.At < OrganizationModule.CookieRevalidation)
        {
            foreach (var cookie in copy.Cookies)
            {
                cookies.Add(BaseAddress, new Cookie(cookie.Name, cookie.Value, cookie.Path));
            }

            return client;
        }

        await client.SignInAsync(userName, DemoProvince.DemoPassword);
        var name = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.Name!;
        if (account is not null)
        {
            issued[userName] = new IssuedCookie([.. cookies.GetCookies(BaseAddress).Where(c => c.Name.StartsWith(name, StringComparison.Ordinal))], account, now);
        }

        return client;
    }

    public static async Task SignInAsync(this HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Opens <paramref name="formUrl"/> like a browser, then posts <paramref name="fields"/> with the page's antiforgery token
    /// to <paramref name="postUrl"/> (default: the same address).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string formUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetStringAsync(formUrl);
        var body = fields.Append(new("__RequestVerificationToken", AntiforgeryToken(page))).ToList();
        return await client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of the first form in an HTML page.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token in the page");

    /// <summary>
    /// What a sign-in cookie of <paramref name="userName"/> issued now would carry — the claims the application puts in it,
    /// security stamp included — and whether the account is locked out; null if there is no such account. With the application's time.
    /// </summary>
    private static async Task<(string? Account, DateTimeOffset Now)> AccountStateAsync(MotCuaFactory factory, string userName)
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var scope = factory.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<AccountLookup>().FindAsync(userName, CancellationToken.None) is not { } user)
        {
            return (null, now);
        }

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        var claims = principal.Claims.Select(c => c.Type + "=" + c.Value).Order(StringComparer.Ordinal);
        return (string.Join('\n', claims.Append("lockout=" + user.LockoutEnd?.ToString("O"))), now);
    }

    private sealed record IssuedCookie(IReadOnlyList<Cookie> Cookies, string Account, DateTimeOffset At);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
