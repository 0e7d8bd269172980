using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The public tracking page and the tamper check of the dossier history.</summary>
public sealed class TrackingAndHistoryTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public TrackingAndHistoryTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Tracking_by_code_shows_status_and_appointment_and_with_the_last_four_digits_the_steps_and_initials_only()
    {
        var dossier = await AcceptedDossierAsync();
        var anonymous = await _factory.ClientAsync(null);

        var html = await anonymous.GetStringAsync("/tra-cuu?ma=" + Uri.EscapeDataString(dossier.Code!.ToLowerInvariant()));
        var verified = await (await anonymous.SubmitFormAsync("/tra-cuu?ma=" + dossier.Code, [new("ma", dossier.Code!), new("so", "5678")], "/tra-cuu")).Content.ReadAsStringAsync();
        var wrong = await (await anonymous.SubmitFormAsync("/tra-cuu?ma=" + dossier.Code, [new("ma", dossier.Code!), new("so", "0000")], "/tra-cuu")).Content.ReadAsStringAsync();

        html.ShouldContain(dossier.Code!);
        html.ShouldContain("Được tiếp nhận");
        html.ShouldNotContain("N.T.H.N.", customMessage: "the code alone shows no one's initials");
        verified.ShouldContain("N.T.H.N.");
        verified.ShouldContain("Được tiếp nhận");
        wrong.ShouldContain("Không tìm thấy hồ sơ với mã và 4 chữ số đã nhập");
        wrong.ShouldNotContain("N.T.H.N.");
        foreach (var page in new[] { html, verified, wrong })
        {
            page.ShouldNotContain("Nguyễn Thị Hồng Nhung");
            page.ShouldNotContain("037092001234");
            page.ShouldNotContain("0912345678");
        }
    }

    [Theory]
    [InlineData("H99-2611-0001", "không đúng định dạng")]
    [InlineData("<script>alert(1)</script>", "không đúng định dạng")]
    [InlineData("H99.01.01-261399-0001", "không đúng định dạng")]
    [InlineData("H99.01.01-261123-9999", "Không tìm thấy hồ sơ")]
    public async Task A_malformed_or_unknown_code_gets_a_clear_message(string code, string message)
    {
        var response = await _factory.CreateClient().GetAsync("/tra-cuu?ma=" + Uri.EscapeDataString(code));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldNotContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task Changing_a_history_entry_in_the_database_is_detected_on_the_dossier_page()
    {
        var dossier = await AcceptedDossierAsync();
        var officer = await _factory.ClientAsync("motcua");
        (await officer.GetStringAsync($"/dossiers/{dossier.Id}")).ShouldContain("Lịch sử hồ sơ toàn vẹn");

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var first = await db.DossierEvents.SingleAsync(e => e.DossierId == dossier.Id && e.Sequence == 1);
            db.Entry(first).Property(e => e.ActorName).CurrentValue = "người khác";
            await db.SaveChangesAsync();
        }

        (await officer.GetStringAsync($"/dossiers/{dossier.Id}")).ShouldContain("lịch sử hồ sơ đã bị thay đổi từ mục thứ 1");
    }

    [Fact]
    public async Task Staff_of_another_agency_cannot_open_the_dossier()
    {
        var dossier = await AcceptedDossierAsync();
        var otherAgency = await _factory.ClientAsync("chuyenvien");

        (await otherAgency.GetAsync($"/dossiers/{dossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_agency_list_finds_a_dossier_by_code_and_rejects_an_impossible_date_range()
    {
        var dossier = await AcceptedDossierAsync();
        var officer = await _factory.ClientAsync("motcua");

        var found = await officer.GetStringAsync("/dossiers?q=" + Uri.EscapeDataString(dossier.Code!) + "&status=Received");
        var badRange = await officer.GetStringAsync("/dossiers?from=2026-12-01&to=2026-11-01");

        found.ShouldContain(dossier.Code!);
        found.ShouldContain("Tổng số: 1 hồ sơ");
        badRange.ShouldContain("Khoảng ngày không hợp lệ");
    }

    [Fact]
    public async Task The_agency_list_finds_a_dossier_by_the_applicant_s_name_typed_without_diacritics()
    {
        var dossier = await AcceptedDossierAsync();
        var officer = await _factory.ClientAsync("motcua");

        var found = await officer.GetStringAsync("/dossiers?q=NGUYEN%20THI%20HONG%20NHUNG&sort=due");
        var other = await officer.GetStringAsync("/dossiers?q=nguyen%20thi%20hong%20nhungx");

        found.ShouldContain(dossier.Code!);
        other.ShouldNotContain(dossier.Code!);
    }

    [Fact]
    public async Task The_receipt_of_an_accepted_dossier_prints_as_a_pdf_with_its_code_applicant_appointment_and_qr_address()
    {
        var dossier = await AcceptedDossierAsync();
        var officer = await _factory.ClientAsync("motcua");

        var response = await officer.GetAsync($"/dossiers/{dossier.Id}/forms/receipt");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync());
        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        text.ShouldContain(dossier.Code!);
        text.ShouldContain("Nguyễn Thị Hồng Nhung");
        text.ShouldContain("Đăng ký kết hôn");
        var due = MotCua.Common.Time.VietnamTime.ToLocal(new DateTimeOffset(dossier.DueAt!.Value));
        text.ShouldContain(due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        (await officer.GetAsync($"/dossiers/{dossier.Id}/forms/refusal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await _factory.ClientAsync("chuyenvien")).GetAsync($"/dossiers/{dossier.Id}/forms/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<Dossier> AcceptedDossierAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        var db = services.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        return await services.GetRequiredService<DeskIntake>().DecideAsync(
            DeskIntakeTests.Input(procedure), procedure, DeskDecision.Accept, agencyId, new Actor(null, "Trần Thị Bình", "127.0.0.1"), null, CancellationToken.None);
    }
}
