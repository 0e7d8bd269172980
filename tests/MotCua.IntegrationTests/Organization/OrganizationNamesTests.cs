using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Organization;

/// <summary>Agency and unit names kept in a node's memory for task labels (ADR-018): at once on the node that saves, within a minute elsewhere.</summary>
public sealed class OrganizationNamesTests
{
    [Fact]
    public async Task A_renamed_unit_names_the_next_step_at_once_on_this_node_and_after_the_expiry_on_another()
    {
        await using var factory = new ClockedFactory();
        await using var second = factory.WithWebHostBuilder(_ => { });
        var desk = await factory.ClientAsync("motcua");
        (await factory.OpenStepAsync(await factory.ReceiveAsync(desk, LicenceCode))).HolderName.ShouldStartWith("Phòng Lao động – Việc làm");

        await RenameAsync(factory.Services, "Phòng Lao động, Việc làm và Bảo hiểm xã hội");
        (await factory.OpenStepAsync(await factory.ReceiveAsync(desk, LicenceCode))).HolderName.ShouldStartWith("Phòng Lao động, Việc làm và Bảo hiểm xã hội");

        await RenameAsync(second.Services, "Phòng Việc làm");
        (await factory.OpenStepAsync(await factory.ReceiveAsync(desk, LicenceCode))).HolderName.ShouldStartWith("Phòng Lao động, Việc làm và Bảo hiểm xã hội");
        factory.Clock.Advance(OrganizationNames.Expiry);
        (await factory.OpenStepAsync(await factory.ReceiveAsync(desk, LicenceCode))).HolderName.ShouldStartWith("Phòng Việc làm");
    }

    private static async Task RenameAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Code == "LDVL" && u.Agency!.Code == DemoProvince.HomeAffairs);
        unit.Name = name;
        await db.SaveChangesAsync();
    }
}
