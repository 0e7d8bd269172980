using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integration;

/// <summary>The native PAKN API (ADR-046 §8): submission with idempotency, the agency's list and detail, actions and the agency scope.</summary>
[Collection(SharedHosts.Online)]
public sealed class FeedbackApiTests(MotCuaFactory factory)
{
    private static readonly object Petition = new
    {
        category = "Delay",
        content = "Hồ sơ bị hẹn lại ba lần không có lý do.",
        senderName = "Đoàn Văn Khải",
        phone = "0903555777",
        email = "khai@example.vn",
        procedureCode = "1.001193",
    };

    [Fact]
    public async Task A_PAKN_sent_with_a_key_belongs_to_its_agency_with_the_sender_contact_and_is_hidden_from_other_agencies()
    {
        var anBinh = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var tanPhu = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneTanPhu));

        using var created = await anBinh.PostAsJsonAsync("/api/v1/feedback", Petition);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        created.Headers.Location!.OriginalString.ShouldBe("/api/v1/feedback/" + code);
        var state = await anBinh.GetFromJsonAsync<JsonElement>("/api/v1/feedback/" + code);
        state.GetProperty("status").GetString().ShouldBe("New");
        state.GetProperty("channel").GetString().ShouldBe("Api");
        state.GetProperty("agencyCode").GetString().ShouldBe(DemoProvince.CommuneAnBinh);
        state.GetProperty("senderName").GetString().ShouldBe("Đoàn Văn Khải");
        state.GetProperty("phone").GetString().ShouldBe("0903555777");
        state.GetProperty("procedureName").GetString().ShouldNotBeNullOrWhiteSpace();
        var page = await anBinh.GetFromJsonAsync<JsonElement>("/api/v1/feedback?status=New&pageSize=100");
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldContain(code);
        var other = await tanPhu.GetFromJsonAsync<JsonElement>("/api/v1/feedback?pageSize=100");
        other.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldNotContain(code);
        (await tanPhu.GetAsync("/api/v1/feedback/" + code)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tanPhu.GetAsync($"/api/v1/feedback/{code}/actions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tanPhu.PostAsJsonAsync($"/api/v1/feedback/{code}/actions", new { action = "Accept" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClient().GetAsync("/api/v1/feedback/" + code)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Actions_follow_the_allowed_list_and_one_not_allowed_answers_409_with_that_list()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var code = await CreateAsync(client);

        var allowed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{code}/actions");
        using var accepted = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/actions", new { action = "Accept", text = "Vào sổ." });
        using var publish = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/actions", new { action = "Publish" });
        using var missingReason = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/actions", new { action = "Refuse" });

        allowed.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldContain("Accept");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Received");
        publish.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await publish.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldContain("Assign");
        problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("Publish");
        missingReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missingReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_answer_and_another_body_is_refused()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var first = await PostAsync(client, JsonSerializer.Serialize(Petition), key);
        var second = await PostAsync(client, JsonSerializer.Serialize(Petition), key);
        var other = await PostAsync(client, JsonSerializer.Serialize(new { category = "Other", content = "Khác.", senderName = "A", phone = "0903555777" }), key);

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        second.Status.ShouldBe(HttpStatusCode.Created);
        JsonDocument.Parse(second.Body).RootElement.GetProperty("code").GetString().ShouldBe(JsonDocument.Parse(first.Body).RootElement.GetProperty("code").GetString());
        other.Status.ShouldBe(HttpStatusCode.Conflict);
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Malformed_json_nulls_and_bad_names_answer_400_not_500()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var code = await CreateAsync(client);

        foreach (var body in new[] { "{", "null", "[]", "{\"category\":null,\"content\":null}", "{\"category\":\"Nope\",\"senderName\":\"A\"}", "{\"category\":\"1\"}",
            "{\"category\":\"Delay\",\"content\":\"x\",\"senderName\":\"A\",\"latitude\":\"north\"}" })
        {
            (await PostAsync(client, body, null)).Status.ShouldBe(HttpStatusCode.BadRequest, body);
        }

        using var noName = await client.PostAsJsonAsync("/api/v1/feedback", new { category = "Delay", content = "Nội dung.", phone = "0903555777" });
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("senderName", out _).ShouldBeTrue();
        foreach (var body in new[] { "{", "null", "{\"action\":null}", "{\"action\":\"Fly\"}", "{\"action\":\"Submit\"}", "{\"action\":\"Transfer\",\"agencyId\":\"x\"}" })
        {
            using var response = await client.PostAsync($"/api/v1/feedback/{code}/actions", new StringContent(body, Encoding.UTF8, "application/json"));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        }

        foreach (var query in new[] { "?status=Open", "?page=0", "?pageSize=101", "?status=1" })
        {
            (await client.GetAsync("/api/v1/feedback" + query)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
        }

        (await client.GetAsync("/api/v1/feedback/PAKN.bad")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> CreateAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/feedback", Petition);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string json, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feedback") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Petitions.CountAsync();
    }
}
