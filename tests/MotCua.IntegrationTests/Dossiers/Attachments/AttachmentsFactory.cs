using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Dossiers.Attachments;

/// <summary>The application storing attachments in a folder of its own, with a limit of <see cref="MaxBytes"/> bytes per file.</summary>
public sealed class AttachmentsFactory : MotCuaFactory
{
    public const long MaxBytes = 100_000;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "motcua-attachments-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Dossiers:Attachments:Path"] = Folder,
        ["Dossiers:Attachments:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Every file under the store's folder, including unfinished ones.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(Folder) ? [.. Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)] : [];

    /// <summary>A marriage registration accepted at the service centre's desk (whose counter officer is <c>motcua</c>).</summary>
    internal async Task<Dossier> AcceptedDossierAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        var agencyId = await services.GetRequiredService<AppDbContext>().Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        var input = DeskIntakeTests.Input(procedure);
        return await services.GetRequiredService<DeskIntake>().DecideAsync(
            input, procedure, DeskDecision.Accept, agencyId, new Actor(null, "Trần Thị Bình", "127.0.0.1"), null, CancellationToken.None);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
