using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.IntegrationTests.Catalog;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// A procedure that no agency has an approved internal process for is neither received at the counter nor applied for
/// online. The tests share one host: each supersedes the procedure's processes (again) and is refused, changing nothing.
/// </summary>
public sealed class NoProcessIntakeTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>, IAsyncLifetime
{
    private PublishedProcedure _procedure = null!;

    public async Task InitializeAsync()
    {
        await using var scope = factory.CreateDbScope(out var db);
        _procedure = (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(LicenceCode, CancellationToken.None))!;
        foreach (var process in await db.InternalProcesses.Where(p => p.ProcedureVersionId == _procedure.VersionId).ToListAsync())
        {
            db.Entry(process).Property(p => p.Status).CurrentValue = ProcessStatus.Superseded;
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_counter_is_told_what_is_missing_and_no_dossier_is_recorded()
    {
        var desk = await factory.ClientAsync("motcua");
        const string url = "/dossiers/receive?procedure=" + LicenceCode;

        var response = await CatalogAdminArrange.PostFormAsync(desk, url, url, DeskIntakeTests.Form(_procedure, allProvided: true).Append(new("Decision", "Accept")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain($"Thủ tục {LicenceCode} chưa có quy trình nội bộ được phê duyệt");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Dossiers.CountAsync(d => d.ProcedureVersionId == _procedure.VersionId)).ShouldBe(0);
    }

    [Fact]
    public async Task An_integrated_system_gets_a_validation_problem_naming_what_is_missing_and_no_dossier_is_recorded()
    {
        var api = factory.ApiKeyClient(await factory.CreateApiKeyAsync(DemoProvince.ServiceCentre));
        var submission = new
        {
            procedureCode = LicenceCode,
            applicant = new { kind = "Individual", name = "Lê Văn An", identityNumber = "001095012345", address = "Số 9 Tràng Thi", phone = "0987654321" },
            components = _procedure.Components.Select(c => new { position = c.Position, provided = true, digitised = false }),
            channel = "Online",
            returnMethod = "Online",
            setCount = 1,
        };

        var response = await api.PostAsJsonAsync("/api/v1/dossiers", submission);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty("procedureCode").EnumerateArray().Select(e => e.GetString()).ShouldBe([DeskIntake.NoProcessMessage(_procedure)]);
        await using var scope = factory.CreateDbScope(out var db);
        (await db.Dossiers.CountAsync(d => d.ProcedureVersionId == _procedure.VersionId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_citizen_cannot_start_an_application_for_it()
    {
        var citizen = await factory.ClientAsync("congdan");

        var response = await citizen.SubmitFormAsync("/dich-vu-cong/" + LicenceCode, []);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("chưa có quy trình nội bộ được phê duyệt");
        await using var scope = factory.CreateDbScope(out var db);
        (await db.OnlineApplications.CountAsync(a => a.ProcedureVersionId == _procedure.VersionId)).ShouldBe(0);
    }
}
