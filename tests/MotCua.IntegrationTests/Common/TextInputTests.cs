using System.Net;
using System.Text.Json;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common;

/// <summary>
/// Text that no field may hold: PostgreSQL refuses the NUL character in text, so it is refused for every query string,
/// form and JSON body before it reaches a page, an endpoint or the database — alike on both databases.
/// </summary>
[Collection(SharedHosts.DemoData)]
public sealed class TextInputTests
{
    private const string NulMessage = "không được chứa ký tự NUL";

    private readonly MotCuaFactory _factory;

    public TextInputTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_NUL_character_in_an_API_query_string_is_a_validation_problem_naming_the_parameter()
    {
        var response = await _factory.CreateClient().GetAsync("/api/v1/procedures?q=h%E1%BB%99%00t%E1%BB%8Bch");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty("q")[0].GetString()!.ShouldContain(NulMessage);
    }

    [Fact]
    public async Task A_NUL_character_in_a_page_form_is_refused_with_a_Vietnamese_message()
    {
        var client = await _factory.ClientAsync(null);

        var response = await client.SubmitFormAsync("/account/login", [new("Input.UserName", "motcua\0"), new("Input.Password", "x")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(NulMessage);
    }

    [Fact]
    public async Task A_NUL_character_in_a_page_query_string_is_refused_with_a_Vietnamese_message()
    {
        var response = await _factory.CreateClient().GetAsync("/procedures?q=%00");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(NulMessage);
    }
}
