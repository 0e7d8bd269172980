using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Fees;
using MotCua.Modules.Fees.Gateway;
using MotCua.Testing;
using static MotCua.IntegrationTests.Portal.OnlineArrange;

namespace MotCua.IntegrationTests.Fees;

public sealed class PaymentTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_citizen_pays_the_fee_through_the_simulated_gateway_and_downloads_the_receipt()
    {
        var citizen = await factory.RegisterCitizenAsync("Lê Thị Giấy", $"giay.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitLicenceAsync(citizen);
        var page = await citizen.GetStringAsync($"/ho-so-cua-toi/{id}");
        page.ShouldContain("1.500.000 đồng");
        page.ShouldContain("chưa thanh toán");
        var requestId = await RequestIdAsync(id);

        var toGateway = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay");
        var gatewayUrl = toGateway.Headers.Location!.OriginalString;
        gatewayUrl.ShouldStartWith("/cong-thanh-toan-mo-phong/MC");
        (await citizen.GetStringAsync(gatewayUrl)).ShouldContain("MÔ PHỎNG");
        var back = await citizen.SubmitFormAsync(gatewayUrl, [new("outcome", "00")]);
        var returnUrl = back.Headers.Location!.OriginalString;

        returnUrl.ShouldStartWith($"/ho-so-cua-toi/{id}?order=MC");
        var after = await citizen.GetStringAsync(returnUrl);
        after.ShouldContain("Thanh toán thành công");
        int number;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            number = (await db.PaymentRequests.SingleAsync(p => p.Id == requestId)).ReceiptNumber!.Value;
        }

        after.ShouldContain($"Biên lai số {number:D7}");
        var receipt = await citizen.GetAsync($"/ho-so-cua-toi/{id}/bien-lai/{requestId}");
        receipt.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        receipt.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var text = PdfText.Flat(await PdfText.ReadAsync(await receipt.Content.ReadAsByteArrayAsync()));
        text.ShouldContain("BIÊN LAI THU PHÍ, LỆ PHÍ");
        text.ShouldContain("1.500.000 đồng");
        text.ShouldContain($"{number:D7}");
        text.ShouldContain("Lê Thị Giấy");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var request = await db.PaymentRequests.SingleAsync(p => p.Id == requestId);
            request.Status.ShouldBe(PaymentStatus.Paid);
            request.PaidVia.ShouldBe(PaymentMethod.Online);
            (await db.DossierEvents.AnyAsync(e => e.DossierId == id && e.Action == DossierAction.Paid)).ShouldBeTrue();
        }

        var stranger = await factory.RegisterCitizenAsync("Người Khác", $"khac.{Guid.NewGuid():N}@example.vn");
        (await stranger.GetAsync($"/ho-so-cua-toi/{id}/bien-lai/{requestId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forged_replayed_altered_and_stale_callbacks_change_nothing_and_get_clear_codes()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Thử Cổng", $"cong.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitLicenceAsync(citizen);
        var requestId = await RequestIdAsync(id);
        var toGateway = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay");
        var order = toGateway.Headers.Location!.OriginalString["/cong-thanh-toan-mo-phong/".Length..];
        var gateway = factory.Services.GetRequiredService<SimulatedPaymentGateway>();
        var anyone = factory.CreateClient();
        var now = factory.Clock.GetUtcNow();

        var forged = gateway.Signed(order, 1_500_000, "00", "FAKE1", now);
        forged["signature"] = new string('a', 64);
        var wrongAmount = gateway.Signed(order, 1_000, "00", "FAKE2", now);
        var stale = gateway.Signed(order, 1_500_000, "00", "FAKE3", now.AddDays(-2));
        var altered = gateway.Signed(order, 1_500_000, "24", "FAKE4", now);
        altered["status"] = "00";

        (await CallbackAsync(anyone, forged)).ShouldBe((HttpStatusCode.BadRequest, "97"));
        (await CallbackAsync(anyone, wrongAmount)).ShouldBe((HttpStatusCode.BadRequest, "04"));
        (await CallbackAsync(anyone, stale)).ShouldBe((HttpStatusCode.BadRequest, "97"));
        (await CallbackAsync(anyone, altered)).ShouldBe((HttpStatusCode.BadRequest, "97"));
        (await CallbackAsync(anyone, gateway.Signed("MC-NO-SUCH-ORDER", 1_500_000, "00", "X", now))).ShouldBe((HttpStatusCode.NotFound, "01"));
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.PaymentRequests.SingleAsync(p => p.Id == requestId)).Status.ShouldBe(PaymentStatus.Pending);
            (await db.PaymentTransactions.SingleAsync(t => t.OrderRef == order)).Status.ShouldBe(TransactionStatus.Pending);
        }

        var genuine = gateway.Signed(order, 1_500_000, "00", "SIMOK", now);
        (await CallbackAsync(anyone, genuine)).ShouldBe((HttpStatusCode.OK, "00"));
        (await CallbackAsync(anyone, genuine)).ShouldBe((HttpStatusCode.OK, "02"), "a repeated callback is confirmed again and changes nothing");
        var lateFailure = gateway.Signed(order, 1_500_000, "51", "SIMLATE", now);
        (await CallbackAsync(anyone, lateFailure)).ShouldBe((HttpStatusCode.OK, "02"));

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var request = await db.PaymentRequests.SingleAsync(p => p.Id == requestId);
            request.Status.ShouldBe(PaymentStatus.Paid);
            var transaction = await db.PaymentTransactions.SingleAsync(t => t.OrderRef == order);
            transaction.Status.ShouldBe(TransactionStatus.Succeeded);
            transaction.GatewayTransactionId.ShouldBe("SIMOK");
            transaction.CallbackCount.ShouldBe(3);
            (await db.DossierEvents.SingleAsync(e => e.DossierId == id && e.Action == DossierAction.Paid)).ActorName
                .ShouldBe("Cổng thanh toán mô phỏng (không chuyển tiền thật)", "the history names the gateway for people, never by its configuration key");
        }
    }

    [Fact]
    public async Task A_refused_payment_leaves_the_fee_due_and_an_abandoned_one_expires_at_reconciliation()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Hết Tiền", $"het.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitLicenceAsync(citizen);
        var requestId = await RequestIdAsync(id);

        var first = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay");
        var refused = await citizen.SubmitFormAsync(first.Headers.Location!.OriginalString, [new("outcome", "51")]);
        (await citizen.GetStringAsync(refused.Headers.Location!.OriginalString)).ShouldContain("Thanh toán không thành công: Giao dịch bị từ chối");
        var second = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay");
        var abandoned = second.Headers.Location!.OriginalString["/cong-thanh-toan-mo-phong/".Length..];

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await using var scope = factory.CreateDbScope(out var db);
        var closed = await scope.ServiceProvider.GetRequiredService<DossierPayments>().ReconcileAsync(CancellationToken.None);

        closed.ShouldBeGreaterThanOrEqualTo(1);
        (await db.PaymentTransactions.AsNoTracking().SingleAsync(t => t.OrderRef == abandoned)).Status.ShouldBe(TransactionStatus.Expired);
        (await db.PaymentRequests.AsNoTracking().SingleAsync(p => p.Id == requestId)).Status.ShouldBe(PaymentStatus.Pending);
        var desk = await factory.ClientAsync("motcua");
        var report = await desk.GetStringAsync("/payments/reconciliation?ngay=" + MotCua.Common.Time.VietnamTime.LocalDate(factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd"));
        report.ShouldContain(abandoned);
        report.ShouldContain("hết thời gian chờ");
    }

    [Fact]
    public async Task A_refused_order_never_reads_paid_on_the_reconciliation_even_once_the_fee_is_paid_at_the_desk()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Trả Sau", $"sau.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitLicenceAsync(citizen);
        var requestId = await RequestIdAsync(id);
        var order = (await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay")).Headers.Location!.OriginalString;
        (await citizen.SubmitFormAsync(order, [new("outcome", "51")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = factory.CreateDbScope(out _))
        {
            await scope.ServiceProvider.GetRequiredService<DossierPayments>().PayAtDeskAsync(requestId, new Actor(null, "Cán bộ một cửa", null), CancellationToken.None);
        }

        var desk = await factory.ClientAsync("motcua");
        var report = await desk.GetStringAsync("/payments/reconciliation?ngay=" + MotCua.Common.Time.VietnamTime.LocalDate(factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd"));

        var row = Row(report, order["/cong-thanh-toan-mo-phong/".Length..]);
        row.ShouldContain("không thành công");
        row.ShouldContain("<td>đã thanh toán bằng giao dịch khác hoặc tại quầy</td>");
        row.ShouldNotContain("<td>đã thanh toán</td>");
    }

    [Fact]
    public async Task A_required_fee_asked_at_a_step_blocks_the_return_until_the_desk_collects_it()
    {
        var id = await factory.DoneAsync();
        var desk = await factory.ClientAsync("motcua");
        var asked = await desk.SubmitFormAsync($"/dossiers/{id}/payments", [new("amount", "1.500.000"), new("description", "Lệ phí cấp giấy phép")], $"/dossiers/{id}/payments?handler=Request");
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var blocked = await factory.ActAsync(desk, id, "Return", null, null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        (await blocked.Content.ReadAsStringAsync()).ShouldContain("phí, lệ phí bắt buộc chưa thanh toán");
        var requestId = await RequestIdAsync(id);
        (await desk.SubmitFormAsync($"/dossiers/{id}/payments", [new("request", requestId.ToString())], $"/dossiers/{id}/payments?handler=Collect")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await factory.DoAsync(desk, id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));

        await using var scope = factory.CreateDbScope(out var db);
        (await db.Dossiers.SingleAsync(d => d.Id == id)).Status.ShouldBe(MotCua.Modules.Dossiers.DossierStatus.Returned);
        var request = await db.PaymentRequests.SingleAsync(p => p.Id == requestId);
        request.PaidVia.ShouldBe(PaymentMethod.AtDesk);
        (await desk.GetAsync($"/dossiers/{id}/payments/{requestId}/receipt")).Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public async Task The_desk_cancels_a_wrong_fee_which_then_no_longer_blocks_the_return_and_the_citizen_is_told()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Được Miễn", $"mien.{Guid.NewGuid():N}@example.vn");
        var id = await SubmitLicenceAsync(citizen);
        var requestId = await RequestIdAsync(id);
        var desk = await factory.ClientAsync("motcua");

        var noReason = await desk.SubmitFormAsync($"/dossiers/{id}/payments", [new("request", requestId.ToString()), new("reason", "")], $"/dossiers/{id}/payments?handler=Cancel");
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Vui lòng ghi lý do hủy");
        var cancelled = await desk.SubmitFormAsync(
            $"/dossiers/{id}/payments", [new("request", requestId.ToString()), new("reason", "Doanh nghiệp thuộc diện miễn lệ phí")], $"/dossiers/{id}/payments?handler=Cancel");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stranger = await factory.ClientAsync("chuyenvien");
        (await stranger.GetAsync($"/dossiers/{id}/payments")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another agency's staff do not see a dossier it has no part in");

        await using var scope = factory.CreateDbScope(out var db);
        (await db.PaymentRequests.SingleAsync(p => p.Id == requestId)).Status.ShouldBe(PaymentStatus.Cancelled);
        (await scope.ServiceProvider.GetRequiredService<DossierPayments>().HasUnpaidRequiredAsync(id, CancellationToken.None)).ShouldBeFalse();
        (await citizen.GetStringAsync("/thong-bao")).ShouldContain("hủy yêu cầu nộp phí, lệ phí");
        (await citizen.GetStringAsync($"/ho-so-cua-toi/{id}")).ShouldNotContain("Thanh toán trực tuyến</button>");
    }

    [Fact]
    public async Task Callbacks_settled_at_the_same_moment_each_get_their_own_receipt_number()
    {
        var citizen = await factory.RegisterCitizenAsync("Người Trả Nhiều", $"nhieu.{Guid.NewGuid():N}@example.vn");
        var gateway = factory.Services.GetRequiredService<SimulatedPaymentGateway>();
        var callbacks = new List<Dictionary<string, string>>();
        var requests = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var id = await SubmitLicenceAsync(citizen);
            var requestId = await RequestIdAsync(id);
            var toGateway = await citizen.SubmitFormAsync($"/ho-so-cua-toi/{id}", [new("request", requestId.ToString())], $"/ho-so-cua-toi/{id}?handler=Pay");
            var order = toGateway.Headers.Location!.OriginalString["/cong-thanh-toan-mo-phong/".Length..];
            callbacks.Add(gateway.Signed(order, 1_500_000, "00", "SIMPAR" + i, factory.Clock.GetUtcNow()));
            requests.Add(requestId);
        }

        var answers = await Task.WhenAll(callbacks.Select(c => CallbackAsync(factory.CreateClient(), c)));

        answers.ShouldAllBe(a => a.Item2 == "00");
        await using var scope = factory.CreateDbScope(out var db);
        var numbers = await db.PaymentRequests.Where(p => requests.Contains(p.Id)).Select(p => p.ReceiptNumber).ToListAsync();
        numbers.ShouldAllBe(n => n != null);
        numbers.Distinct().Count().ShouldBe(8);
    }

    [Theory]
    [InlineData(3_000, 10)]
    [InlineData(10, 5_000_000)]
    public async Task A_callback_form_over_the_size_limits_is_refused_as_a_bad_request(int nameLength, int valueLength)
    {
        var fields = new Dictionary<string, string> { [new string('k', nameLength)] = new string('v', valueLength) };

        var response = await factory.CreateClient().PostAsync("/api/v1/payments/callback", new FormUrlEncodedContent(fields));

        ((int)response.StatusCode).ShouldBeOneOf(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    /// <summary>The table row of the page that holds <paramref name="text"/>.</summary>
    private static string Row(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"{text} is not on the page");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }

    private async Task<Guid> RequestIdAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.PaymentRequests.Where(p => p.DossierId == dossierId).Select(p => p.Id).SingleAsync();
    }

    private static async Task<(HttpStatusCode, string)> CallbackAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostAsync("/api/v1/payments/callback", new FormUrlEncodedContent(fields));
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("code").GetString()!);
    }
}
