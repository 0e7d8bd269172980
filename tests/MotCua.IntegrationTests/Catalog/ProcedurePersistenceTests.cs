using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Catalog.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Catalog;

[Collection(SharedHosts.Citizens)]
public sealed class ProcedurePersistenceTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc);
    private readonly MotCuaFactory _factory;

    public ProcedurePersistenceTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task Amending_and_publishing_a_stored_procedure_keeps_both_versions_in_the_database()
    {
        Guid firstVersionId;
        await using (_factory.CreateDbScope(out var db))
        {
            var procedure = await LoadAsync(db, "2.000635");
            firstVersionId = procedure.Current!.Id;
            var content = procedure.Amend(Now).ToContent();
            content.DossierComponents.RemoveAt(2);
            content.Fees[0].AmountVnd = 100_000;
            content.Agencies.Add((await db.Agencies.Where(a => a.Code == "H99.01.01").Select(a => a.Id).SingleAsync(), AgencyRole.Coordinating));
            procedure.Revise(content, "Lý lịch tư pháp");
            await db.SaveChangesAsync();
        }

        await using (_factory.CreateDbScope(out var db))
        {
            var procedure = await LoadAsync(db, "2.000635");
            procedure.Draft!.DossierComponents.Count.ShouldBe(2);
            procedure.Draft.Agencies.Count.ShouldBe(2);
            procedure.Publish(new Decision("15/QĐ-UBND", new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1)), Now);
            await db.SaveChangesAsync();
        }

        await using (_factory.CreateDbScope(out var db))
        {
            var versions = await db.ProcedureVersions.AsNoTracking().Where(v => v.Procedure!.Code == "2.000635").OrderBy(v => v.Number).ToListAsync();
            // The amendment takes effect on 01/12, after Now: the first version stays published and in force until then (ADR-031).
            versions.Select(v => v.Status).ShouldBe([VersionStatus.Published, VersionStatus.Published]);
            versions[0].ReplacedOn.ShouldBe(new DateOnly(2026, 12, 1));
            versions[0].Id.ShouldBe(firstVersionId);
            versions[0].Fees[0].AmountVnd.ShouldBe(200_000);
            versions[0].DossierComponents.Count.ShouldBe(3);
            versions[1].Fees[0].AmountVnd.ShouldBe(100_000);
            versions[1].DecisionNumber.ShouldBe("15/QĐ-UBND");
            versions[1].EffectiveDate.ShouldBe(new DateOnly(2026, 12, 1));
        }
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        await using var scope = _factory.CreateDbScope(out var db);
        var before = await db.ProcedureVersions.CountAsync();

        await new CatalogSeeder(scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync(db, CancellationToken.None);

        (await db.ProcedureVersions.CountAsync()).ShouldBe(before);
        (await db.Procedures.CountAsync()).ShouldBe(DemoCatalog.Procedures.Count);
        (await db.ProcedureFields.CountAsync()).ShouldBe(DemoCatalog.Fields.Count);
    }

    [Fact]
    public async Task Demo_catalogue_is_complete_and_spans_every_deadline_unit_and_online_level()
    {
        await using var scope = _factory.CreateDbScope(out var db);

        var published = await db.ProcedureVersions.AsNoTracking().Include(v => v.Levels).Include(v => v.Agencies)
            .Where(v => v.Status == VersionStatus.Published).ToListAsync();

        published.Count.ShouldBeGreaterThanOrEqualTo(60);
        published.ShouldAllBe(v => Procedure.MissingComponents(v).Count == 0);
        published.Select(v => v.ProcessingTimeUnit).Distinct().Count().ShouldBe(4);
        published.Select(v => v.OnlineLevel).Distinct().Count().ShouldBe(3);
        published.Select(v => v.FieldId).Distinct().Count().ShouldBe(DemoCatalog.Fields.Count);
    }

    /// <summary>A stored procedure with its versions, their levels, agencies and field, tracked.</summary>
    internal static Task<Procedure> LoadAsync(MotCua.Common.Data.AppDbContext db, string code) =>
        db.Procedures
            .Include(p => p.Versions).ThenInclude(v => v.Levels)
            .Include(p => p.Versions).ThenInclude(v => v.Agencies)
            .Include(p => p.Versions).ThenInclude(v => v.Field)
            .AsSplitQuery()
            .SingleAsync(p => p.Code == code);
}
