using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Testing;

/// <summary>Registers citizens through the real pages, reading the codes from the notification outbox as a phone or mailbox would.</summary>
public static partial class CitizenAccounts
{
    public const string Password = "CongDan#2026";

    /// <summary>The six-digit code in the latest message the outbox holds for <paramref name="contact"/> (canonical form), if any.</summary>
    public static async Task<string?> LatestCodeAsync(this MotCuaFactory factory, string contact)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var body = await db.OutboxMessages.Where(m => m.Recipient == contact).OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => m.Body).FirstOrDefaultAsync();
        return body is not null && SixDigits().Match(body) is { Success: true } match ? match.Value : null;
    }

    /// <summary>Registers and verifies a citizen; returns a client signed in as them.</summary>
    public static async Task<HttpClient> RegisterCitizenAsync(this MotCuaFactory factory, string fullName, string contact, string? canonical = null)
    {
        var client = await factory.ClientAsync(null);
        var verifyUrl = await client.StartRegistrationAsync(fullName, contact);
        var code = await factory.LatestCodeAsync(canonical ?? contact) ?? throw new InvalidOperationException("no code was sent to " + contact);
        var verified = await client.SubmitFormAsync(verifyUrl, new Dictionary<string, string> { ["Code"] = code });
        if (verified.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Verification of {contact} failed: {(int)verified.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts the registration form; returns the address of the code page it leads to.</summary>
    public static async Task<string> StartRegistrationAsync(this HttpClient client, string fullName, string contact, string password = Password)
    {
        var response = await client.SubmitFormAsync("/tai-khoan/dang-ky", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Contact"] = contact,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
            ["Input.Consent"] = "true",
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Registration of {contact} was refused: {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
