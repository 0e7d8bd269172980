using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Portal.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Portal;

/// <summary>The rating kiosk (/danh-gia): once per returned dossier, proved by its code and four digits, every value checked.</summary>
public sealed class RatingTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    [Fact]
    public async Task A_returned_dossier_is_rated_once_with_its_code_and_the_last_digits_of_the_applicant_s_phone()
    {
        var id = await factory.ReturnedAsync();
        var code = (await factory.LoadAsync(id)).Dossier.Code!;
        var kiosk = await factory.ClientAsync(null);

        var first = await RateAsync(kiosk, code, "5678", comment: "Cán bộ hướng dẫn rõ ràng.");
        var second = await RateAsync(kiosk, code, "1234");

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await kiosk.GetStringAsync(first.Headers.Location!.OriginalString)).ShouldContain("Cảm ơn ông/bà đã đánh giá.");
        (await second.Content.ReadAsStringAsync()).ShouldContain("Hồ sơ này đã được đánh giá.");
        var rating = (await RatingsAsync(id)).ShouldHaveSingleItem();
        (rating.TimeScore, rating.ContactsScore, rating.AgenciesScore, rating.AttitudeScore, rating.Satisfied).ShouldBe((2, 1, 1, 2, true));
        rating.Channel.ShouldBe(RatingChannel.Kiosk);
        rating.Comment.ShouldBe("Cán bộ hướng dẫn rõ ràng.");
        (await kiosk.GetStringAsync("/tra-cuu?ma=" + code)).ShouldContain("href=\"/danh-gia\"");
        var shown = await (await factory.ClientAsync("motcua")).GetStringAsync($"/dossiers/{id}");
        shown.ShouldContain("Đánh giá của người nộp hồ sơ");
        shown.ShouldContain("Ngắn hơn thời gian cho phép (2 điểm)");
        shown.ShouldContain("Giải quyết trước hạn và không có phản ánh (2 điểm)");
        shown.ShouldContain("Cán bộ hướng dẫn rõ ràng.");
    }

    [Fact]
    public async Task Wrong_digits_and_an_unknown_code_get_the_same_message_and_a_dossier_not_returned_cannot_be_rated()
    {
        var returned = (await factory.LoadAsync(await factory.ReturnedAsync())).Dossier.Code!;
        var open = (await factory.LoadAsync(await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode))).Dossier;
        var kiosk = await factory.ClientAsync(null);

        var wrongDigits = await (await RateAsync(kiosk, returned, "0000")).Content.ReadAsStringAsync();
        var unknown = await (await RateAsync(kiosk, "H99.01.01-200101-9999", "5678")).Content.ReadAsStringAsync();
        var notReturned = await (await RateAsync(kiosk, open.Code!, "5678")).Content.ReadAsStringAsync();

        wrongDigits.ShouldContain("Không tìm thấy hồ sơ có mã và 4 số cuối đã nhập.");
        unknown.ShouldContain("Không tìm thấy hồ sơ có mã và 4 số cuối đã nhập.");
        notReturned.ShouldContain("Hồ sơ chưa được trả kết quả nên chưa thể đánh giá.");
        (await RatingsAsync(open.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_complaint_about_conduct_scores_indicator_7_at_zero_whatever_the_time()
    {
        var id = await factory.ReturnedAsync();
        var kiosk = await factory.ClientAsync(null);

        (await RateAsync(kiosk, (await factory.LoadAsync(id)).Dossier.Code!, "5678", complaint: "true")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rating = (await RatingsAsync(id)).ShouldHaveSingleItem();
        rating.ConductComplaint.ShouldBeTrue();
        rating.AttitudeScore.ShouldBe(0);
        (await (await factory.ClientAsync("motcua")).GetStringAsync($"/dossiers/{id}")).ShouldContain("Có phản ánh về thái độ, hành vi của cán bộ (0 điểm)");
    }

    [Theory]
    [InlineData("code", "not-a-code", "Mã hồ sơ không hợp lệ")]
    [InlineData("digits", "12a4", "Nhập đúng 4 chữ số cuối")]
    [InlineData("time", "3", "Chọn một mức cho từng tiêu chí.")]
    [InlineData("complaint", "", "Chọn một mức cho từng tiêu chí.")]
    [InlineData("satisfied", "", "Chọn hài lòng hoặc không hài lòng.")]
    [InlineData("satisfied", "maybe", "Chọn hài lòng hoặc không hài lòng.")]
    [InlineData("comment", "long", "Ý kiến khác tối đa 1000 ký tự.")]
    public async Task Bad_values_get_a_clear_message_and_nothing_is_stored(string field, string value, string message)
    {
        var id = await factory.ReturnedAsync();
        var code = (await factory.LoadAsync(id)).Dossier.Code!;
        var kiosk = await factory.ClientAsync(null);

        var response = await RateAsync(
            kiosk,
            field == "code" ? value : code,
            field == "digits" ? value : "5678",
            time: field == "time" ? value : "2",
            complaint: field == "complaint" ? value : "false",
            satisfied: field == "satisfied" ? value : "true",
            comment: field == "comment" ? new string('x', 1001) : null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await RatingsAsync(id)).ShouldBeEmpty();
    }

    private static Task<HttpResponseMessage> RateAsync(
        HttpClient kiosk, string code, string lastFour, string time = "2", string complaint = "false", string satisfied = "true", string? comment = null) =>
        kiosk.SubmitFormAsync("/danh-gia",
        [
            new("Input.Code", code), new("Input.LastFour", lastFour), new("Input.Time", time), new("Input.Contacts", "1"),
            new("Input.Agencies", "1"), new("Input.Complaint", complaint), new("Input.Satisfied", satisfied), new("Input.Comment", comment ?? ""),
        ]);

    private async Task<List<DossierRating>> RatingsAsync(Guid dossierId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().DossierRatings.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync();
    }
}

/// <summary>The rating kiosk's request limit per client address.</summary>
public sealed class RatingKioskLimitTests
{
    [Fact]
    public async Task A_device_that_keeps_trying_is_slowed_down_with_a_clear_message()
    {
        await using var factory = new LimitedFactory();
        var kiosk = await factory.ClientAsync(null);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await kiosk.GetAsync("/danh-gia")).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await (await kiosk.GetAsync("/danh-gia")).Content.ReadAsStringAsync()).ShouldBe("Quá nhiều yêu cầu từ thiết bị này. Vui lòng thử lại sau ít phút.");
        (await kiosk.GetAsync("/tra-cuu")).StatusCode.ShouldBe(HttpStatusCode.OK, "other pages are not limited");
    }

    private sealed class LimitedFactory : MotCuaFactory
    {
        protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Dossiers:RatingRequestsPer10Minutes"] = "3" };
    }
}
