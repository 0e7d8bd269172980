using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Common.Files;
using MotCua.Modules.Feedback;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integration;

/// <summary>The native PAKN API (ADR-046 §8): submission (JSON or multipart with files) with idempotency, the agency's list and detail, actions and the agency scope.</summary>
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

    [Fact]
    public async Task A_multipart_PAKN_with_two_files_is_created_with_both_files_stored_as_sent()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var pdf = Pdf();
        var png = Png();

        using var created = await client.PostAsync("/api/v1/feedback", Multipart(("to-trinh.pdf", pdf), ("anh chup.png", png)));

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var receipt = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = receipt.GetProperty("id").GetGuid();
        await using var scope = factory.CreateDbScope(out var db);
        var petition = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == id);
        petition.SenderName.ShouldBe("Đoàn Văn Khải");
        petition.Channel.ShouldBe(PetitionChannel.Api);
        var files = await db.PetitionAttachments.AsNoTracking().Where(a => a.PetitionId == id).OrderBy(a => a.FileName).ToListAsync();
        files.Select(f => (f.FileName, f.ContentType)).ShouldBe([("anh chup.png", "image/png"), ("to-trinh.pdf", "application/pdf")]);
        var store = scope.ServiceProvider.GetRequiredKeyedService<IFileStore>(FeedbackAttachmentOptions.StoreKey);
        foreach (var (file, sent) in files.Zip([png, pdf]))
        {
            await using var stored = store.OpenRead(file.StoragePath);
            using var copy = new MemoryStream();
            await stored.CopyToAsync(copy);
            copy.ToArray().ShouldBe(sent);
        }
    }

    [Fact]
    public async Task A_disguised_empty_or_twenty_first_file_answers_400_and_leaves_no_PAKN_and_no_file()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var before = await CountAsync();
        var png = Png();
        var zip = "PK\u0003\u0004\u0014\u0000\u0000\u0000"u8.ToArray();

        var disguised = await SendAsync(client, Multipart(("anh.png", png), ("bien-ban.pdf", zip)), null);
        var empty = await SendAsync(client, Multipart(("rong.pdf", [])), null);
        var many = await SendAsync(client, Multipart([.. Enumerable.Range(1, 21).Select(i => ($"tep-{i}.pdf", Pdf()))]), null);

        disguised.Status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(disguised.Body)["files[1]"].ShouldContain("bien-ban.pdf");
        empty.Status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(empty.Body).ShouldContainKey("files[0]");
        many.Status.ShouldBe(HttpStatusCode.BadRequest);
        Errors(many.Body)["files"].ShouldContain("tối đa");
        (await CountAsync()).ShouldBe(before);
        var options = factory.Services.GetRequiredService<IOptions<FeedbackOptions>>().Value.Attachments;
        var folder = Path.Combine(factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Path);
        (Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories) : []).Where(f => File.ReadAllBytes(f).SequenceEqual(png)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Broken_multipart_forms_answer_400_with_a_reason_never_500()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var before = await CountAsync();
        var petition = JsonSerializer.Serialize(Petition);
        const string Boundary = "ranh-gioi";
        string Part(string disposition, string body) => $"--{Boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n{body}\r\n";
        const string Form = $"multipart/form-data; boundary={Boundary}";
        const string End = $"--{Boundary}--\r\n";
        var broken = new (string Field, string ContentType, string Body)[]
        {
            ("", "multipart/form-data", Part("name=\"petition\"", petition) + End),
            ("", Form, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"petition\"\r\n\r\n{{\"categ"),
            ("files", Form, Part("name=\"petition\"", petition) + Part("filename=\"to-trinh.pdf\"", "%PDF-1.4 x") + End),
            ("files", Form, Part("name=\"petition\"", petition) + Part("name=\"files\"", "JVBERi0=") + End),
            ("petition", Form, Part("name=\"files\"; filename=\"a.pdf\"", "%PDF-1.4 x") + End),
            ("petition", Form, Part("name=\"petition\"", "{\"category\":") + End),
            ("petition", Form, Part("name=\"petition\"", "null") + End),
            ("note", Form, Part("name=\"petition\"", petition) + Part("name=\"note\"", "a\0b") + End),
            ("petition.senderName", Form, Part("name=\"petition\"", petition.Replace("\"senderName\":\"", "\"senderName\":\"\\u0000", StringComparison.Ordinal)) + End),
        };

        foreach (var (field, contentType, body) in broken)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var answer = await SendAsync(client, content, null);

            answer.Status.ShouldBe(HttpStatusCode.BadRequest, body);
            Errors(answer.Body).GetValueOrDefault(field).ShouldNotBeNullOrWhiteSpace(answer.Body);
        }

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_multipart_retry_with_the_same_key_and_files_returns_the_first_receipt_and_other_files_answer_409()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        var key = Guid.NewGuid().ToString();
        var (pdf, png) = (Pdf(), Png());
        var before = await CountAsync();

        var first = await SendAsync(client, Multipart(("to-trinh.pdf", pdf), ("anh.png", png)), key);
        var retry = await SendAsync(client, Multipart(("to-trinh.pdf", pdf), ("anh.png", png)), key);
        var otherFile = await SendAsync(client, Multipart(("to-trinh.pdf", pdf), ("anh.png", Png())), key);
        var noFile = await SendAsync(client, Multipart(), key);

        first.Status.ShouldBe(HttpStatusCode.Created, first.Body);
        retry.Status.ShouldBe(HttpStatusCode.Created);
        JsonDocument.Parse(retry.Body).RootElement.GetProperty("code").GetString().ShouldBe(JsonDocument.Parse(first.Body).RootElement.GetProperty("code").GetString());
        otherFile.Status.ShouldBe(HttpStatusCode.Conflict);
        noFile.Status.ShouldBe(HttpStatusCode.Conflict);
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_multipart_form_beside_the_JSON_body_and_what_the_check_digits_are()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        var submit = document.RootElement.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/api/v1/feedback").Value.GetProperty("post");
        var content = submit.GetProperty("requestBody").GetProperty("content");
        content.TryGetProperty("application/json", out _).ShouldBeTrue();
        var form = content.GetProperty("multipart/form-data");
        form.GetProperty("schema").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["petition"]);
        form.GetProperty("schema").GetProperty("properties").GetProperty("files").GetProperty("items").GetProperty("format").GetString().ShouldBe("binary");
        form.GetProperty("encoding").GetProperty("petition").GetProperty("contentType").GetString().ShouldBe("application/json");
        var receipt = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("PetitionReceipt").GetProperty("properties");
        receipt.GetProperty("checkDigits").GetProperty("description").GetString()!.ShouldContain("/tra-cuu-pakn");
        receipt.GetProperty("checkDigitsArePhone").GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    private static async Task<string> CreateAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/feedback", Petition);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private static Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string json, string? idempotencyKey) =>
        SendAsync(client, new StringContent(json, Encoding.UTF8, "application/json"), idempotencyKey);

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, HttpContent content, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feedback") { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The PAKN as the <c>petition</c> part and each file as a <c>files</c> part.</summary>
    private static MultipartFormDataContent Multipart(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(Petition), Encoding.UTF8, "application/json"), "petition" } };
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }

    private static byte[] Pdf() => Encoding.UTF8.GetBytes("%PDF-1.4 " + Guid.NewGuid());

    private static byte[] Png() => [.. Convert.FromHexString("89504E470D0A1A0A0000000D49484452"), .. Guid.NewGuid().ToByteArray()];

    private static Dictionary<string, string> Errors(string problem) =>
        JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => string.Join(" ", e.Value.EnumerateArray().Select(v => v.GetString())));

    private async Task<int> CountAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Petitions.CountAsync();
    }
}
