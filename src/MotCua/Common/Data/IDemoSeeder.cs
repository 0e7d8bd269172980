namespace MotCua.Common.Data;

/// <summary>Fills an empty database with the fictional province used for demonstrations and tests.</summary>
internal interface IDemoSeeder
{
    /// <summary>Seeders run in ascending order (organisation before catalogue).</summary>
    int Order { get; }

    Task SeedAsync(AppDbContext db, CancellationToken cancellationToken);
}
