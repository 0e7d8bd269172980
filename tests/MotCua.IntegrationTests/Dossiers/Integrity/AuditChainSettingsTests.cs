using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Integrity;

public sealed class AuditChainSettingsTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_an_audit_chain_key_and_names_the_setting()
    {
        await using var factory = new MotCuaFactory();
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var refused = Should.Throw<OptionsValidationException>(() => production.CreateClient());

        refused.Message.ShouldContain("AuditChain:CurrentKeyId");
    }
}
