using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Feedback.Inbox;
using MotCua.Modules.Feedback.PublishedAnswers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using InboxPage = MotCua.Modules.Feedback.Inbox.IndexModel;
using PublicSearchPage = MotCua.Modules.Feedback.PublishedAnswers.IndexModel;

namespace MotCua.Benchmarks.Feedback;

/// <summary>The reads measured: the staff inbox and the public search as their pages run them, Open311's GET requests over HTTP.</summary>
internal sealed partial class FeedbackQueryLoad
{
    private static async Task MeasureAsync(BenchmarkFactory app, Uri baseAddress, World world, int samples)
    {
        foreach (var agency in new[] { world.Receiver, world.Departments[0] })
        {
            var control = Officer(agency.Id, Roles.ControlOfficer);
            foreach (var (label, query) in new (string, Action<InboxPage>)[]
            {
                ("/feedback (counts + newest page)", _ => { }),
                ("/feedback sorted by deadline", p => p.Sort = "due"),
                ("/feedback status Processing", p => p.Status = "Processing"),
                ("/feedback page 40", p => p.PageNumber = 40),
                ("/feedback text search (common word)", p => p.Q = "thủ tục"),
                ("/feedback text search (sender's name, no diacritics)", p => p.Q = "nguyen van lan"),
                ("/feedback text search (common word), page 5", p => (p.Q, p.PageNumber) = ("thủ tục", 5)),
                ("/feedback text search (common word) by deadline", p => (p.Q, p.Sort) = ("thủ tục", "due")),
                ("/feedback text search (name) by deadline", p => (p.Q, p.Sort) = ("nguyen van lan", "due")),
            })
            {
                await LoadHarness.MeasureAsync(app.Services, label, $"control officer {agency.Code}", samples, async (services, ct) =>
                {
                    var page = new InboxPage(
                        services.GetRequiredService<AppDbContext>(), AgencyScope.From(control), services.GetRequiredService<PetitionInbox>(),
                        services.GetRequiredService<OrganizationNames>(), TimeProvider.System) { PageContext = Context(control) };
                    query(page);
                    await page.OnGetAsync(ct);
                    return $"{page.Rows.Count} rows of {Counted(page.Total, page.HasNext)}";
                });
            }
        }

        var procedure = world.Procedures[0].Code;
        // The key of the fifth page of a common-words search: the last code of the fourth (ADR-048).
        string? fifthPageKey = null;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            for (var pageNumber = 1; pageNumber <= 4; pageNumber++)
            {
                var page = new PublicSearchPage(scope.ServiceProvider.GetRequiredService<PublishedAnswerReader>())
                {
                    PageContext = Context(new ClaimsPrincipal()), Q = "bản sao chứng thực", After = fifthPageKey,
                    PageNumber = pageNumber.ToString(CultureInfo.InvariantCulture),
                };
                await page.OnGetAsync(CancellationToken.None);
                fifthPageKey = page.Results.LastCode;
            }
        }

        foreach (var (label, query) in new (string, Action<PublicSearchPage>)[]
        {
            ("/phan-anh-kien-nghi newest", _ => { }),
            ("/phan-anh-kien-nghi text (common words)", p => p.Q = "bản sao chứng thực"),
            ("/phan-anh-kien-nghi text (rare word)", p => p.Q = "bảo hiểm y tế"),
            ("/phan-anh-kien-nghi procedure", p => p.Procedure = procedure),
            ("/phan-anh-kien-nghi category + page 50", p => (p.Category, p.PageNumber) = ("unfit", "50")),
            ("/phan-anh-kien-nghi agency", p => p.Agency = world.Departments[^1].Code),
            ("/phan-anh-kien-nghi text (common words), page 5 by key", p => (p.Q, p.PageNumber, p.After) = ("bản sao chứng thực", "5", fifthPageKey)),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, "anyone", samples, async (services, ct) =>
            {
                var page = new PublicSearchPage(services.GetRequiredService<PublishedAnswerReader>()) { PageContext = Context(new ClaimsPrincipal()) };
                query(page);
                await page.OnGetAsync(ct);
                return $"{page.Results.Items.Count} of {(page.Results.MoreThanShown ? "> 1,000" : Counted(page.Results.Total, page.Results.HasNext))}";
            });
        }

        using var http = new HttpClient { BaseAddress = baseAddress };
        foreach (var (label, path) in new[]
        {
            ("GET /open311/v2/requests.json (last 90 days)", "/open311/v2/requests.json"),
            ("GET /open311/v2/requests.xml (last 90 days)", "/open311/v2/requests.xml"),
            ("GET requests.json service_code=unfit, status=closed", "/open311/v2/requests.json?service_code=unfit&status=closed"),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, "anyone (HTTP)", samples, async (_, ct) =>
            {
                using var response = await http.GetAsync(path, ct);
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                return $"{(body.Length / 1024).ToString("N0", CultureInfo.InvariantCulture)} KB";
            });
        }
    }

    /// <summary>A list's size as the page knows it: counted, or "not counted" with whether a next page exists.</summary>
    private static string Counted(int? total, bool hasNext) =>
        total is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) : hasNext ? "uncounted, more follow" : "uncounted";

    private static PageContext Context(ClaimsPrincipal user) => new() { HttpContext = new DefaultHttpContext { User = user } };

    private static ClaimsPrincipal Officer(Guid agencyId, string role) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new(ClaimTypes.Role, role), new(StaffClaims.AgencyId, agencyId.ToString())], "Identity.Application"));
}
