using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.Modules.Organization.ServiceAccounts;

/// <summary>
/// In Development only: one service account per active demo agency, its key written once to the log at the first start
/// so that a developer can call the integration API straight away (README, ADR-012). Other environments get none.
/// </summary>
internal sealed partial class ServiceAccountSeeder(IHostEnvironment environment, TimeProvider clock, ILogger<ServiceAccountSeeder> logger) : IDemoSeeder
{
    public const string CreatedBy = DemoProvince.DataEntry;

    public int Order => 110;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || await db.ServiceAccounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = DemoProvince.Agencies.Where(a => a.IsActive).Select(a => a.Code).ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => codes.Contains(a.Code) && a.IsActive).OrderBy(a => a.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = agencies
            .Select(a => (Agency: a, Issued: ServiceAccountIssuer.Issue(db, "Tích hợp thử nghiệm " + a.Code, a.Id, null, CreatedBy, now)))
            .ToList();
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (agency, (_, key)) in issued)
        {
            LogDemoKey(logger, agency.Code, key.Value);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development only: API key of the demo service account of {AgencyCode}: {ApiKey} (shown once; header X-Api-Key)")]
    private static partial void LogDemoKey(ILogger logger, string agencyCode, string apiKey);
}
