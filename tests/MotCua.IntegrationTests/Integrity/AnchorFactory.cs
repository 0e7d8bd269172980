using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>
/// The application on its own database and a stopped clock (Monday 07/12/2026 08:00, UTC+7), exporting its anchors to
/// a folder of its own, as a deployment keeps them outside the database.
/// </summary>
public sealed class AnchorFactory() : MotCuaFactory(new FakeTimeProvider(ClockedFactory.Start))
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("motcua-anchors-");

    public FakeTimeProvider Clock => StoppedClock!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["AuditChain:AnchorExportFolder"] = Folder.FullName };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Folder.Delete(recursive: true);
    }
}
