using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Integrity;

/// <summary>
/// The application on its own database and a stopped clock (Monday 07/12/2026 08:00, UTC+7), exporting its anchors to
/// a folder of its own, as a deployment keeps them outside the database.
/// </summary>
public sealed class AnchorFactory : MotCuaFactory
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("motcua-anchors-");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["AuditChain:AnchorExportFolder"] = Folder.FullName };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Folder.Delete(recursive: true);
    }
}
