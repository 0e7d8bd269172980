using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Workflows.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;
using MotCua.IntegrationTests.Portal;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// The 15:00 cut-off at receipt (ADR-032), on Monday 07/12/2026 at 15:30: the procedure's own rule first, then the
/// agency-wide setting (default: the counter and the post); the receipt and the dossier page quote the rule used.
/// Each test uses its own procedure, as the rules set here stay on the shared host.
/// </summary>
public sealed class CutOffScopeTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    private const string CriminalRecordCode = "2.000635";
    private const string ConfiguredSource = "Quy chế tổ chức và hoạt động của Bộ phận Một cửa của tỉnh";

    [Fact]
    public async Task A_counter_dossier_received_after_15_00_starts_the_next_working_day_and_its_receipt_quotes_the_configured_source()
    {
        AfterCutOff();
        var desk = await factory.ClientAsync("motcua");
        WebUtility.HtmlDecode(await desk.GetStringAsync("/dossiers/receive?procedure=" + CriminalRecordCode))
            .ShouldContain($"Hồ sơ nộp trực tiếp, qua bưu chính công ích tiếp nhận sau 15:00 được tính từ ngày làm việc tiếp theo (theo {ConfiguredSource}).");

        var id = await factory.ReceiveAsync(desk, CriminalRecordCode);

        var explanation = (await factory.LoadAsync(id)).Dossier.DueExplanation;
        explanation.ShouldNotBeNull();
        explanation.ShouldStartWith($"Tiếp nhận lúc 15:30 ngày 07/12/2026, sau 15:00 nên tính từ ngày làm việc tiếp theo (theo {ConfiguredSource}); bắt đầu tính thời hạn từ 07:00 ngày 08/12/2026.");
        explanation.ShouldNotContain("Điều 18");
        var receipt = PdfText.Flat(await PdfText.ReadAsync(await desk.GetByteArrayAsync($"/dossiers/{id}/forms/receipt")));
        receipt.ShouldContain($"(theo {ConfiguredSource})");
        WebUtility.HtmlDecode(await desk.GetStringAsync($"/dossiers/{id}")).ShouldContain(explanation);
    }

    [Fact]
    public async Task An_online_dossier_accepted_after_15_00_starts_at_once_under_the_default_setting()
    {
        var id = await SubmitAndAcceptOnlineAsync(GraveVisitCode);

        (await factory.LoadAsync(id)).Dossier.DueExplanation.ShouldStartWith("Tiếp nhận lúc 15:30 ngày 07/12/2026; bắt đầu tính thời hạn từ 15:30 ngày 07/12/2026.");
    }

    [Fact]
    public async Task A_procedure_whose_own_rule_includes_online_moves_an_online_dossier_after_15_00_and_quotes_its_own_basis()
    {
        await SetOwnRuleAsync(OnlineArrange.LicenceCode, SubmissionChannels.Online, "Nghị định 23/2015/NĐ-CP");

        var id = await SubmitAndAcceptOnlineAsync(OnlineArrange.LicenceCode);

        (await factory.LoadAsync(id)).Dossier.DueExplanation.ShouldStartWith(
            "Tiếp nhận lúc 15:30 ngày 07/12/2026, sau 15:00 nên tính từ ngày làm việc tiếp theo (theo Nghị định 23/2015/NĐ-CP); bắt đầu tính thời hạn từ 07:00 ngày 08/12/2026.");
        var receipt = PdfText.Flat(await PdfText.ReadAsync(await (await factory.ClientAsync("motcua")).GetByteArrayAsync($"/dossiers/{id}/forms/receipt")));
        receipt.ShouldContain("(theo Nghị định 23/2015/NĐ-CP)");
        receipt.ShouldNotContain(ConfiguredSource);
    }

    [Fact]
    public async Task A_procedure_whose_own_rule_names_no_channel_starts_a_counter_dossier_after_15_00_at_once()
    {
        await SetOwnRuleAsync(WorkflowSeeder.ConsultationCode, SubmissionChannels.None, null);
        AfterCutOff();
        var desk = await factory.ClientAsync("motcua");
        WebUtility.HtmlDecode(await desk.GetStringAsync("/dossiers/receive?procedure=" + WorkflowSeeder.ConsultationCode))
            .ShouldContain("Thời hạn tính từ lúc tiếp nhận, kể cả hồ sơ tiếp nhận sau 15:00.");

        var id = await factory.ReceiveAsync(desk, WorkflowSeeder.ConsultationCode);

        (await factory.LoadAsync(id)).Dossier.DueExplanation.ShouldStartWith("Tiếp nhận lúc 15:30 ngày 07/12/2026; bắt đầu tính thời hạn từ 15:30 ngày 07/12/2026.");
    }

    /// <summary>Monday 07/12/2026, 15:30 in Vietnam: after the default cut-off, before closing.</summary>
    private void AfterCutOff() => factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 15, 30, 0, VietnamTime.Offset));

    /// <summary>A citizen submits <paramref name="code"/> online and the service centre's desk accepts it after the cut-off; the dossier's id.</summary>
    private async Task<Guid> SubmitAndAcceptOnlineAsync(string code)
    {
        AfterCutOff();
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn An", $"an.{Guid.NewGuid():N}@example.vn");
        var id = code == GraveVisitCode ? await SubmitGraveVisitAsync(citizen) : await SubmitLicenceAsync(citizen);
        var components = code == GraveVisitCode ? 2 : 3;
        var accepted = await (await factory.ClientAsync("motcua")).SubmitFormAsync($"/dossiers/receive?dossier={id}", DeskForm(components, "Accept"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Publishes the procedure's own cut-off rule on its version in force, as the catalogue would carry it.</summary>
    private async Task SetOwnRuleAsync(string code, SubmissionChannels channels, string? source)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var version = await db.ProcedureVersions.SingleAsync(v => v.Procedure!.Code == code && v.Status == VersionStatus.Published);
        db.Entry(version).Property(v => v.CutOffChannels).CurrentValue = channels;
        db.Entry(version).Property(v => v.CutOffSource).CurrentValue = source;
        await db.SaveChangesAsync();
    }
}
