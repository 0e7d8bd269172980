using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// On PostgreSQL the dossiers table is read by one backend per query (M0036, ADR-044): the pages' reads are bounded by
/// an agency's index ranges, and a parallel plan for them (an agency's count of 300,000 dossiers) cost several times the
/// serial one while other requests shared the cores.
/// </summary>
internal sealed class DossierScans : IProviderModelConfiguration
{
    /// <summary>The table's storage parameter, as M0036 sets it.</summary>
    public const string ParallelWorkers = "parallel_workers";

    public void Configure(ModelBuilder builder, DatabaseFacade database)
    {
        if (database.IsNpgsql())
        {
            builder.Entity<Dossier>().HasStorageParameter(ParallelWorkers, 0);
        }
    }
}
