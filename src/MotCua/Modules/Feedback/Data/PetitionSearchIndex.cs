using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MotCua.Common.Data;

namespace MotCua.Modules.Feedback.Data;

/// <summary>
/// On PostgreSQL a PAKN's staff and public search texts are searched through trigram indexes (M0038), as dossiers are
/// (ADR-019); SQLite, for small installations, reads the rows.
/// </summary>
internal sealed class PetitionSearchIndex : IProviderModelConfiguration
{
    public void Configure(ModelBuilder builder, DatabaseFacade database)
    {
        if (database.IsNpgsql())
        {
            builder.Entity<Petition>().HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
            builder.Entity<Petition>().HasIndex(p => p.PublicSearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
