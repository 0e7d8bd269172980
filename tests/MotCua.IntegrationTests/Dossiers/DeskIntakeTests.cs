using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Catalog;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The counter's intake through the page, on the real database: the three outcomes, codes, bad input, history.</summary>
public sealed class DeskIntakeTests : IClassFixture<MotCuaFactory>
{
    private const string MarriageCode = "1.001193";
    private readonly MotCuaFactory _factory;

    public DeskIntakeTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_complete_dossier_is_accepted_with_a_code_an_appointment_and_an_intact_history()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);

        var response = await PostAsync(client, MarriageCode, Form(procedure, allProvided: true), "Accept");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierAsync(response);
        dossier.Status.ShouldBe(DossierStatus.Received);
        DossierCode.TryParse(dossier.Code, out var code).ShouldBeTrue();
        code!.Value.AgencyPart.ShouldBe(DemoProvince.ServiceCentre);
        code.Value.Tail.Length.ShouldBeGreaterThanOrEqualTo(4);
        dossier.CodeSequence.ShouldBe(int.Parse(code.Value.Tail, System.Globalization.CultureInfo.InvariantCulture));
        var calendar = await _factory.Services.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var expectedDue = calendar.ComputeDue(new DateTimeOffset(dossier.ReceivedAt!.Value), procedure.ProcessingTime.Amount, procedure.ProcessingTime.Unit, procedure.ProcessingTime.CutOff);
        dossier.DueAt.ShouldBe(expectedDue.Due.UtcDateTime);
        dossier.OriginalDueAt.ShouldBe(dossier.DueAt);
        dossier.Components.ShouldAllBe(c => c.Provided);

        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        page.ShouldContain(dossier.Code!);
        page.ShouldContain("Lịch sử hồ sơ toàn vẹn (2 mục");
    }

    [Fact]
    public async Task Accepting_with_a_required_component_missing_is_refused_with_a_message_and_stores_nothing()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);
        var before = await CountAsync();

        var response = await PostAsync(client, MarriageCode, Form(procedure, allProvided: false), "Accept");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Hồ sơ còn thiếu: " + procedure.Components.First(c => c.IsRequired).Name);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_incomplete_dossier_is_returned_for_completion_then_accepted_when_handed_in_again()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);

        var returned = await DossierAsync(await PostAsync(client, MarriageCode, Form(procedure, allProvided: false), "RequestCompletion"));

        returned.Status.ShouldBe(DossierStatus.SupplementRequested);
        returned.Code.ShouldBeNull();
        returned.DeskNote!.ShouldContain(procedure.Components.First(c => c.IsRequired).Name + ": chưa nộp");

        var resubmitted = await PostAsync(client, $"/dossiers/receive?dossier={returned.Id}", $"/dossiers/receive?dossier={returned.Id}", Form(procedure, allProvided: true), "Accept");
        var accepted = await DossierAsync(resubmitted);

        accepted.Id.ShouldBe(returned.Id);
        accepted.Status.ShouldBe(DossierStatus.Received);
        accepted.Code.ShouldNotBeNull();
        accepted.EventCount.ShouldBe(4);
        await using var scope = _factory.CreateDbScope(out var db);
        var events = await db.DossierEvents.Where(e => e.DossierId == accepted.Id).OrderBy(e => e.Sequence).ToListAsync();
        events.Select(e => e.Action).ShouldBe([DossierAction.Submit, DossierAction.RequestCompletion, DossierAction.Resubmit, DossierAction.Accept]);
        HistoryChain.Check(accepted, events, _factory.Services.GetRequiredService<AuditKeyRing>()).ShouldBeNull();
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_then_records_it()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);
        var before = await CountAsync();

        var withoutReason = await PostAsync(client, MarriageCode, Form(procedure, allProvided: true), "Refuse");
        (await withoutReason.Content.ReadAsStringAsync()).ShouldContain("Ghi rõ lý do từ chối tiếp nhận hồ sơ.");
        (await CountAsync()).ShouldBe(before);

        var form = Form(procedure, allProvided: true);
        form.Add(new("Input.Note", "Không thuộc thẩm quyền giải quyết của cơ quan."));
        var refused = await DossierAsync(await PostAsync(client, MarriageCode, form, "Refuse"));

        refused.Status.ShouldBe(DossierStatus.NotAccepted);
        refused.Code.ShouldBeNull();
        refused.DeskNote.ShouldBe("Không thuộc thẩm quyền giải quyết của cơ quan.");
    }

    [Theory]
    [InlineData("Input.IdentityNumber", "03709200123", "phải gồm đúng 12 chữ số")]
    [InlineData("Input.IdentityNumber", "0370920012AB", "phải gồm đúng 12 chữ số")]
    [InlineData("Input.IdentityNumber", "999092001234", "mã tỉnh")]
    [InlineData("Input.Phone", "12345", "Số điện thoại gồm 10 chữ số")]
    [InlineData("Input.Email", "a@b", "Địa chỉ thư điện tử không hợp lệ")]
    [InlineData("Input.SetCount", "0", "Số lượng hồ sơ phải từ 1")]
    [InlineData("Input.Channel", "Online", "Chọn cách thức nộp hồ sơ hợp lệ")]
    [InlineData("Input.Components[0].Digitised", "true", "Thành phần số 1: chỉ được ghi nhận đã số hóa khi tệp số hóa đã được lưu")]
    [InlineData("Input.Components[0].Exemption", "Lost", "Thành phần số 1: lý do không phải số hóa không hợp lệ")]
    public async Task Bad_applicant_or_dossier_data_gets_a_clear_message_and_changes_nothing(string field, string value, string message)
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);
        var form = Form(procedure, allProvided: true).Where(f => f.Key != field).Append(new(field, value)).ToList();
        var before = await CountAsync();

        var response = await PostAsync(client, MarriageCode, form, "Accept");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_component_not_digitised_carries_its_listed_reason_and_the_others_wait_for_their_files()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);
        var form = Form(procedure, allProvided: true);
        form.Add(new("Input.Components[0].Exemption", "ShownOnly"));

        var dossier = await DossierAsync(await PostAsync(client, MarriageCode, form, "Accept"));

        dossier.Components[0].Exemption.ShouldBe(DigitisationExemption.ShownOnly);
        dossier.Components.ShouldAllBe(c => !c.Digitised);
        dossier.Components.Skip(1).ShouldAllBe(c => c.Exemption == DigitisationExemption.None);
    }

    [Fact]
    public async Task An_organisation_needs_a_well_formed_tax_code()
    {
        var client = await _factory.ClientAsync("motcua");
        var procedure = await ProcedureAsync(MarriageCode);
        var form = Form(procedure, allProvided: true).Where(f => f.Key != "Input.ApplicantKind").ToList();
        form.Add(new("Input.ApplicantKind", "Organisation"));
        form.Add(new("Input.TaxCode", "01012345"));

        var response = await PostAsync(client, MarriageCode, form, "Accept");

        (await response.Content.ReadAsStringAsync()).ShouldContain("Mã số thuế gồm 10 chữ số");
    }

    [Fact]
    public async Task Only_counter_officers_may_receive()
    {
        var specialist = await _factory.ClientAsync("chuyenvien");
        var page = await specialist.GetAsync("/dossiers/receive");
        page.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Codes_of_dossiers_accepted_at_once_are_unique_and_gap_free_for_the_agency_day()
    {
        var procedure = await ProcedureAsync(MarriageCode);
        await using var scope0 = _factory.CreateDbScope(out var db0);
        var agencyId = await db0.Agencies.Where(a => a.Code == DemoProvince.CommuneAnBinh).Select(a => a.Id).SingleAsync();
        var input = Input(procedure);

        var tasks = Enumerable.Range(0, 12).Select(async i =>
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<DeskIntake>();
            return await intake.DecideAsync(input, procedure, DeskDecision.Accept, agencyId, new Actor(null, "test" + i, null), null, CancellationToken.None);
        });
        var dossiers = await Task.WhenAll(tasks);

        var byDay = dossiers.GroupBy(d => d.CodeDate).ToList();
        byDay.Count.ShouldBeLessThanOrEqualTo(2);
        foreach (var day in byDay)
        {
            var sequences = await db0.Dossiers.Where(d => d.AgencyId == agencyId && d.CodeDate == day.Key).Select(d => d.CodeSequence!.Value).ToListAsync();
            sequences.Order().ShouldBe(Enumerable.Range(1, sequences.Count));
        }

        dossiers.Select(d => d.Code).Distinct().Count().ShouldBe(12);
    }

    [Fact]
    public async Task An_accepted_dossier_is_stored_with_its_history_and_notices_without_entering_the_change_tracker()
    {
        var procedure = await ProcedureAsync(MarriageCode);
        await using var scope = _factory.CreateDbScope(out var db);
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.CommuneAnBinh).Select(a => a.Id).SingleAsync();

        var dossier = await scope.ServiceProvider.GetRequiredService<DeskIntake>().DecideAsync(
            Input(procedure), procedure, DeskDecision.Accept, agencyId, new Actor(null, "Trần Thị Bình", null), null, CancellationToken.None);

        // ADR-045: the new rows were inserted without being attached, compared or accepted.
        db.ChangeTracker.Entries().ShouldBeEmpty();
        db.NewRows.ShouldBeEmpty();
        await using var check = _factory.CreateDbScope(out var stored);
        var saved = await stored.Dossiers.SingleAsync(d => d.Id == dossier.Id);
        saved.Code.ShouldBe(dossier.Code);
        saved.Applicant.Name.ShouldBe("Nguyễn Thị Hồng Nhung");
        saved.Components.Count.ShouldBe(procedure.Components.Count);
        (await stored.DossierEvents.CountAsync(e => e.DossierId == dossier.Id)).ShouldBe(saved.EventCount);
        (await stored.OutboxMessages.CountAsync(m => m.Reference == dossier.Code)).ShouldBe(2, "the receipt by e-mail and by SMS");
        var report = await check.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(new IntegrityScope(Code: dossier.Code), CancellationToken.None);
        report.DossiersChecked.ShouldBe(1);
        report.Dossiers.ShouldBeEmpty("the history's chain is intact");
    }

    private async Task<PublishedProcedure> ProcedureAsync(string code)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(code, CancellationToken.None))!;
    }

    internal static IntakeInput Input(PublishedProcedure procedure) => new()
    {
        ProcedureCode = procedure.Code,
        ApplicantKind = "Individual",
        Name = "Nguyễn Thị Hồng Nhung",
        IdentityNumber = "037092001234",
        Address = "Số 5, thôn Đông, xã An Bình",
        Phone = "0912345678",
        Email = "nhung@example.vn",
        Channel = "Direct",
        ReturnMethod = "Counter",
        SetCount = 1,
        Components = procedure.Components.Select(c => new ComponentInput { Position = c.Position, Provided = true }).ToList(),
    };

    internal static List<KeyValuePair<string, string>> Form(PublishedProcedure procedure, bool allProvided)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.ApplicantKind", "Individual"),
            new("Input.Name", "Nguyễn Thị Hồng Nhung"),
            new("Input.IdentityNumber", "037092001234"),
            new("Input.Address", "Số 5, thôn Đông, xã An Bình"),
            new("Input.Phone", "0912 345 678"),
            new("Input.Email", "nhung@example.vn"),
            new("Input.Channel", "Direct"),
            new("Input.ReturnMethod", "Counter"),
            new("Input.SetCount", "1"),
        };
        var firstRequired = procedure.Components.First(c => c.IsRequired).Position;
        for (var i = 0; i < procedure.Components.Count; i++)
        {
            var c = procedure.Components[i];
            form.Add(new($"Input.Components[{i}].Position", c.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (allProvided || c.Position != firstRequired)
            {
                form.Add(new($"Input.Components[{i}].Provided", "true"));
            }
        }

        return form;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string procedureCode, List<KeyValuePair<string, string>> form, string decision) =>
        PostAsync(client, "/dossiers/receive?procedure=" + procedureCode, "/dossiers/receive?procedure=" + procedureCode, form, decision);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string formUrl, string postUrl, List<KeyValuePair<string, string>> form, string decision) =>
        CatalogAdminArrange.PostFormAsync(client, formUrl, postUrl, form.Append(new("Decision", decision)));

    private async Task<Dossier> DossierAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[2]);
        await using var scope = _factory.CreateDbScope(out var db);
        return await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _factory.CreateDbScope(out var db);
        return await db.Dossiers.CountAsync();
    }
}
