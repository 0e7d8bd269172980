using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Integrity;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>
/// A verification that found a problem is shown to every system administrator in the application (ADR-027) until a later
/// full verification holds. The class has its own database, since only a clean one lets a full verification hold.
/// </summary>
public sealed class IntegrityAlertTests : IClassFixture<MotCuaFactory>
{
    private const string Banner = "Cảnh báo toàn vẹn dữ liệu:";

    private readonly MotCuaFactory _factory;

    public IntegrityAlertTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_failed_verification_is_shown_to_system_administrators_until_a_full_verification_holds()
    {
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(_factory);
        var admin = await _factory.ClientAsync("quantri");
        (await admin.GetStringAsync("/admin")).ShouldNotContain(Banner);
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, dossier.DueAt!.Value.AddDays(10)));
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<IntegrityCheckJob>(scope.ServiceProvider).RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var run = await db.IntegrityRuns.SingleAsync();
            (run.Source, run.Full, run.Holds, run.DossiersBroken).ShouldBe((IntegrityRunSource.Job, true, false, 1));
            run.DossiersChecked.ShouldBe(await db.Dossiers.CountAsync());
        }

        var home = await admin.GetStringAsync("/admin");
        home.ShouldContain(Banner);
        home.ShouldContain("kiểm tra tự động hằng ngày");
        home.ShouldContain("href=\"/admin/integrity#canh-bao\"");
        (await (await _factory.ClientAsync("motcua")).GetStringAsync("/worklist")).ShouldNotContain(Banner, customMessage: "only system administrators are alerted");
        var details = await admin.GetStringAsync("/admin/integrity");
        details.ShouldContain("Cảnh báo đang mở");
        details.ShouldContain(dossier.Code!);
        details.ShouldContain("Dữ liệu hồ sơ bị sửa ngoài ứng dụng");

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, dossier.DueAt));
        }

        (await admin.GetStringAsync($"/admin/integrity?kiemTra=true&ma={dossier.Code}")).ShouldContain(Banner, customMessage: "a range that holds does not end the alert");
        (await admin.GetStringAsync("/admin/integrity?kiemTra=true")).ShouldNotContain(Banner);
        (await admin.GetStringAsync("/admin")).ShouldNotContain(Banner);
    }
}
