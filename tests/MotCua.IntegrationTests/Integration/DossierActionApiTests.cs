using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integration;

/// <summary>
/// Integrated systems act on dossiers through the API: the actions the internal process allows now, 409 with the allowed
/// actions otherwise, forms as PDF, and a liên thông hand-over from a commune to Sở Nội vụ and back.
/// </summary>
[Collection(SharedHosts.Online)]
public sealed class DossierActionApiTests
{
    private readonly MotCuaFactory _factory;

    public DossierActionApiTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_liên_thông_dossier_is_settled_by_the_department_and_its_result_returns_to_the_commune()
    {
        var commune = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var department = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.HomeAffairs));
        var code = await SubmitAsync(commune, WorkflowSeeder.InterAgencyCode);

        (await department.GetAsync("/api/v1/dossiers/" + code)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ActAsync(commune, code, "Forward");
        var handedOver = await ActAsync(commune, code, "Approve");

        var steps = handedOver.GetProperty("progress").GetProperty("steps").EnumerateArray().ToList();
        var open = steps.Where(s => s.GetProperty("isOpen").GetBoolean()).ToList();
        open.Count.ShouldBe(2);
        open.ShouldContain(s => s.GetProperty("holder").GetString()!.EndsWith("Sở Nội vụ tỉnh Sông Hồng", StringComparison.Ordinal));
        Allowed(handedOver).ShouldBeEmpty();

        // The department's officers open the dossier they work on and print its control sheet; another commune's do not.
        var officer = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "NCC", Roles.Specialist);
        var stranger = await _factory.OfficerAsync(DemoProvince.CommuneTanPhu, null, Roles.CounterOfficer);
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var id = await db.Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
            (await officer.GetStringAsync($"/dossiers/{id}")).ShouldContain(code);
            (await officer.GetAsync($"/dossiers/{id}/forms/control")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await stranger.GetAsync($"/dossiers/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await stranger.GetAsync($"/dossiers/{id}/forms/control")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var atDepartment = await department.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + code);
        Allowed(atDepartment).ShouldBe(["Forward", "RequestSupplement", "ProposeRefusal"]);
        await ActAsync(department, code, "Forward");
        await ActAsync(department, code, "Approve");
        var back = await ActAsync(department, code, "IssueResult", comment: "Sở Nội vụ quyết định trợ cấp mai táng phí.");

        back.GetProperty("status").GetString().ShouldBe("Processing");
        var atCommune = await commune.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + code);
        Allowed(atCommune).ShouldContain("IssueResult");
        var done = await ActAsync(commune, code, "IssueResult", comment: "Trả quyết định của Sở Nội vụ.", extra: new { resultNumber = "12/QĐ-SNV", resultDate = "2026-12-01" });
        done.GetProperty("status").GetString().ShouldBe("Done");
        done.GetProperty("nationalStatus").GetInt32().ShouldBe(9);
        done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldContain("HandOverDone");

        var returned = await ActAsync(commune, code, "Return", extra: new { returnVia = "Counter", fees = "NotApplicable" });
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        var control = await commune.GetAsync($"/api/v1/dossiers/{code}/forms/control");
        control.StatusCode.ShouldBe(HttpStatusCode.OK);
        control.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task An_action_not_allowed_now_is_409_with_the_allowed_ones_and_bad_input_is_400()
    {
        var commune = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var code = await SubmitAsync(commune, WorkflowSeeder.InterAgencyCode);
        var before = await commune.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + code);

        var refused = await commune.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions", new { action = "Approve" });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("rule").GetString().ShouldBe("CommandNotAllowedNow");
        problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldContain("Forward");

        (await commune.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions", new { action = "Teleport" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await commune.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions", new { action = "ProposeRefusal" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await commune.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions", new { action = "Forward", revision = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await commune.PostAsJsonAsync("/api/v1/dossiers/H99.50-991231-0001/actions", new { action = "Forward" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await commune.GetAsync($"/api/v1/dossiers/{code}/forms/stop")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var receipt = await commune.GetAsync($"/api/v1/dossiers/{code}/forms/receipt");
        receipt.StatusCode.ShouldBe(HttpStatusCode.OK);
        receipt.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{code}-mau-01.pdf");

        var after = await commune.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + code);
        after.GetProperty("revision").GetGuid().ShouldBe(before.GetProperty("revision").GetGuid());
    }

    private async Task<string> SubmitAsync(HttpClient client, string procedureCode)
    {
        PublishedProcedure procedure;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(procedureCode, CancellationToken.None))!;
        }

        var response = await client.PostAsJsonAsync("/api/v1/dossiers", new
        {
            procedureCode,
            applicant = new { kind = "Individual", name = "Phạm Thị Mai", identityNumber = "001095012399", address = "Thôn Nam, xã An Bình", phone = "0987654322" },
            components = procedure.Components.Select(c => new { position = c.Position, provided = true, digitised = false }),
            channel = "Direct",
            returnMethod = "Online",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static async Task<JsonElement> ActAsync(HttpClient client, string code, string action, string? comment = null, object? extra = null)
    {
        var body = JsonSerializer.SerializeToElement(extra ?? new { });
        var request = body.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        request["action"] = action;
        request["comment"] = comment;
        var response = await client.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions", request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Allowed(JsonElement state) =>
        [.. state.GetProperty("progress").GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("action").GetString()!).Where(a => a is not ("Stop" or "Withdraw"))];
}
