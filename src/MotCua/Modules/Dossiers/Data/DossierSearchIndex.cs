using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MotCua.Common.Data;

namespace MotCua.Modules.Dossiers.Data;

/// <summary>
/// On PostgreSQL the dossiers' <see cref="Dossier.SearchText"/> is searched through a trigram index (M0017, ADR-019);
/// SQLite, for small installations, reads the agency's rows.
/// </summary>
internal sealed class DossierSearchIndex : IProviderModelConfiguration
{
    public void Configure(ModelBuilder builder, DatabaseFacade database)
    {
        if (database.IsNpgsql())
        {
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<Dossier>().HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
