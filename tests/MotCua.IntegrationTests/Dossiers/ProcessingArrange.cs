using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Catalog;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Receiving dossiers at the desk and acting on them through the dossier page, as officers do.</summary>
internal static class ProcessingArrange
{
    /// <summary>Cấp giấy phép hoạt động dịch vụ việc làm: Sở Nội vụ, Phòng Lao động – Việc làm, 7 working days, three steps.</summary>
    public const string LicenceCode = "1.000362";

    /// <summary>A new officer of <paramref name="agencyCode"/> (and unit) in <paramref name="role"/>, signed in.</summary>
    public static async Task<HttpClient> OfficerAsync(this MotCuaFactory factory, string agencyCode, string? unitCode, string role, string fullName = "Cán bộ thử") =>
        await factory.ClientAsync(await factory.CreateOfficerAsync(agencyCode, unitCode, role, fullName));

    /// <summary>The counter officer accepts a complete dossier of <paramref name="procedureCode"/>; returns its id.</summary>
    public static async Task<Guid> ReceiveAsync(this MotCuaFactory factory, HttpClient desk, string procedureCode)
    {
        PublishedProcedure procedure;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(procedureCode, CancellationToken.None))!;
        }

        var url = "/dossiers/receive?procedure=" + procedureCode;
        var response = await CatalogAdminArrange.PostFormAsync(desk, url, url, DeskIntakeTests.Form(procedure, allProvided: true).Append(new("Decision", "Accept")));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[2]);
    }

    /// <summary>A licence dossier received at the centre, taken through its three steps and returned at the counter; its id.</summary>
    public static async Task<Guid> ReturnedAsync(this MotCuaFactory factory)
    {
        var id = await factory.DoneAsync();
        await factory.DoAsync(await factory.ClientAsync("motcua"), id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        return id;
    }

    /// <summary>A licence dossier received at the centre and taken through its three steps: the result waits at the desk; its id.</summary>
    public static async Task<Guid> DoneAsync(this MotCuaFactory factory)
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        // The application's clock, which a clocked host has stopped: the licence is issued on the host's today, not the machine's.
        await factory.SettleAsync(id, factory.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        return id;
    }

    /// <summary>Takes a received licence dossier through its three steps (checked, approved, the licence issued on the day of <paramref name="now"/>).</summary>
    public static async Task SettleAsync(this MotCuaFactory factory, Guid id, DateTimeOffset now)
    {
        var specialist = await factory.ClientAsync("chuyenvien");
        var first = await factory.OpenStepAsync(id);
        await factory.DoAsync(specialist, id, "Take", first.Id);
        await factory.DoAsync(specialist, id, "Forward", first.Id, ("Comment", "Hồ sơ đủ điều kiện."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "Approve", (await factory.OpenStepAsync(id)).Id);
        var today = VietnamTime.LocalDate(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "IssueResult", (await factory.OpenStepAsync(id)).Id,
            ("ResultNumber", "7/GP-SNV"), ("ResultDate", today), ("Comment", "Cấp giấy phép."));
    }

    /// <summary>Posts a command from the dossier page with the revision the officer saw; the redirect means it was done.</summary>
    public static async Task<HttpResponseMessage> ActAsync(
        this MotCuaFactory factory, HttpClient client, Guid dossierId, string command, Guid? taskId = null, Guid? revision = null, params (string Name, string Value)[] fields)
    {
        var (dossier, _) = await factory.LoadAsync(dossierId);
        var body = new List<KeyValuePair<string, string>>
        {
            new("Form.Command", command),
            new("Form.Revision", (revision ?? dossier.Revision).ToString()),
        };
        if (taskId is { } id)
        {
            body.Add(new("Form.TaskId", id.ToString()));
        }

        body.AddRange(fields.Select(f => new KeyValuePair<string, string>("Form." + f.Name, f.Value)));

        // The dossier page carries the command forms, posted with the token of the page just opened; an officer who may not
        // open it takes the token of the sign-out form.
        var url = $"/dossiers/{dossierId}";
        using var page = await client.GetAsync(url);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return await client.SubmitFormAsync("/worklist", body, url);
        }

        body.Add(new("__RequestVerificationToken", SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync())));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>Acts and checks it was done.</summary>
    public static async Task DoAsync(this MotCuaFactory factory, HttpClient client, Guid dossierId, string command, Guid? taskId = null, params (string Name, string Value)[] fields)
    {
        var response = await factory.ActAsync(client, dossierId, command, taskId, null, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Message(await response.Content.ReadAsStringAsync()));
        response.Headers.Location!.OriginalString.ShouldContain("done=" + command);
    }

    public static async Task<(Dossier Dossier, List<DossierTask> Tasks)> LoadAsync(this MotCuaFactory factory, Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
        var tasks = await db.DossierTasks.AsNoTracking().Where(t => t.DossierId == dossierId).OrderBy(t => t.Sequence).ToListAsync();
        return (dossier, tasks);
    }

    /// <summary>The one open step task.</summary>
    public static async Task<DossierTask> OpenStepAsync(this MotCuaFactory factory, Guid dossierId) =>
        (await factory.LoadAsync(dossierId)).Tasks.Single(t => t.IsOpen && t.Kind == DossierTaskKind.Step && t.ParentTaskId is null);

    /// <summary>The page's command error, for assertion messages.</summary>
    public static string Message(string html)
    {
        var start = html.IndexOf("notice error", StringComparison.Ordinal);
        return start < 0 ? "(no message)" : WebUtility.HtmlDecode(html[start..Math.Min(html.Length, start + 400)]);
    }

    /// <summary>A marriage registration (1.001193) accepted at the service centre's desk for Nguyễn Thị Hồng Nhung (phone ending 5678).</summary>
    public static async Task<Dossier> AcceptedAtTheDeskAsync(this MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        var db = services.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        return await services.GetRequiredService<DeskIntake>().DecideAsync(
            DeskIntakeTests.Input(procedure), procedure, DeskDecision.Accept, agencyId, new Actor(null, "Trần Thị Bình", "127.0.0.1"), null, CancellationToken.None);
    }
}
