using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Organization.Data;

namespace MotCua.Common.Data;

/// <summary>
/// The one database context of the application. Each module contributes its entity configurations
/// (found in this assembly) and declares its <see cref="DbSet{TEntity}"/> properties in a partial file
/// inside the module's <c>Data/</c> folder.
/// </summary>
internal sealed partial class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    private static readonly IProviderModelConfiguration[] ProviderModelConfigurations = [.. typeof(AppDbContext).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IProviderModelConfiguration)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IProviderModelConfiguration)Activator.CreateInstance(t)!)];

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TrackNewRows();
        DetectOnceForInterceptors();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Whether the save in progress accepts every change when it succeeds (what <see cref="InsertOnlySaves"/> then does itself).</summary>
    public bool AcceptsAllChangesOnSuccess { get; private set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!acceptAllChangesOnSuccess)
        {
            // A save that keeps its changes pending after success is Entity Framework's to make, with the listed rows (ADR-045).
            TrackNewRows();
        }

        DetectOnceForInterceptors();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        AcceptsAllChangesOnSuccess = acceptAllChangesOnSuccess;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            // InsertOnlySaves turns detection off for the rest of a save it wrote itself.
            AcceptsAllChangesOnSuccess = false;
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var configuration in ProviderModelConfigurations)
        {
            configuration.Configure(builder, Database);
        }
    }

    // The save interceptors read the pending changes through PendingChanges, which does not detect them again.
    private void DetectOnceForInterceptors()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored in UTC to the microsecond (UtcDateTimeConverter).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
