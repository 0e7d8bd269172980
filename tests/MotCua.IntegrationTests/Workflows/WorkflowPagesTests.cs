using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.DemoData;
using MotCua.Modules.Workflows.ManageProcesses;
using MotCua.Modules.Workflows.Rules;
using MotCua.Testing;
using static MotCua.IntegrationTests.Workflows.WorkflowArrange;

namespace MotCua.IntegrationTests.Workflows;

public sealed class WorkflowPagesTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task Every_demo_procedure_in_force_has_an_approved_process_at_each_performing_agency_that_keeps_the_rules()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var procedures = scope.ServiceProvider.GetRequiredService<PublishedProcedures>();
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarProvider>();
        var catalog = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
        var checkedCount = 0;
        foreach (var agency in await db.Agencies.Where(a => a.IsActive).ToListAsync())
        {
            foreach (var procedure in await procedures.ListInForceForAgencyAsync(agency.Id, default))
            {
                var process = await catalog.FindInForceAsync(procedure.VersionId, agency.Id, default);
                process.ShouldNotBeNull($"{procedure.Code} at {agency.Code}");
                process.DecisionNumber.ShouldNotBeNullOrWhiteSpace();
                var references = await ProcessReferences.LoadAsync(db, procedures, calendars, procedure.VersionId, agency.Id, default);
                ProcessRules.Check(process.Steps, references!.Context).ShouldBeEmpty($"{procedure.Code} at {agency.Code}");
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Demo_data_has_an_inter_agency_hand_over_with_a_process_at_the_receiving_agency_and_a_parallel_consultation()
    {
        var commune = await AgencyIdAsync(factory, DemoProvince.CommuneAnBinh);
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var interAgency = await ProcedureAsync(factory, WorkflowSeeder.InterAgencyCode);

        var communeProcess = await InForceAsync(factory, interAgency.VersionId, commune);
        communeProcess!.Steps.ShouldContain(s => s.HandOverAgencyIds.Contains(homeAffairs));
        (await InForceAsync(factory, interAgency.VersionId, homeAffairs)).ShouldNotBeNull();

        var consulting = await ProcedureAsync(factory, WorkflowSeeder.ConsultationCode);
        var process = await InForceAsync(factory, consulting.VersionId, homeAffairs);
        process!.Steps[0].Consultations.Count.ShouldBe(2);
        process.Steps[0].Transitions.ShouldContain(t => t.Action == WorkflowAction.Consult);
    }

    [Theory]
    [InlineData("/workflows")]
    [InlineData("/workflows/00000000-0000-0000-0000-000000000001")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var client = await factory.ClientAsync(null);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Theory]
    [InlineData("congdan")]
    [InlineData("chuyenvien")]
    [InlineData("giamdoc")]
    [InlineData("motcua")]
    public async Task Accounts_other_than_control_officers_and_administrators_are_denied(string user)
    {
        var client = await factory.ClientAsync(user);

        var response = await client.GetAsync("/workflows");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/denied", Case.Insensitive);
    }

    [Theory]
    [InlineData("kiemsoat")]
    [InlineData("quantri")]
    public async Task The_provincial_control_officer_and_the_administrator_see_any_agency_and_its_diagram(string user)
    {
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var consulting = await ProcedureAsync(factory, WorkflowSeeder.ConsultationCode);
        var process = await InForceAsync(factory, consulting.VersionId, homeAffairs);
        var client = await factory.ClientAsync(user);

        var list = await client.GetStringAsync($"/workflows?agency={homeAffairs}");
        var details = await client.GetStringAsync($"/workflows/{process!.Id}");

        list.ShouldContain(WorkflowSeeder.ConsultationCode);
        list.ShouldContain("Phiên bản 1");
        details.ShouldContain("Sơ đồ quy trình");
        details.ShouldContain("Xin ý kiến song song");
        details.ShouldContain("Phòng Người có công");
        details.ShouldContain("Đang áp dụng");
    }

    [Fact]
    public async Task The_inter_agency_diagram_names_the_receiving_agency()
    {
        var commune = await AgencyIdAsync(factory, DemoProvince.WardHoaLac);
        var procedure = await ProcedureAsync(factory, WorkflowSeeder.InterAgencyCode);
        var process = await InForceAsync(factory, procedure.VersionId, commune);
        var client = await factory.ClientAsync("kiemsoat");

        var html = await client.GetStringAsync($"/workflows/{process!.Id}");

        html.ShouldContain("Liên thông: chuyển lần lượt các cơ quan");
        html.ShouldContain("Sở Nội vụ");
    }

    [Fact]
    public async Task A_control_officer_of_an_agency_works_only_on_that_agency()
    {
        var justice = await AgencyIdAsync(factory, DemoProvince.Justice);
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var other = await ProcedureAsync(factory, "2.000635");
        var foreign = await InForceAsync(factory, other.VersionId, justice);
        var client = await AgencyControlOfficerAsync(factory, DemoProvince.HomeAffairs);

        var list = await client.GetStringAsync("/workflows");
        list.ShouldContain(WorkflowSeeder.ConsultationCode);
        list.ShouldNotContain("Sở Tư pháp");

        (await client.GetAsync($"/workflows?agency={justice}")).Headers.Location!.ToString().ShouldContain("/account/denied", Case.Insensitive);
        (await client.GetAsync($"/workflows/{foreign!.Id}")).Headers.Location!.ToString().ShouldContain("/account/denied", Case.Insensitive);
        using var create = await client.SubmitFormAsync(
            $"/workflows?agency={homeAffairs}",
            [new("procedureVersionId", other.VersionId.ToString()), new("agencyId", justice.ToString())],
            "/workflows?handler=Create");
        create.Headers.Location!.ToString().ShouldContain("/account/denied", Case.Insensitive);
    }

    [Fact]
    public async Task Approving_a_new_version_supersedes_the_old_one_which_stays_readable_for_its_dossiers()
    {
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var procedure = await ProcedureAsync(factory, "1.009811");
        var first = await InForceAsync(factory, procedure.VersionId, homeAffairs);
        var client = await factory.ClientAsync("kiemsoat");

        var draftId = await StartDraftAsync(client, procedure.VersionId, homeAffairs);
        var draft = await DefinitionAsync(factory, draftId);
        draft!.Version.ShouldBe(2);
        draft.Status.ShouldBe(ProcessStatus.Draft);
        draft.Steps.Select(s => s.Name).ShouldBe(first!.Steps.Select(s => s.Name));
        draft.Steps.Select(s => s.Id).ShouldNotContain(first.Steps[0].Id);

        var renamed = draft.Steps.Select(s => s.Order == 1 ? s with { Name = "Chuyên viên thẩm định, kiểm tra thực tế" } : s).ToList();
        using (var save = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(renamed, draft.Revision)))
        {
            save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var approve = await client.SubmitFormAsync(
            $"/workflows/{draftId}/approve",
            [new("DecisionNumber", "3001/QĐ-UBND"), new("DecisionDate", "2026-11-20"), new("Revision", "1")]))
        {
            approve.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var inForce = await InForceAsync(factory, procedure.VersionId, homeAffairs);
        inForce!.Id.ShouldBe(draftId);
        inForce.Version.ShouldBe(2);
        inForce.DecisionNumber.ShouldBe("3001/QĐ-UBND");
        inForce.DecisionDate.ShouldBe(new DateOnly(2026, 11, 20));
        inForce.Steps[0].Name.ShouldBe("Chuyên viên thẩm định, kiểm tra thực tế");
        (await DefinitionAsync(factory, first.Id))!.Status.ShouldBe(ProcessStatus.Superseded);

        await using var scope = factory.CreateDbScope(out _);
        var pinned = await scope.ServiceProvider.GetRequiredService<WorkflowCatalog>().GetAsync(first.Id, default);
        pinned.ShouldBe(first, new InternalProcessComparer());
        (await scope.ServiceProvider.GetRequiredService<WorkflowCatalog>().GetAsync(Guid.NewGuid(), default)).ShouldBeNull();

        var html = await client.GetStringAsync($"/workflows/{first.Id}");
        html.ShouldContain("Đã được thay thế");
        html.ShouldNotContain($"/workflows/{first.Id}/edit");
        var edit = await client.GetAsync($"/workflows/{first.Id}/edit");
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edit.Headers.Location!.ToString().ShouldBe($"/workflows/{first.Id}");
    }

    [Fact]
    public async Task Allotments_over_the_legal_time_are_refused_with_a_message_and_nothing_is_saved()
    {
        var (draftId, draft, client) = await DraftAsync("1.001973");
        var tooLong = draft.Steps.Select(s => s.Order == 1 ? s with { AllotmentAmount = 10, AllotmentUnit = DeadlineUnit.WorkingDays } : s).ToList();

        using var response = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(tooLong, draft.Revision));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Chưa lưu");
        html.ShouldContain("vượt thời hạn giải quyết 24 giờ làm việc");
        (await DefinitionAsync(factory, draftId))!.StepsJson.ShouldBe(draft.StepsJson);
    }

    [Fact]
    public async Task Orphan_steps_and_unreadable_numbers_are_refused_without_a_server_error()
    {
        var (draftId, draft, client) = await DraftAsync("1.001966");
        var orphan = draft.Steps.Append(DefaultTemplate.Step(Guid.NewGuid(), 4, "Bước thừa", null, "AgencyLeader", 1, DeadlineUnit.WorkingHours, [new(WorkflowAction.IssueResult, null)])).ToList();
        var fields = Fields(orphan, draft.Revision);

        using (var response = await client.SubmitFormAsync($"/workflows/{draftId}/edit", fields))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Bước 4: không có đường nào từ bước 1 tới bước này.");
        }

        using (var response = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(draft.Steps, draft.Revision).With("Input.Steps[0].AllotmentAmount", "ba ngày")))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Chưa lưu");
        }

        using (var response = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(draft.Steps, draft.Revision).With("Input.Steps[0].Role", "Citizen").With("Input.Steps[1].UnitId", Guid.NewGuid().ToString())))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            html.ShouldContain("Bước 1: vai trò xử lý phải là vai trò của cán bộ, công chức.");
            html.ShouldContain("Bước 2: đơn vị chủ trì không thuộc cơ quan này.");
        }

        (await DefinitionAsync(factory, draftId))!.StepsJson.ShouldBe(draft.StepsJson);
        (await client.GetAsync($"/workflows/{Guid.NewGuid()}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_clear_message()
    {
        var (draftId, draft, client) = await DraftAsync("2.000178");
        using (var first = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(draft.Steps, draft.Revision)))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var renamed = draft.Steps.Select(s => s with { Name = s.Name + " (sửa)" }).ToList();
        using var stale = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(renamed, draft.Revision));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác thay đổi");
        (await DefinitionAsync(factory, draftId))!.Steps.ShouldNotContain(s => s.Name.EndsWith("(sửa)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "2026-11-20", "Cần nhập số quyết định")]
    [InlineData("12/QĐ-UBND", "", "Cần nhập ngày quyết định")]
    [InlineData("12/QĐ-UBND", "2099-01-01", "không được sau ngày hôm nay")]
    public async Task Approval_needs_a_decision_number_and_a_past_date(string number, string date, string message)
    {
        var (draftId, draft, client) = await DraftAsync("2.000205");

        using var response = await client.SubmitFormAsync(
            $"/workflows/{draftId}/approve", [new("DecisionNumber", number), new("DecisionDate", date), new("Revision", draft.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await DefinitionAsync(factory, draftId))!.Status.ShouldBe(ProcessStatus.Draft);
    }

    [Fact]
    public async Task Steps_are_added_and_removed_by_posting_the_form_without_saving()
    {
        var (draftId, draft, client) = await DraftAsync("1.000459");

        using var added = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(draft.Steps, draft.Revision), $"/workflows/{draftId}/edit?handler=AddStep");
        var html = await added.Content.ReadAsStringAsync();

        html.ShouldContain("Input.Steps[3].Name");
        using var removed = await client.SubmitFormAsync($"/workflows/{draftId}/edit", Fields(draft.Steps, draft.Revision).With("index", "2"), $"/workflows/{draftId}/edit?handler=RemoveStep");
        (await removed.Content.ReadAsStringAsync()).ShouldNotContain("Input.Steps[2].Name");
        (await DefinitionAsync(factory, draftId))!.StepsJson.ShouldBe(draft.StepsJson);
    }

    private async Task<(Guid Id, ProcessDefinition Draft, HttpClient Client)> DraftAsync(string code)
    {
        var homeAffairs = await AgencyIdAsync(factory, DemoProvince.HomeAffairs);
        var procedure = await ProcedureAsync(factory, code);
        var client = await factory.ClientAsync("kiemsoat");
        var id = await StartDraftAsync(client, procedure.VersionId, homeAffairs);
        return (id, (await DefinitionAsync(factory, id))!, client);
    }

    private sealed class InternalProcessComparer : IEqualityComparer<InternalProcess>
    {
        public bool Equals(InternalProcess? x, InternalProcess? y) =>
            x is not null && y is not null && x with { Steps = [] } == y with { Steps = [] }
            && System.Text.Json.JsonSerializer.Serialize(x.Steps) == System.Text.Json.JsonSerializer.Serialize(y.Steps);

        public int GetHashCode(InternalProcess obj) => obj.Id.GetHashCode();
    }
}
