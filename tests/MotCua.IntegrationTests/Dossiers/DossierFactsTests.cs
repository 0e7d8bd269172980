using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>What Dossiers tells other modules about a dossier they only know by its code (ADR-035, ADR-046).</summary>
[Collection(SharedHosts.Citizens)]
public sealed class DossierFactsTests(MotCuaFactory factory)
{
    [Fact]
    public async Task A_received_dossiers_code_gives_its_id_and_receiving_agency_also_typed_in_lower_case()
    {
        var dossier = await factory.AcceptedAtTheDeskAsync();

        (await FindAsync(dossier.Code!)).ShouldBe((dossier.Id, dossier.AgencyId));
        (await FindAsync("  " + dossier.Code!.ToLowerInvariant() + " ")).ShouldBe((dossier.Id, dossier.AgencyId));
    }

    [Theory]
    [InlineData("H99.10-991231-9999")]
    [InlineData("không phải mã hồ sơ")]
    [InlineData("H99.10-261399-0001")]
    [InlineData("")]
    public async Task An_unknown_or_malformed_code_finds_nothing(string code) =>
        (await FindAsync(code)).ShouldBeNull();

    private async Task<(Guid DossierId, Guid AgencyId)?> FindAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierFacts>().FindByCodeAsync(code, CancellationToken.None);
    }
}
