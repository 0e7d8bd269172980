using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>PAKN received straight through the intake, and the staff page's action forms posted as a browser does.</summary>
internal static partial class FeedbackStaffArrange
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>Receives a PAKN for the agency with <paramref name="agencyCode"/>; returns its id and code.</summary>
    public static async Task<(Guid Id, string Code)> SubmitAsync(
        MotCuaFactory factory, string agencyCode, string senderName, PetitionCategory category = PetitionCategory.Delay,
        PetitionChannel channel = PetitionChannel.Letter, string? phone = "0912345678")
    {
        var agencyId = await AgencyIdAsync(factory, agencyCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<PetitionIntake>();
        var input = new PetitionSubmission
        {
            Category = category, Content = "Thủ tục yêu cầu nộp bản sao chứng thực không cần thiết.", SenderKind = SenderKind.Person, SenderName = senderName,
            Phone = phone, Email = phone is null ? "nguoigui@example.vn" : null,
        };
        var result = await intake.SubmitAsync(input, [], channel, new Actor(null, "Bộ phận tiếp nhận", null), agencyId, null, null, CancellationToken.None);
        result.Errors.ShouldBeEmpty();
        return (result.Receipt!.Id, result.Receipt.Code);
    }

    public static async Task<Guid> AgencyIdAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    public static async Task<Guid> UnitIdAsync(MotCuaFactory factory, string agencyCode, string unitCode)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Units.Where(u => u.Agency!.Code == agencyCode && u.Code == unitCode).Select(u => u.Id).SingleAsync();
    }

    public static async Task<Guid> UserIdAsync(MotCuaFactory factory, string userName)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The PAKN as stored, with its deadlines and history.</summary>
    public static async Task<(Petition Petition, List<PetitionEvent> Events)> LoadAsync(MotCuaFactory factory, Guid id)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var petition = await db.Petitions.AsNoTracking().Include(p => p.Deadlines).SingleAsync(p => p.Id == id);
        var events = await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == id).OrderBy(e => e.Sequence).ToListAsync();
        return (petition, events);
    }

    /// <summary>
    /// Opens the PAKN's page and posts one action form with the page's antiforgery token and the PAKN's current revision
    /// (or <paramref name="revision"/>, a stale one).
    /// </summary>
    public static async Task<HttpResponseMessage> ActAsync(
        MotCuaFactory factory, HttpClient client, Guid id, PetitionAction action, IDictionary<string, string>? fields = null, Guid? revision = null)
    {
        var page = await client.GetStringAsync($"/feedback/{id}");
        var current = revision ?? (await LoadAsync(factory, id)).Petition.Revision;
        var body = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["Form.Action"] = action.ToString(),
            ["Form.Revision"] = current.ToString(),
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        };
        return await client.PostAsync($"/feedback/{id}", new FormUrlEncodedContent(body));
    }

    /// <summary>Posts an action that must succeed (redirect back to the page).</summary>
    public static async Task ActOkAsync(MotCuaFactory factory, HttpClient client, Guid id, PetitionAction action, IDictionary<string, string>? fields = null)
    {
        using var response = await ActAsync(factory, client, id, action, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var alert = AlertPattern().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {alert.Value}");
        }
    }

    /// <summary>The page's text with HTML entities decoded.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("role=\"alert\">[^<]*")]
    private static partial Regex AlertPattern();
}
