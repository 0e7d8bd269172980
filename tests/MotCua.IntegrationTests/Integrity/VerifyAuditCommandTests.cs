using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Hosting;
using MotCua.Common.Time;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary><c>verify-audit</c> runs the verification from the command line (ADR-027) and says by its exit code whether the range holds.</summary>
[Collection(SharedHosts.Citizens)]
public sealed class VerifyAuditCommandTests
{
    private readonly MotCuaFactory _factory;

    public VerifyAuditCommandTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task A_range_that_holds_exits_0_and_a_changed_dossier_exits_1_naming_its_code()
    {
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(_factory);
        var day = VietnamTime.LocalDate(dossier.SubmittedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] range = ["--code", dossier.Code!.ToLowerInvariant(), "--agency", DemoProvince.ServiceCentre, "--from", day, "--to", day];

        var (holds, clean) = await RunAsync(range);
        holds.ShouldBe(0, clean);
        clean.ShouldContain(dossier.Code);

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ResultSummary, "Cấp phép"));
        }

        var (broken, report) = await RunAsync(range);
        broken.ShouldBe(1, report);
        report.Split('\n').ShouldContain(line => line.StartsWith("- " + dossier.Code, StringComparison.Ordinal));
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            (await db.IntegrityRuns.Where(r => r.Source == IntegrityRunSource.Command && r.Code == dossier.Code).Select(r => r.Holds).ToListAsync()).ShouldBe(new[] { true, false }, ignoreOrder: true);
        }
    }

    [Theory]
    [InlineData("--from", "2026-13-01")]
    [InlineData("--agency", "KHONG.CO")]
    [InlineData("--ma", "X")]
    [InlineData("--code")]
    public async Task Wrong_options_are_refused_with_exit_code_2(params string[] args)
    {
        var (code, output) = await RunAsync(args);

        code.ShouldBe(AppCommands.Refused, output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var command = _factory.Services.GetServices<IAppCommand>().Single(c => c.Name == "verify-audit");
        await using var scope = _factory.Services.CreateAsyncScope();
        using var output = new StringWriter();
        var exitCode = await command.RunAsync(scope.ServiceProvider, args, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
