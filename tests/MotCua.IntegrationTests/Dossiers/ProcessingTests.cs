using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Fees;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// Processing after receipt through the dossier page, on the demo province: the steps of the internal process, who may
/// act, consultations, supplements, extensions, the result and its return, stop, stale and refused commands.
/// </summary>
public sealed class ProcessingTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public ProcessingTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_dossier_received_at_the_centre_goes_through_the_departments_three_steps_and_is_returned()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var unitLeader = await _factory.ClientAsync("truongphong");
        var director = await _factory.ClientAsync("giamdoc");

        var id = await _factory.ReceiveAsync(desk, LicenceCode);

        var (received, tasks) = await _factory.LoadAsync(id);
        received.Status.ShouldBe(DossierStatus.Processing);
        var first = tasks.ShouldHaveSingleItem();
        first.HolderName.ShouldBe("Phòng Lao động – Việc làm – Sở Nội vụ tỉnh Sông Hồng");
        first.Role.ShouldBe(Roles.Specialist);
        (await specialist.GetStringAsync("/worklist")).ShouldContain(received.Code!);
        (await desk.GetStringAsync("/dossiers?q=" + received.Code)).ShouldContain("Thẩm định hồ sơ · Phòng Lao động – Việc làm – Sở Nội vụ tỉnh Sông Hồng");

        await _factory.DoAsync(specialist, id, "Take", first.Id);
        await _factory.DoAsync(specialist, id, "Forward", first.Id, ("Comment", "Hồ sơ đủ điều kiện."));
        var review = await _factory.OpenStepAsync(id);
        review.Role.ShouldBe(Roles.UnitLeader);
        await _factory.DoAsync(unitLeader, id, "Approve", review.Id);
        var sign = await _factory.OpenStepAsync(id);
        sign.Role.ShouldBe(Roles.AgencyLeader);
        await _factory.DoAsync(director, id, "IssueResult", sign.Id,
            ("ResultNumber", "125/GP-SNV"), ("ResultDate", _factory.HostToday().ToString("yyyy-MM-dd")), ("Comment", "Cấp giấy phép hoạt động dịch vụ việc làm."));

        var (done, log) = await _factory.LoadAsync(id);
        done.Status.ShouldBe(DossierStatus.Done);
        done.Outcome.ShouldBe(DossierOutcome.Granted);
        done.ResultNumber.ShouldBe("125/GP-SNV");
        log.Count.ShouldBe(3);
        log.ShouldAllBe(t => !t.IsOpen);
        log.Select(t => t.Outcome).ShouldBe(["Forward", "Approve", "IssueResult"]);
        log[0].AssigneeName.ShouldBe("Lê Văn Cường");

        await _factory.DoAsync(desk, id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        var returned = (await _factory.LoadAsync(id)).Dossier;
        returned.Status.ShouldBe(DossierStatus.Returned);
        returned.FeeStatus.ShouldBe(FeeStatus.Paid);

        var page = await desk.GetStringAsync($"/dossiers/{id}");
        page.ShouldContain("Lịch sử hồ sơ toàn vẹn");
        page.ShouldContain("125/GP-SNV");
        var control = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/control")));
        control.ShouldContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        control.ShouldContain(returned.Code!);
        control.ShouldContain("Cơ quan giải quyết hồ sơ: Sở Nội vụ tỉnh Sông Hồng");
        control.ShouldContain("Người giao: Trần Thị");
        control.ShouldContain("Người nhận: Hoàng Văn");
        control.ShouldContain("Đúng hạn");
        var html = await desk.GetStringAsync($"/dossiers/{id}/forms/control/html");
        html.ShouldContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        html.ShouldContain(returned.Code!);
        var elsewhere = await _factory.OfficerAsync(DemoProvince.CommuneAnBinh, null, Roles.CounterOfficer);
        (await elsewhere.GetAsync($"/dossiers/{id}/forms/control/html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = _factory.CreateDbScope(out var db);
        var kinds = await db.OutboxMessages.Where(m => m.Reference == returned.Code).Select(m => m.Kind).ToListAsync();
        kinds.ShouldContain("DossierReceived");
        kinds.ShouldContain("DossierResultReady");
    }

    [Fact]
    public async Task Only_the_holder_of_the_step_may_act_and_a_refused_command_changes_nothing()
    {
        var desk = await _factory.ClientAsync("motcua");
        var unitLeader = await _factory.ClientAsync("truongphong");
        var otherUnit = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "NCC", Roles.Specialist);
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var first = await _factory.OpenStepAsync(id);
        var before = await _factory.LoadAsync(id);

        foreach (var (client, command) in new[] { (desk, "Forward"), (unitLeader, "Forward"), (otherUnit, "Forward"), (desk, "IssueResult") })
        {
            var response = await _factory.ActAsync(client, id, command, first.Id, fields: [("Comment", "x")]);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            Message(await response.Content.ReadAsStringAsync()).ShouldContain("không thể thực hiện thao tác này");
        }

        var after = await _factory.LoadAsync(id);
        after.Dossier.Revision.ShouldBe(before.Dossier.Revision);
        after.Tasks.Count.ShouldBe(1);
        after.Tasks[0].IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task A_unit_leader_hands_a_step_to_a_named_officer_of_the_unit_who_alone_then_holds_it()
    {
        var desk = await _factory.ClientAsync("motcua");
        var unitLeader = await _factory.ClientAsync("truongphong");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var chosenName = await _factory.CreateOfficerAsync(DemoProvince.HomeAffairs, "LDVL", Roles.Specialist, "Nguyễn Thị Tám");
        var chosen = await _factory.ClientAsync(chosenName);
        var outsiderName = await _factory.CreateOfficerAsync(DemoProvince.HomeAffairs, "NCC", Roles.Specialist, "Phan Văn Chín");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var step = await _factory.OpenStepAsync(id);
        Guid chosenId, outsiderId;
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            chosenId = await db.Users.Where(u => u.UserName == chosenName).Select(u => u.Id).SingleAsync();
            outsiderId = await db.Users.Where(u => u.UserName == outsiderName).Select(u => u.Id).SingleAsync();
        }

        (await unitLeader.GetStringAsync($"/dossiers/{id}")).ShouldContain("Nguyễn Thị Tám");
        var wrongUnit = await _factory.ActAsync(unitLeader, id, "Assign", step.Id, fields: [("AssigneeId", outsiderId.ToString())]);
        Message(await wrongUnit.Content.ReadAsStringAsync()).ShouldContain("phải thuộc đơn vị và có vai trò của bước xử lý");
        var notLeader = await _factory.ActAsync(specialist, id, "Assign", step.Id, fields: [("AssigneeId", chosenId.ToString())]);
        Message(await notLeader.Content.ReadAsStringAsync()).ShouldContain("không thể thực hiện thao tác này");

        await _factory.DoAsync(unitLeader, id, "Assign", step.Id, ("AssigneeId", chosenId.ToString()));

        (await _factory.OpenStepAsync(id)).AssigneeName.ShouldBe("Nguyễn Thị Tám");
        var code = (await _factory.LoadAsync(id)).Dossier.Code!;
        (await chosen.GetStringAsync("/worklist")).ShouldContain(code);
        (await specialist.GetStringAsync("/worklist")).ShouldNotContain(code);
        Message(await (await _factory.ActAsync(specialist, id, "Forward", step.Id)).Content.ReadAsStringAsync()).ShouldContain("không thể thực hiện thao tác này");
        await _factory.DoAsync(chosen, id, "Forward", step.Id);
    }

    [Fact]
    public async Task Of_two_officers_acting_on_the_same_state_one_wins_and_the_other_is_told_to_reload()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var colleague = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "LDVL", Roles.Specialist, "Nguyễn Văn Bảy");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var first = await _factory.OpenStepAsync(id);
        var seen = (await _factory.LoadAsync(id)).Dossier.Revision;

        (await _factory.ActAsync(specialist, id, "Forward", first.Id, seen)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await _factory.ActAsync(colleague, id, "Take", first.Id, seen);

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        Message(await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác cập nhật");
        var tasks = (await _factory.LoadAsync(id)).Tasks;
        tasks.Count.ShouldBe(2);
        tasks[0].AssigneeId.ShouldBeNull();
    }

    [Fact]
    public async Task The_same_form_posted_twice_records_one_dossier_and_one_command()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var url = "/dossiers/receive?procedure=" + LicenceCode;
        var form = await desk.GetStringAsync(url);
        var key = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.IntakeKey\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        key.ShouldNotBeEmpty();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var procedure = (await scope.ServiceProvider.GetRequiredService<MotCua.Modules.Catalog.PublishedProcedures>().FindInForceAsync(LicenceCode, CancellationToken.None))!;
            var fields = DeskIntakeTests.Form(procedure, allProvided: true).Append(new("Decision", "Accept")).Append(new("Input.IntakeKey", key)).ToList();
            var first = await desk.SubmitFormAsync(url, fields);
            var second = await desk.SubmitFormAsync(url, fields);

            first.Headers.Location!.OriginalString.ShouldContain("done=Accept");
            second.Headers.Location!.OriginalString.ShouldContain("done=AlreadyRecorded");
            second.Headers.Location!.OriginalString.Split('?')[0].ShouldBe(first.Headers.Location!.OriginalString.Split('?')[0]);
        }

        await using var db = _factory.CreateDbScope(out var context);
        (await context.Dossiers.CountAsync(d => d.IntakeKey == Guid.Parse(key))).ShouldBe(1);

        var id = await context.Dossiers.Where(d => d.IntakeKey == Guid.Parse(key)).Select(d => d.Id).SingleAsync();
        var step = await _factory.OpenStepAsync(id);
        var seen = (await _factory.LoadAsync(id)).Dossier.Revision;
        (await _factory.ActAsync(specialist, id, "Forward", step.Id, seen)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await _factory.ActAsync(specialist, id, "Forward", step.Id, seen);
        Message(await again.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác cập nhật");
        (await _factory.LoadAsync(id)).Tasks.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_worklist_counts_each_view_as_many_tasks_as_the_view_lists()
    {
        var (social, _, _) = await ConsultedAndPlainAsync();

        foreach (var officer in new[] { social, await _factory.ClientAsync("chuyenvien"), await _factory.ClientAsync("truongphong"), await _factory.ClientAsync("giamdoc") })
        {
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            var counts = parser.ParseDocument(await officer.GetStringAsync("/worklist")).QuerySelectorAll("nav.tabs .count").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var listed = new List<int>();
            foreach (var view in Enum.GetValues<WorklistView>())
            {
                listed.Add(parser.ParseDocument(await officer.GetStringAsync($"/worklist?view={view}")).QuerySelectorAll("table.worklist tbody tr").Length);
            }

            counts.ShouldBe(listed);
            counts.Sum().ShouldBeGreaterThan(0);
            var byDue = parser.ParseDocument(await officer.GetStringAsync("/worklist?view=Unit")).QuerySelectorAll("table.worklist tbody tr a.code").Select(a => a.GetAttribute("href")).ToList();
            var byReceipt = parser.ParseDocument(await officer.GetStringAsync("/worklist?view=Unit&sort=received")).QuerySelectorAll("table.worklist tbody tr a.code").Select(a => a.GetAttribute("href")).ToList();
            byReceipt.Order().ShouldBe(byDue.Order(), "sorted by receipt, the view lists the same tasks");
        }
    }

    [Fact]
    public async Task Tasks_are_marked_actionable_by_the_same_rule_the_migration_applies_to_existing_rows()
    {
        var (_, consulted, plain) = await ConsultedAndPlainAsync();

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        var byEngine = await db.DossierTasks.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.IsActionable }).ToListAsync();
        await db.DossierTasks.ExecuteUpdateAsync(u => u.SetProperty(t => t.IsActionable, false));
        await db.Database.ExecuteSqlRawAsync(MotCua.Common.Data.Migrations.M0018_TaskActionable.MarkActionable);
        var bySql = await db.DossierTasks.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.IsActionable }).ToListAsync();

        bySql.ShouldBe(byEngine);
        var tasks = await db.DossierTasks.AsNoTracking().Where(t => t.DossierId == consulted || t.DossierId == plain).ToListAsync();
        tasks.Where(t => t.Kind == DossierTaskKind.Step && t.DossierId == consulted).ShouldAllBe(t => !t.IsActionable, "waiting for the consulted units");
        tasks.Where(t => t.Kind == DossierTaskKind.Consultation).ShouldAllBe(t => t.IsActionable);
        tasks.Single(t => t.DossierId == plain).IsActionable.ShouldBeTrue();
    }

    [Fact]
    public async Task A_consultation_holds_the_step_until_every_consulted_unit_has_replied()
    {
        var desk = await _factory.ClientAsync("motcua");
        var social = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "BTXH", Roles.Specialist);
        var merit = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "NCC", Roles.Specialist);
        var labour = await _factory.ClientAsync("chuyenvien");
        var id = await _factory.ReceiveAsync(desk, WorkflowSeeder.ConsultationCode);
        var step = await _factory.OpenStepAsync(id);

        await _factory.DoAsync(social, id, "Consult", step.Id, ("Comment", "Đề nghị cho ý kiến về đối tượng."));
        var consultations = (await _factory.LoadAsync(id)).Tasks.Where(t => t.ParentTaskId == step.Id).ToList();
        consultations.Count.ShouldBe(2);
        consultations.ShouldAllBe(t => t.Kind == DossierTaskKind.Consultation && t.IsOpen);
        (await social.GetStringAsync("/worklist?view=Waiting")).ShouldContain((await _factory.LoadAsync(id)).Dossier.Code!);

        var blocked = await _factory.ActAsync(social, id, "Forward", step.Id);
        Message(await blocked.Content.ReadAsStringAsync()).ShouldContain("không thể thực hiện thao tác này");

        var meritTask = consultations.Single(t => t.HolderName.StartsWith("Phòng Người có công", StringComparison.Ordinal));
        var labourTask = consultations.Single(t => t.HolderName.StartsWith("Phòng Lao động", StringComparison.Ordinal));
        (await _factory.ActAsync(merit, id, "Reply", labourTask.Id, fields: [("Comment", "Nhầm đơn vị")])).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _factory.DoAsync(merit, id, "Reply", meritTask.Id, ("Comment", "Phòng Người có công thống nhất."));
        (await _factory.ActAsync(social, id, "Forward", step.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _factory.DoAsync(labour, id, "Reply", labourTask.Id, ("Comment", "Phòng Lao động – Việc làm thống nhất."));

        await _factory.DoAsync(social, id, "Forward", step.Id);
        var tasks = (await _factory.LoadAsync(id)).Tasks;
        tasks.Where(t => t.Kind == DossierTaskKind.Consultation).Select(t => t.Comment).ShouldBe(["Phòng Người có công thống nhất.", "Phòng Lao động – Việc làm thống nhất."], ignoreOrder: true);
        tasks.Single(t => t.IsOpen).Role.ShouldBe(Roles.UnitLeader);
    }

    [Fact]
    public async Task A_supplement_during_processing_waits_for_the_applicant_and_restarts_the_clock_once_completed()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var first = await _factory.OpenStepAsync(id);
        var original = (await _factory.LoadAsync(id)).Dossier.DueAt!.Value;

        await _factory.DoAsync(specialist, id, "RequestSupplement", first.Id, ("Comment", "Bản sao giấy chứng nhận đăng ký doanh nghiệp — bản đã nộp không có chứng thực"));
        var waiting = (await _factory.LoadAsync(id)).Dossier;
        waiting.Status.ShouldBe(DossierStatus.SupplementRequested);
        var request = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/supplement")));
        request.ShouldContain(waiting.Code!);
        request.ShouldContain("Bản sao giấy chứng nhận đăng ký doanh nghiệp");

        await _factory.DoAsync(desk, id, "CompleteSupplement");
        var (resumed, tasks) = await _factory.LoadAsync(id);
        resumed.Status.ShouldBe(DossierStatus.Processing);
        resumed.OriginalDueAt.ShouldBe(original);
        var supplement = resumed.Supplements.ShouldHaveSingleItem();
        var calendar = await _factory.Services.GetRequiredService<CalendarProvider>().GetAsync(resumed.AgencyId);
        var restarted = calendar.ComputeDue(new DateTimeOffset(supplement.CompletedAt!.Value, TimeSpan.Zero), 7, DeadlineUnit.WorkingDays, resumed.CutOffTime).Due.UtcDateTime;
        resumed.DueAt.ShouldBe(restarted);
        var again = tasks.Single(t => t.IsOpen);
        again.StepId.ShouldBe(first.StepId);
        again.Sequence.ShouldBe(2);

        var second = await _factory.ActAsync(specialist, id, "RequestSupplement", again.Id, fields: [("Comment", "Giấy xác nhận ký quỹ — chưa nộp")]);
        Message(await second.Content.ReadAsStringAsync()).ShouldContain("chỉ được yêu cầu bổ sung, hoàn thiện một lần");
        (await _factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Processing);
    }

    [Fact]
    public async Task An_extension_is_drafted_by_the_unit_approved_by_a_leader_and_allowed_once()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var unitLeader = await _factory.ClientAsync("truongphong");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var dossier = (await _factory.LoadAsync(id)).Dossier;
        var calendar = await _factory.Services.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var newDate = calendar.NextWorkingDay(calendar.NextWorkingDay(VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero))).AddDays(1));

        var missingReason = await _factory.ActAsync(specialist, id, "RequestExtension", fields: [("NewDueDate", newDate.ToString("yyyy-MM-dd"))]);
        Message(await missingReason.Content.ReadAsStringAsync()).ShouldContain("Ghi rõ lý do chậm trả kết quả");

        await _factory.DoAsync(specialist, id, "RequestExtension", null, ("Comment", "Phải xác minh tại cơ sở."), ("NewDueDate", newDate.ToString("yyyy-MM-dd")));
        (await _factory.ActAsync(specialist, id, "ApproveExtension")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _factory.DoAsync(unitLeader, id, "ApproveExtension", null, ("Comment", "Đồng ý."));

        var extended = (await _factory.LoadAsync(id)).Dossier;
        extended.OriginalDueAt.ShouldBe(dossier.DueAt);
        VietnamTime.ToLocal(new DateTimeOffset(extended.DueAt!.Value, TimeSpan.Zero)).ShouldBe(newDate.ToDateTime(new TimeOnly(17, 0)));
        extended.Extensions.ShouldHaveSingleItem().Decision.ShouldBe(ExtensionDecision.Approved);
        var apology = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/apology")));
        apology.ShouldContain(extended.Code!);
        apology.ShouldContain("Phải xác minh tại cơ sở.");
        apology.ShouldContain(newDate.ToString("dd/MM/yyyy"));
        apology.ShouldContain(VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero)).ToString("dd/MM/yyyy"));

        var again = await _factory.ActAsync(specialist, id, "RequestExtension", fields: [("Comment", "Lần nữa."), ("NewDueDate", calendar.NextWorkingDay(newDate.AddDays(1)).ToString("yyyy-MM-dd"))]);
        Message(await again.Content.ReadAsStringAsync()).ShouldContain("chỉ được hẹn lại ngày trả kết quả một lần");
    }

    [Fact]
    public async Task A_result_waiting_at_the_desk_is_counted_in_the_counters_worklist_until_returned()
    {
        var id = await _factory.DoneAsync();
        var desk = await _factory.ClientAsync("motcua");
        var before = DeskCount(await desk.GetStringAsync("/worklist"), "Kết quả chờ trả cho người nộp: ");

        await _factory.DoAsync(desk, id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));

        before.ShouldBeGreaterThan(0);
        DeskCount(await desk.GetStringAsync("/worklist"), "Kết quả chờ trả cho người nộp: ").ShouldBe(before - 1);
    }

    [Fact]
    public async Task The_return_form_starts_from_what_was_paid()
    {
        var id = await _factory.DoneAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var payments = scope.ServiceProvider.GetRequiredService<DossierPayments>();
            var request = await payments.RequestAsync(id, 1_500_000, "Lệ phí cấp giấy phép", required: true, new Actor(null, "Thử", null), CancellationToken.None);
            await db.SaveChangesAsync();
            await payments.PayAtDeskAsync(request.Id, new Actor(null, "Thử", null), CancellationToken.None);
        }

        var page = await (await _factory.ClientAsync("motcua")).GetStringAsync($"/dossiers/{id}");

        page.ShouldContain("name=\"Form.Fees\" value=\"Paid\" checked=\"checked\"");
    }

    /// <summary>The number after <paramref name="label"/> on the worklist's desk card, 0 when the line is not shown.</summary>
    private static int DeskCount(string html, string label)
    {
        var start = System.Net.WebUtility.HtmlDecode(html).IndexOf(label, StringComparison.Ordinal);
        if (start < 0)
        {
            return 0;
        }

        var text = System.Net.WebUtility.HtmlDecode(html)[(start + label.Length)..];
        return int.Parse(new string([.. text.TakeWhile(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_result_cannot_be_issued_without_its_number_and_date()
    {
        var id = await _factory.ReceiveAsync(await _factory.ClientAsync("motcua"), LicenceCode);
        var specialist = await _factory.ClientAsync("chuyenvien");
        var first = await _factory.OpenStepAsync(id);
        await _factory.DoAsync(specialist, id, "Take", first.Id);
        await _factory.DoAsync(specialist, id, "Forward", first.Id, ("Comment", "Đủ điều kiện."));
        await _factory.DoAsync(await _factory.ClientAsync("truongphong"), id, "Approve", (await _factory.OpenStepAsync(id)).Id);
        var director = await _factory.ClientAsync("giamdoc");
        var sign = await _factory.OpenStepAsync(id);

        var noNumber = await _factory.ActAsync(director, id, "IssueResult", sign.Id, fields: [("ResultDate", "2026-12-01"), ("Comment", "Cấp giấy phép.")]);
        var noDate = await _factory.ActAsync(director, id, "IssueResult", sign.Id, fields: [("ResultNumber", "5/GP-SNV"), ("Comment", "Cấp giấy phép.")]);

        Message(await noNumber.Content.ReadAsStringAsync()).ShouldContain("Nhập số, ký hiệu và ngày ban hành của văn bản kết quả.");
        Message(await noDate.Content.ReadAsStringAsync()).ShouldContain("Nhập số, ký hiệu và ngày ban hành của văn bản kết quả.");
        (await _factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Processing);
    }

    [Fact]
    public async Task A_refusal_proposed_at_appraisal_is_signed_as_the_result_and_prints_the_refusal_note()
    {
        var desk = await _factory.ClientAsync("motcua");
        var specialist = await _factory.ClientAsync("chuyenvien");
        var unitLeader = await _factory.ClientAsync("truongphong");
        var director = await _factory.ClientAsync("giamdoc");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);

        var first = await _factory.OpenStepAsync(id);
        var noReason = await _factory.ActAsync(specialist, id, "ProposeRefusal", first.Id);
        Message(await noReason.Content.ReadAsStringAsync()).ShouldContain("Ghi rõ lý do đề xuất từ chối");
        await _factory.DoAsync(specialist, id, "ProposeRefusal", first.Id, ("Comment", "Doanh nghiệp chưa ký quỹ theo quy định."));
        await _factory.DoAsync(unitLeader, id, "Approve", (await _factory.OpenStepAsync(id)).Id);
        await _factory.DoAsync(director, id, "IssueResult", (await _factory.OpenStepAsync(id)).Id);

        var refused = (await _factory.LoadAsync(id)).Dossier;
        refused.Status.ShouldBe(DossierStatus.Done);
        refused.Outcome.ShouldBe(DossierOutcome.Refused);
        var note = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/refusal")));
        note.ShouldContain(refused.Code!);
        note.ShouldContain("Doanh nghiệp chưa ký quỹ theo quy định.");
        note.ShouldContain("TỪ CHỐI");
    }

    [Fact]
    public async Task A_dossier_stopped_at_the_applicants_request_closes_its_open_work_and_prints_the_notice()
    {
        var desk = await _factory.ClientAsync("motcua");
        var id = await _factory.ReceiveAsync(desk, LicenceCode);
        var today = _factory.HostToday();

        var future = await _factory.ActAsync(desk, id, "Stop", fields: [("Comment", "Theo đơn đề nghị."), ("RequestedOn", today.AddDays(3).ToString("yyyy-MM-dd"))]);
        Message(await future.Content.ReadAsStringAsync()).ShouldContain("không sau ngày hôm nay");

        await _factory.DoAsync(desk, id, "Stop", null, ("Comment", "Theo đơn đề nghị dừng của người nộp."), ("RequestedOn", today.ToString("yyyy-MM-dd")));

        var (stopped, tasks) = await _factory.LoadAsync(id);
        stopped.Status.ShouldBe(DossierStatus.Stopped);
        tasks.ShouldAllBe(t => !t.IsOpen && t.Outcome == "Stop");
        var notice = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/stop")));
        notice.ShouldContain("THÔNG BÁO");
        notice.ShouldContain(stopped.Code!);
        notice.ShouldContain("Theo đơn đề nghị dừng của người nộp.");
        (await _factory.ActAsync(desk, id, "Return", fields: [("ReturnVia", "Counter"), ("Fees", "Paid")])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Stopped);
    }

    /// <summary>A social-protection specialist, a dossier whose first step that specialist sent to two units for their opinion, and a licence dossier at its first step.</summary>
    private async Task<(HttpClient Social, Guid Consulted, Guid Plain)> ConsultedAndPlainAsync()
    {
        var desk = await _factory.ClientAsync("motcua");
        var social = await _factory.OfficerAsync(DemoProvince.HomeAffairs, "BTXH", Roles.Specialist);
        var consulted = await _factory.ReceiveAsync(desk, WorkflowSeeder.ConsultationCode);
        await _factory.DoAsync(social, consulted, "Consult", (await _factory.OpenStepAsync(consulted)).Id, ("Comment", "Đề nghị cho ý kiến."));
        return (social, consulted, await _factory.ReceiveAsync(desk, LicenceCode));
    }
}
