using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>The standard forms printed from a dossier: the ledger numbers on Mẫu 01, Mẫu 02 and 03 during processing, file names.</summary>
public sealed class DossierFormTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task The_receipt_carries_the_book_of_the_year_and_its_number_there_which_does_not_restart_each_day()
    {
        var desk = await factory.ClientAsync("motcua");
        var id = await factory.ReceiveAsync(desk, LicenceCode);
        var dossier = (await factory.LoadAsync(id)).Dossier;
        var date = dossier.CodeDate!.Value;
        int expected;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            // Forty dossiers on the day before (when it is in the same year): the receipt's number counts them.
            var before = date.AddDays(-1);
            if (before.Year == date.Year && !await db.DossierCodeCounters.AnyAsync(c => c.AgencyId == dossier.AgencyId && c.Date == before))
            {
                db.DossierCodeCounters.Add(new DossierCodeCounter { AgencyId = dossier.AgencyId, Date = before, LastSequence = 40 });
                await db.SaveChangesAsync();
            }

            var first = new DateOnly(date.Year, 1, 1);
            expected = await db.DossierCodeCounters.Where(c => c.AgencyId == dossier.AgencyId && c.Date >= first && c.Date < date).SumAsync(c => c.LastSequence)
                + dossier.CodeSequence!.Value;
        }

        var response = await desk.GetAsync($"/dossiers/{id}/forms/receipt");
        var receipt = PdfText.Flat(await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync()));
        var control = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/control")));

        if (date.DayOfYear > 1)
        {
            expected.ShouldBeGreaterThan(40);
        }

        receipt.ShouldContain($"Số: {expected}/TNHS");
        receipt.ShouldContain($"Vào Sổ theo dõi hồ sơ, Quyển số: 01/{date.Year} Số thứ tự: {expected}");
        control.ShouldContain($"Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: {expected})");
        FileName(response).ShouldBe($"{dossier.Code}-mau-01.pdf");
    }

    [Fact]
    public async Task A_refusal_after_appraisal_is_headed_by_the_deciding_agency_and_names_the_leader_who_signed_it()
    {
        var desk = await factory.ClientAsync("motcua");
        var id = await factory.ReceiveAsync(desk, LicenceCode);
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), id, "ProposeRefusal", (await factory.OpenStepAsync(id)).Id, ("Comment", "Doanh nghiệp chưa ký quỹ theo quy định."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), id, "Approve", (await factory.OpenStepAsync(id)).Id);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), id, "IssueResult", (await factory.OpenStepAsync(id)).Id);

        var note = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/refusal")));

        note.ShouldContain("SỞ NỘI VỤ", Case.Sensitive);
        note.ShouldNotContain("TRUNG TÂM PHỤC VỤ", Case.Sensitive);
        note.ShouldContain("Trung tâm Phục vụ hành chính công tỉnh Sông Hồng tiếp nhận hồ sơ của:");
        note.ShouldContain("THỦ TRƯỞNG CƠ QUAN", Case.Sensitive);
        note.ShouldContain("Hoàng Văn Em");
    }

    [Fact]
    public async Task A_supplement_during_processing_needs_a_reason_for_each_item_and_mau_02_prints_both()
    {
        var desk = await factory.ClientAsync("motcua");
        var specialist = await factory.ClientAsync("chuyenvien");
        var id = await factory.ReceiveAsync(desk, LicenceCode);
        var step = await factory.OpenStepAsync(id);

        var missing = await factory.ActAsync(specialist, id, "RequestSupplement", step.Id,
            fields: [("Comment", "Bản sao giấy chứng nhận đăng ký doanh nghiệp — bản đã nộp không có chứng thực\nGiấy xác nhận ký quỹ")]);
        Message(await missing.Content.ReadAsStringAsync()).ShouldContain("Dòng 2: ghi nội dung cần bổ sung, hoàn thiện và lý do");
        (await factory.LoadAsync(id)).Dossier.Status.ShouldBe(DossierStatus.Processing);

        await factory.DoAsync(specialist, id, "RequestSupplement", step.Id,
            ("Comment", "Bản sao giấy chứng nhận đăng ký doanh nghiệp — bản đã nộp không có chứng thực\nXác nhận của Phòng Lao động – Việc làm - chưa có chữ ký"));
        var response = await desk.GetAsync($"/dossiers/{id}/forms/supplement");
        var request = PdfText.Flat(await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync()));

        request.ShouldContain("1. Bản sao giấy chứng nhận đăng ký doanh nghiệp Lý do: bản đã nộp không có chứng thực");
        request.ShouldContain("2. Xác nhận của Phòng Lao động – Việc làm Lý do: chưa có chữ ký");
        FileName(response).ShouldBe($"{(await factory.LoadAsync(id)).Dossier.Code}-mau-02.pdf");
    }

    [Fact]
    public async Task The_first_day_of_the_tt_03_2025_forms_is_a_setting()
    {
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Dossiers:Forms:RegimeBFrom", "2026-01-01"));

        configured.Services.GetRequiredService<FormRegimes>().RegimeBFrom.ShouldBe(new DateOnly(2026, 1, 1));
        factory.Services.GetRequiredService<FormRegimes>().RegimeBFrom.ShouldBe(FormRegimes.DefaultSwitchDate);
    }

    private static string FileName(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var disposition = response.Content.Headers.ContentDisposition!;
        return disposition.FileNameStar ?? disposition.FileName!.Trim('"');
    }
}
