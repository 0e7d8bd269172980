using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Common.Data;

internal sealed partial class AppDbContext
{
    public DbSet<ProcedureField> ProcedureFields => Set<ProcedureField>();

    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> ProcedureVersions => Set<ProcedureVersion>();

    public DbSet<ProcedureVersionLevel> ProcedureVersionLevels => Set<ProcedureVersionLevel>();

    public DbSet<ProcedureVersionAgency> ProcedureVersionAgencies => Set<ProcedureVersionAgency>();

    public DbSet<CatalogStamp> CatalogStamps => Set<CatalogStamp>();

    public DbSet<OneStopProcedure> OneStopProcedures => Set<OneStopProcedure>();

    public DbSet<OneStopProcedureChange> OneStopProcedureChanges => Set<OneStopProcedureChange>();
}
