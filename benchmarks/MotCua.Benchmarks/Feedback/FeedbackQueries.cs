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
            })
            {
                await LoadHarness.MeasureAsync(app.Services, label, $"control officer {agency.Code}", samples, async (services, ct) =>
                {
                    var page = new InboxPage(
                        services.GetRequiredService<AppDbContext>(), AgencyScope.From(control), services.GetRequiredService<PetitionInbox>(),
                        services.GetRequiredService<OrganizationNames>(), TimeProvider.System) { PageContext = Context(control) };
                    query(page);
                    await page.OnGetAsync(ct);
                    return $"{page.Rows.Count} rows of {page.Total.ToString("N0", CultureInfo.InvariantCulture)}";
                });
            }
        }

        var procedure = world.Procedures[0].Code;
        foreach (var (label, query) in new (string, Action<PublicSearchPage>)[]
        {
            ("/phan-anh-kien-nghi newest", _ => { }),
            ("/phan-anh-kien-nghi text (common words)", p => p.Q = "bản sao chứng thực"),
            ("/phan-anh-kien-nghi text (rare word)", p => p.Q = "bảo hiểm y tế"),
            ("/phan-anh-kien-nghi procedure", p => p.Procedure = procedure),
            ("/phan-anh-kien-nghi category + page 50", p => (p.Category, p.PageNumber) = ("unfit", "50")),
        })
        {
            await LoadHarness.MeasureAsync(app.Services, label, "anyone", samples, async (services, ct) =>
            {
                var page = new PublicSearchPage(services.GetRequiredService<PublishedAnswerReader>()) { PageContext = Context(new ClaimsPrincipal()) };
                query(page);
                await page.OnGetAsync(ct);
                return $"{page.Results.Items.Count} of {page.Results.Total.ToString("N0", CultureInfo.InvariantCulture)}";
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

    private static PageContext Context(ClaimsPrincipal user) => new() { HttpContext = new DefaultHttpContext { User = user } };

    private static ClaimsPrincipal Officer(Guid agencyId, string role) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new(ClaimTypes.Role, role), new(StaffClaims.AgencyId, agencyId.ToString())], "Identity.Application"));
}
