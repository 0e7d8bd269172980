using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integration;

/// <summary>The dossier API for integrated systems: submission with the desk's checks, idempotency, lists and state, agency scope.</summary>
[Collection(SharedHosts.Online)]
public sealed class DossierApiTests
{
    private readonly MotCuaFactory _factory;

    public DossierApiTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_complete_online_dossier_is_accepted_with_a_code_and_an_appointment()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));

        var response = await client.PostAsJsonAsync("/api/v1/dossiers", await SubmissionAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var code = body.RootElement.GetProperty("code").GetString()!;
        code.ShouldStartWith(DemoProvince.CommuneAnBinh + "-");
        // Accepted (2) and handed at once to the first step of the commune's approved process (4).
        body.RootElement.GetProperty("status").GetString().ShouldBe("Processing");
        body.RootElement.GetProperty("nationalStatus").GetInt32().ShouldBe(4);
        body.RootElement.GetProperty("dueAt").GetDateTimeOffset().ShouldBeGreaterThan(body.RootElement.GetProperty("receivedAt").GetDateTimeOffset());
        body.RootElement.GetProperty("dueExplanation").GetString().ShouldStartWith("Tiếp nhận lúc ");
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/dossiers/" + code);

        var state = await client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/" + code);
        state.GetProperty("channel").GetString().ShouldBe("Online");
        state.GetProperty("historyIntact").GetBoolean().ShouldBeTrue();
        state.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["Submit", "Accept", "StartProcessing"]);
    }

    [Fact]
    public async Task An_online_dossier_the_api_accepts_at_once_tells_the_applicant_only_of_its_receipt()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var submission = await SubmissionAsync();

        var response = await client.PostAsJsonAsync("/api/v1/dossiers", submission with { Applicant = submission.Applicant with { Email = "le.van.an@example.vn" } });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var code = body.RootElement.GetProperty("code").GetString()!;
        await using var scope = _factory.CreateDbScope(out var db);
        // One notice (the receipt, with the code and the appointment) by e-mail and by SMS; not also "submitted online".
        var messages = await db.OutboxMessages.Where(m => m.Reference == code).Select(m => new { m.Kind, m.Channel }).ToListAsync();
        messages.Count.ShouldBe(2);
        messages.ShouldAllBe(m => m.Kind == "DossierReceived");
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_answer_and_creates_nothing_new()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var submission = await SubmissionAsync();
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(submission) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("code").GetString()).Distinct().Count().ShouldBe(1);
        (await CountAsync()).ShouldBe(before + 1);

        using var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(submission with { SetCount = 2 }) };
        other.Headers.Add("Idempotency-Key", key);
        var conflict = await client.SendAsync(other);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain("Idempotency-Key đã được dùng cho một yêu cầu khác.");
    }

    [Fact]
    public async Task Bad_submissions_get_a_validation_problem_naming_the_fields_and_change_nothing()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var good = await SubmissionAsync();
        var before = await CountAsync();

        var wrongCccd = await client.PostAsJsonAsync("/api/v1/dossiers", good with { Applicant = good.Applicant with { IdentityNumber = "12345" } });
        var unknown = await client.PostAsJsonAsync("/api/v1/dossiers", good with { ProcedureCode = "9.999999" });
        var incomplete = await client.PostAsJsonAsync("/api/v1/dossiers", good with { Components = [] });
        var malformed = await client.PostAsync("/api/v1/dossiers", new StringContent("{\"procedureCode\": ", Encoding.UTF8, "application/json"));

        wrongCccd.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCccd.Content.ReadAsStringAsync()).ShouldContain("applicant.identityNumber");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("procedureCode");
        (await incomplete.Content.ReadAsStringAsync()).ShouldContain("Hồ sơ còn thiếu");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_incomplete_dossier_sent_for_completion_is_recorded_without_a_code_with_the_request()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var good = await SubmissionAsync();

        var response = await client.PostAsJsonAsync("/api/v1/dossiers", good with { Components = [], Decision = "RequestCompletion" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").ValueKind.ShouldBe(JsonValueKind.Null);
        body.RootElement.GetProperty("nationalStatus").GetInt32().ShouldBe(5);
        body.RootElement.GetProperty("completionRequest").GetString()!.ShouldContain("chưa nộp");
    }

    [Fact]
    public async Task Lists_and_reads_are_limited_to_the_callers_agency()
    {
        var anBinh = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var tanPhu = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneTanPhu));
        var created = await anBinh.PostAsJsonAsync("/api/v1/dossiers", await SubmissionAsync());
        var code = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()!;

        var own = await anBinh.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?status=Processing&pageSize=100");
        var others = await tanPhu.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=100");

        own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldContain(code);
        others.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldNotContain(code);
        (await tanPhu.GetAsync("/api/v1/dossiers/" + code)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anBinh.GetAsync("/api/v1/dossiers?overdue=maybe&page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_NUL_character_in_the_body_is_a_validation_problem_and_leaves_the_idempotency_key_free_for_the_retry()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var good = await SubmissionAsync();
        var key = Guid.NewGuid().ToString();

        var refused = await SubmitAsync(client, good with { Applicant = good.Applicant with { Name = "Lê Văn\0 An" } }, key);
        var retried = await SubmitAsync(client, good, key);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty("applicant.name")[0].GetString()!.ShouldContain("không được chứa ký tự NUL");
        retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"components":[null]}""", "components[0]")]
    [InlineData("""{"applicant":{"kind":"Individual"},"components":[{"position":1},null]}""", "components[1]")]
    public async Task Null_components_are_a_validation_problem_naming_the_entry(string patch, string field)
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(await SubmissionAsync(), JsonSerializerOptions.Web))!.AsObject();
        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(patch)!.AsObject().ToList())
        {
            body[name] = value?.DeepClone();
        }

        var response = await client.PostAsync("/api/v1/dossiers", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.RootElement.ToString());
    }

    [Fact]
    public async Task A_component_sent_as_digitised_without_its_file_is_refused_and_nothing_is_recorded()
    {
        var client = _factory.ApiKeyClient(await _factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var good = await SubmissionAsync();

        var response = await client.PostAsJsonAsync("/api/v1/dossiers", good with { Components = [.. good.Components.Select(c => c with { Digitised = true })] });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("chỉ được ghi nhận đã số hóa khi tệp số hóa đã được lưu");
    }

    [Fact]
    public async Task Without_a_valid_key_the_api_answers_401_even_for_a_signed_in_officer()
    {
        var officer = await _factory.ClientAsync("motcua");

        (await _factory.CreateClient().GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await officer.GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _factory.ApiKeyClient("mc_garbage").GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<Submission> SubmissionAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        return new Submission(
            procedure.Code,
            new ApplicantBody("Individual", "Lê Văn An", "001095012345", "Thôn Bắc, xã An Bình", "0987654321", null),
            procedure.Components.Select(c => new ComponentBody(c.Position, true, false)).ToList(),
            "Online",
            "Online",
            1,
            null);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, Submission submission, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(submission) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _factory.CreateDbScope(out var db);
        return await db.Dossiers.CountAsync();
    }

    private sealed record Submission(string ProcedureCode, ApplicantBody Applicant, List<ComponentBody> Components, string Channel, string ReturnMethod, int SetCount, string? Decision);

    private sealed record ApplicantBody(string Kind, string Name, string IdentityNumber, string Address, string Phone, string? Email);

    private sealed record ComponentBody(int Position, bool Provided, bool Digitised);
}
