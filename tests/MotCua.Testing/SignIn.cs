using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Testing;

/// <summary>Signs a client in through the real login form (antiforgery token included), as a browser would.</summary>
public static partial class SignIn
{
    /// <summary>A client with cookies that does not follow redirects, signed in as a demo account (null = anonymous).</summary>
    public static async Task<HttpClient> ClientAsync(this MotCuaFactory factory, string? userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (userName is not null)
        {
            await client.SignInAsync(userName, DemoProvince.DemoPassword);
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
