using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integration;

/// <summary>Open311 GeoReport v2 over PAKN (ADR-046 §8): the spec's resources and fields in JSON and XML, the key, the filters, and no personal data.</summary>
[Collection(SharedHosts.Online)]
public sealed partial class Open311ApiTests(MotCuaFactory factory)
{
    private const string Name = "Trần Thị Bích Ngọc";
    private const string Phone = "0912345678";
    private const string Email = "bich.ngoc@example.vn";
    private const string Place = "Số 12 đường Hoa Sữa, xã An Bình";

    [Fact]
    public async Task Discovery_services_and_definitions_have_the_spec_fields_in_json_and_xml()
    {
        var client = factory.CreateClient();

        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.json"));
        var endpoint = discovery.RootElement.GetProperty("endpoints")[0];
        endpoint.GetProperty("specification").GetString().ShouldBe("http://wiki.open311.org/GeoReport_v2");
        endpoint.GetProperty("type").GetString().ShouldBe("production");
        endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["text/xml", "application/json"]);
        discovery.RootElement.GetProperty("changeset").GetString().ShouldEndWith("+07:00");
        var discoveryXml = XDocument.Parse(await client.GetStringAsync("/open311/v2/discovery.xml"));
        discoveryXml.Root!.Name.LocalName.ShouldBe("discovery");
        discoveryXml.Root.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value).ShouldBe(["text/xml", "application/json"]);

        using var services = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json"));
        services.RootElement.EnumerateArray().Select(s => s.GetProperty("service_code").GetString())
            .ShouldBe(["delay", "unfit", "inconsistent", "unlawful", "treaty", "other", "solution", "initiative", "conduct"]);
        var delay = services.RootElement[0];
        delay.GetProperty("metadata").GetBoolean().ShouldBeTrue();
        delay.GetProperty("type").GetString().ShouldBe("realtime");
        delay.GetProperty("group").GetString().ShouldBe("Quy định hành chính");
        foreach (var field in new[] { "service_name", "description", "keywords" })
        {
            delay.GetProperty(field).GetString().ShouldNotBeNullOrWhiteSpace();
        }

        var servicesXml = XDocument.Parse(await client.GetStringAsync("/open311/v2/services.xml"));
        servicesXml.Root!.Name.LocalName.ShouldBe("services");
        servicesXml.Root.Elements("service").Select(s => s.Element("service_code")!.Value).Count().ShouldBe(9);

        using var definition = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services/delay.json"));
        definition.RootElement.GetProperty("service_code").GetString().ShouldBe("delay");
        var attributes = definition.RootElement.GetProperty("attributes").EnumerateArray().ToList();
        attributes.Select(a => a.GetProperty("code").GetString()).ShouldBe(["ma_tthc", "so_ky_hieu_van_ban", "dieu_khoan", "loai_nguoi_gui", "dong_y_cong_khai"]);
        attributes.ShouldAllBe(a => !a.GetProperty("required").GetBoolean() && a.GetProperty("variable").GetBoolean());
        attributes[3].GetProperty("datatype").GetString().ShouldBe("singlevaluelist");
        attributes[3].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString()).ShouldBe(["ca_nhan", "to_chuc"]);
        var conduct = XDocument.Parse(await client.GetStringAsync("/open311/v2/services/conduct.xml"));
        conduct.Root!.Name.LocalName.ShouldBe("service_definition");
        conduct.Root.Element("attributes")!.Elements("attribute").Select(a => a.Element("code")!.Value).ShouldContain("ma_ho_so");
        conduct.Root.Descendants("value").Select(v => v.Element("key")!.Value).ShouldBe(["ca_nhan", "to_chuc", "co", "khong"]);
    }

    [Fact]
    public async Task Unknown_formats_services_requests_and_jurisdictions_answer_404_with_the_error_list()
    {
        var client = factory.CreateClient();

        foreach (var url in new[] { "/open311/v2/services.html", "/open311/v2/services/parking.json", "/open311/v2/requests/PAKN.20000101.0001.json", "/open311/v2/services.json?jurisdiction_id=hanoi" })
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            using var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            errors.RootElement[0].GetProperty("code").GetInt32().ShouldBe(404);
            errors.RootElement[0].GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        using var xml = await client.GetAsync("/open311/v2/services/parking.xml");
        xml.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var error = XDocument.Parse(await xml.Content.ReadAsStringAsync()).Root!;
        error.Name.LocalName.ShouldBe("errors");
        error.Element("error")!.Element("code")!.Value.ShouldBe("404");
        error.Element("error")!.Element("description")!.Value.ShouldContain("parking");
    }

    [Fact]
    public async Task A_NUL_character_anywhere_under_open311_is_refused_as_an_api_does()
    {
        using var response = await factory.CreateClient().GetAsync("/open311/v2/requests.json?status=open%00");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_form_with_every_field_creates_one_PAKN_for_the_key_agency_and_answers_in_xml()
    {
        var fields = Full(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));
        fields["attribute[dong_y_cong_khai]"] = "co";

        using var response = await factory.CreateClient().PostAsync("/open311/v2/requests.xml", Form(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        root.Name.LocalName.ShouldBe("service_requests");
        var request = root.Element("request")!;
        var code = request.Element("service_request_id")!.Value;
        PetitionCode.TryParse(code, out _).ShouldBeTrue();
        request.Element("service_notice")!.Value.ShouldContain(code);
        request.Element("account_id").ShouldNotBeNull();
        await using var scope = factory.CreateDbScope(out var db);
        var petition = await db.Petitions.SingleAsync(p => p.Code == code);
        var agency = await db.Agencies.SingleAsync(a => a.Code == DemoProvince.CommuneAnBinh);
        petition.AgencyId.ShouldBe(agency.Id);
        petition.Channel.ShouldBe(PetitionChannel.Open311);
        petition.Category.ShouldBe(PetitionCategory.Unfit);
        petition.SenderName.ShouldBe(Name);
        petition.SenderKind.ShouldBe(SenderKind.Organisation);
        petition.SenderEmail.ShouldBe(Email);
        petition.Location.ShouldBe(Place);
        petition.Latitude.ShouldBe(10.7769);
        petition.Longitude.ShouldBe(106.7009);
        petition.ProcedureCode.ShouldBe("1.001193");
        petition.LegalDocument.ShouldBe("20/2008/NĐ-CP");
        petition.LegalArticle.ShouldBe("Điều 7");
        petition.ConsentToPublish.ShouldBeTrue();
    }

    [Fact]
    public async Task A_form_with_only_the_required_fields_and_the_key_in_the_header_is_received()
    {
        var client = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh));

        using var response = await client.PostAsync("/open311/v2/requests.json", Form(new()
        {
            ["service_code"] = "conduct", ["first_name"] = "Lâm", ["phone"] = "0987000111", ["description"] = "Cán bộ hẹn nhiều lần.",
            ["attribute[ma_ho_so]"] = "", ["attribute[mau_sac]"] = "đỏ",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var code = body.RootElement[0].GetProperty("service_request_id").GetString()!;
        await using var scope = factory.CreateDbScope(out var db);
        var petition = await db.Petitions.SingleAsync(p => p.Code == code);
        petition.SenderKind.ShouldBe(SenderKind.Person);
        petition.ConsentToPublish.ShouldBeFalse();
        petition.Location.ShouldBeNull();
    }

    [Fact]
    public async Task Without_a_valid_key_a_request_is_forbidden_and_nothing_is_stored()
    {
        var before = await CountAsync();
        var fields = Full(key: "");
        fields.Remove("api_key");

        using var missing = await factory.CreateClient().PostAsync("/open311/v2/requests.json", Form(fields));
        using var wrong = await factory.CreateClient().PostAsync("/open311/v2/requests.xml", Form(Full("mc_" + new string('a', 12) + "_wrong")));

        missing.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32().ShouldBe(403);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        XDocument.Parse(await wrong.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("code")!.Value.ShouldBe("403");
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Media_urls_unknown_services_bad_attributes_and_broken_values_answer_400_and_a_json_body_415_never_500()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh);
        var client = factory.CreateClient();
        var before = await CountAsync();
        (string Field, string Value)[] broken =
        [
            ("media_url", "http://example.com/a.jpg"), ("service_code", "parking"), ("attribute[loai_nguoi_gui]", "doanh_nghiep"),
            ("attribute[dong_y_cong_khai]", "true"), ("lat", "1e309"), ("long", "abc"), ("attribute[ma_tthc]", "9.999999"), ("phone", ""),
            ("description", new string('x', 100_001)),
        ];

        foreach (var (field, value) in broken)
        {
            var fields = Full(key);
            fields[field] = value;
            if (field == "phone")
            {
                fields.Remove("email");
            }

            using var response = await client.PostAsync("/open311/v2/requests.json", Form(fields));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, field);
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32().ShouldBe(400);
        }

        using var json = await client.PostAsync("/open311/v2/requests.json", new StringContent("{\"service_code\":\"delay\"}", System.Text.Encoding.UTF8, "application/json"));
        json.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_repeated_post_with_the_same_idempotency_key_creates_one_PAKN_and_the_key_serves_no_other_submission()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh);
        var idempotencyKey = Guid.NewGuid().ToString();
        var before = await CountAsync();

        var first = await PostAsync(Full(key), idempotencyKey, "json");
        var second = await PostAsync(Full(key), idempotencyKey, "xml");
        var changed = Full(key);
        changed["description"] = "Một nội dung khác.";
        var reused = await PostAsync(changed, idempotencyKey, "json");
        using var nativeRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/feedback")
        {
            Content = new StringContent("{\"category\":\"Unfit\",\"content\":\"Nội dung.\",\"senderName\":\"A\",\"phone\":\"0912345678\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        nativeRequest.Headers.Add("Idempotency-Key", idempotencyKey);
        using var otherKind = await factory.ApiKeyClient(key).SendAsync(nativeRequest);

        first.Status.ShouldBe(HttpStatusCode.OK);
        second.Status.ShouldBe(HttpStatusCode.OK);
        var code = JsonDocument.Parse(first.Body).RootElement[0].GetProperty("service_request_id").GetString();
        XDocument.Parse(second.Body).Root!.Element("request")!.Element("service_request_id")!.Value.ShouldBe(code);
        reused.Status.ShouldBe(HttpStatusCode.Conflict);
        otherKind.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Without_a_phone_the_notice_gives_the_check_digits_that_open_the_tracking_page_and_with_one_it_does_not()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh);
        var noPhone = Full(key);
        noPhone.Remove("phone");
        noPhone["description"] = "Không có số điện thoại, theo dõi bằng số kiểm tra " + Guid.NewGuid();

        var json = await PostAsync(noPhone, null, "json");
        var xml = await PostAsync(noPhone, null, "xml");
        var phoned = await PostAsync(Full(key), null, "json");

        json.Status.ShouldBe(HttpStatusCode.OK, json.Body);
        var request = JsonDocument.Parse(json.Body).RootElement[0];
        var code = request.GetProperty("service_request_id").GetString()!;
        var digits = CheckDigits().Match(request.GetProperty("service_notice").GetString()!).Groups[1].Value;
        digits.Length.ShouldBe(4);
        var xmlRequest = XDocument.Parse(xml.Body).Root!.Element("request")!;
        CheckDigits().IsMatch(xmlRequest.Element("service_notice")!.Value).ShouldBeTrue(xml.Body);
        phoned.Status.ShouldBe(HttpStatusCode.OK, phoned.Body);
        JsonDocument.Parse(phoned.Body).RootElement[0].GetProperty("service_notice").GetString()!.ShouldNotContain("Số kiểm tra");

        var guest = await factory.ClientAsync(null);
        using var tracked = await guest.SubmitFormAsync("/tra-cuu-pakn?ma=" + code, new Dictionary<string, string> { ["ma"] = code, ["so"] = digits });
        (await tracked.Content.ReadAsStringAsync()).ShouldContain(noPhone["description"]);
    }

    [Fact]
    public async Task A_multipart_post_answers_400_in_the_spec_error_list_and_stores_nothing()
    {
        var key = await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh);
        var before = await CountAsync();

        foreach (var format in new[] { "json", "xml" })
        {
            using var form = new MultipartFormDataContent();
            foreach (var (field, value) in Full(key))
            {
                form.Add(new StringContent(value), field);
            }

            form.Add(new ByteArrayContent("%PDF-1.4 ảnh"u8.ToArray()), "media", "anh.pdf");
            using var response = await factory.CreateClient().PostAsync($"/open311/v2/requests.{format}", form);

            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            var (status, description) = format == "json"
                ? (JsonDocument.Parse(body).RootElement[0].GetProperty("code").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    JsonDocument.Parse(body).RootElement[0].GetProperty("description").GetString()!)
                : (XDocument.Parse(body).Root!.Element("error")!.Element("code")!.Value, XDocument.Parse(body).Root!.Element("error")!.Element("description")!.Value);
            status.ShouldBe("400");
            description.ShouldContain("application/x-www-form-urlencoded");
        }

        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Requests_are_listed_and_read_without_personal_data_and_with_the_answer_once_published()
    {
        var client = factory.CreateClient();
        var code = await SubmitAsync();

        var list = await client.GetStringAsync($"/open311/v2/requests.json?service_request_id={code},PAKN.bad");
        var detailXml = await client.GetStringAsync($"/open311/v2/requests/{code}.xml");

        using var listed = JsonDocument.Parse(list);
        var item = listed.RootElement.EnumerateArray().Single();
        item.GetProperty("service_request_id").GetString().ShouldBe(code);
        item.GetProperty("status").GetString().ShouldBe("open");
        item.GetProperty("status_notes").GetString().ShouldBe("Mới tiếp nhận");
        item.GetProperty("service_code").GetString().ShouldBe("unfit");
        item.GetProperty("description").GetString().ShouldBeEmpty();
        item.GetProperty("agency_responsible").GetString().ShouldNotBeNullOrWhiteSpace();
        item.GetProperty("requested_datetime").GetString().ShouldEndWith("+07:00");
        item.GetProperty("expected_datetime").GetDateTimeOffset().ShouldBeGreaterThan(item.GetProperty("requested_datetime").GetDateTimeOffset());
        foreach (var field in new[] { "updated_datetime", "service_name", "service_notice", "address", "address_id", "zipcode", "lat", "long", "media_url" })
        {
            item.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var request = XDocument.Parse(detailXml).Root!.Element("request")!;
        request.Element("service_request_id")!.Value.ShouldBe(code);
        request.Element("status")!.Value.ShouldBe("open");

        await PublishAsync(code);
        var published = await client.GetStringAsync($"/open311/v2/requests/{code}.json");
        using var answered = JsonDocument.Parse(published);
        answered.RootElement[0].GetProperty("status").GetString().ShouldBe("closed");
        answered.RootElement[0].GetProperty("status_notes").GetString().ShouldBe("PAKN đã công khai. Trả lời: Quy định hiện hành đã được giải thích.");
        answered.RootElement[0].GetProperty("description").GetString().ShouldBe("Người gửi đề nghị rút ngắn thời hạn.");
        foreach (var body in new[] { list, detailXml, published, await client.GetStringAsync("/open311/v2/requests.xml") })
        {
            body.ShouldNotContain(Name);
            body.ShouldNotContain("Bích Ngọc");
            body.ShouldNotContain(Phone);
            body.ShouldNotContain(Email);
            body.ShouldNotContain(Place);
        }
    }

    [Fact]
    public async Task Request_lists_filter_by_service_status_and_a_window_of_at_most_90_days()
    {
        var client = factory.CreateClient();
        var code = await SubmitAsync();
        var now = factory.HostNow();
        string Day(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

        async Task<List<string>> CodesAsync(string query)
        {
            using var response = await client.GetAsync("/open311/v2/requests.json" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. body.RootElement.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!)];
        }

        (await CodesAsync("")).ShouldContain(code);
        (await CodesAsync("?service_code=unfit&status=open")).ShouldContain(code);
        (await CodesAsync("?status=open,closed")).ShouldContain(code);
        (await CodesAsync("?service_code=conduct")).ShouldNotContain(code);
        (await CodesAsync("?status=closed")).ShouldNotContain(code);
        (await CodesAsync($"?start_date={Day(now.AddDays(-1))}&end_date={Day(now.AddDays(1))}")).ShouldContain(code);
        (await CodesAsync($"?end_date={Day(now.AddDays(-100))}")).ShouldNotContain(code);
        (await CodesAsync($"?start_date={Day(now.AddDays(-89))}")).ShouldContain(code);
        (await CodesAsync($"?service_request_id={code}&service_code=conduct&status=closed")).ShouldBe([code]);

        foreach (var query in new[] { $"?start_date={Day(now.AddDays(-91))}&end_date={Day(now)}", $"?start_date={Day(now)}&end_date={Day(now.AddDays(-1))}",
            "?status=pending", "?service_code=parking", "?start_date=2026-02-30", "?end_date=9999-12-31T23:59:59Z" })
        {
            using var response = await client.GetAsync("/open311/v2/requests.xml" + query);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("error")!.Element("code")!.Value.ShouldBe("400");
        }
    }

    private async Task<string> SubmitAsync()
    {
        var answer = await PostAsync(Full(await factory.CreateApiKeyAsync(DemoProvince.CommuneAnBinh)), null, "json");
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.Body);
        return JsonDocument.Parse(answer.Body).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    /// <summary>Accepted, assigned, answered, approved and published through the PAKN's own flow.</summary>
    private async Task PublishAsync(string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var work = scope.ServiceProvider.GetRequiredService<PetitionWork>();
        var petition = await db.Petitions.AsNoTracking().SingleAsync(p => p.Code == code);
        var unit = await db.Units.Where(u => u.AgencyId == petition.AgencyId && u.IsActive).Select(u => u.Id).FirstAsync();
        var system = PetitionActor.System(new Actor(null, "Hệ thống", null), petition.AgencyId);
        var leader = new PetitionActor(
            Guid.NewGuid(), "Lãnh đạo", null, FeedbackRoles.UnitLeader | FeedbackRoles.AgencyLeader | FeedbackRoles.ControlOfficer, petition.AgencyId, unit, IsSender: false);
        foreach (var (command, actor) in new (PetitionCommand, PetitionActor)[]
        {
            (new(PetitionAction.Accept), system),
            (new(PetitionAction.Assign) { UnitId = unit }, system),
            (new(PetitionAction.Classify) { Grounds = PetitionGrounds.Insufficient }, leader),
            (new(PetitionAction.DraftAnswer) { Answer = "Quy định hiện hành đã được giải thích.", Summary = "Người gửi đề nghị rút ngắn thời hạn.", Outcome = PetitionOutcome.ExplainExistingRule }, leader),
            (new(PetitionAction.ApproveAnswer), leader),
            (new(PetitionAction.Publish), leader),
        })
        {
            var result = await work.ActAsync(petition.Id, command, actor, CancellationToken.None);
            result.Succeeded.ShouldBeTrue($"{command.Action}: {result.BrokenRule?.Message} {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(Dictionary<string, string> fields, string? idempotencyKey, string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/open311/v2/requests.{format}") { Content = Form(fields) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every field the mapping reads, without consent to publish the wording (so only the summary is published).</summary>
    private static Dictionary<string, string> Full(string key) => new()
    {
        ["api_key"] = key,
        ["service_code"] = "unfit",
        ["first_name"] = "Trần Thị",
        ["last_name"] = "Bích Ngọc",
        ["email"] = Email,
        ["phone"] = Phone,
        ["description"] = "Thời hạn 15 ngày là quá dài so với thực tế.",
        ["address_string"] = Place,
        ["lat"] = "10.7769",
        ["long"] = "106.7009",
        ["attribute[ma_tthc]"] = "1.001193",
        ["attribute[so_ky_hieu_van_ban]"] = "20/2008/NĐ-CP",
        ["attribute[dieu_khoan]"] = "Điều 7",
        ["attribute[loai_nguoi_gui]"] = "to_chuc",
        ["attribute[dong_y_cong_khai]"] = "khong",
        ["attribute[khong_co]"] = "bỏ qua",
    };

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    [GeneratedRegex(@"Số kiểm tra để tra cứu: (\d{4})\.")]
    private static partial Regex CheckDigits();

    private async Task<int> CountAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Petitions.CountAsync();
    }
}
