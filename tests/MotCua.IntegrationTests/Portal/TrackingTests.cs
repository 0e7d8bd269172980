using System.Net;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Portal;

/// <summary>The public tracking page (/tra-cuu): the code alone, then the last 4 digits for the steps.</summary>
public sealed class TrackingTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public TrackingTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Tracking_by_code_shows_status_and_appointment_and_with_the_last_four_digits_the_steps_and_initials_only()
    {
        var dossier = await _factory.AcceptedAtTheDeskAsync();
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
}
