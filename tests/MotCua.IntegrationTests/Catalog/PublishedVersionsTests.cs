using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Catalog.CatalogAdminArrange;

namespace MotCua.IntegrationTests.Catalog;

/// <summary>The published versions of one procedure, as other modules read them (ADR-046 §6: closing a review proposal by a version).</summary>
[Collection(SharedHosts.Catalogue)]
public sealed class PublishedVersionsTests(MotCuaFactory factory)
{
    private static readonly DateTime Amended = new(2026, 11, 2, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_procedures_published_versions_come_oldest_first_with_their_decisions_and_without_the_draft()
    {
        var code = await ProcedureAsync(factory, await FieldAsync(factory), "Thủ tục có hai phiên bản", publish: true);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var procedure = await db.Procedures
                .Include(p => p.Versions).ThenInclude(v => v.Levels)
                .Include(p => p.Versions).ThenInclude(v => v.Agencies)
                .Include(p => p.Versions).ThenInclude(v => v.Field)
                .AsSplitQuery()
                .SingleAsync(p => p.Code == code);
            db.ProcedureVersions.Add(procedure.Amend(Amended));
            procedure.Publish(new Decision("205/QĐ-UBND", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 10)), Amended);
            db.ProcedureVersions.Add(procedure.Amend(Amended.AddDays(1)));
            await db.SaveChangesAsync();
        }

        var versions = await VersionsAsync(code);

        versions.Select(v => (v.Number, v.DecisionNumber, v.EffectiveDate)).ShouldBe(
            [(1, "100/QĐ-UBND", new DateOnly(2026, 10, 5)), (2, "205/QĐ-UBND", new DateOnly(2026, 11, 10))]);
        versions[1].PublishedAt.ShouldBe(Amended);
        versions.Select(v => v.VersionId).ShouldBeUnique();
    }

    [Fact]
    public async Task An_unknown_code_or_a_procedure_never_published_has_no_versions()
    {
        var draftOnly = await ProcedureAsync(factory, await FieldAsync(factory), "Thủ tục chưa công bố", publish: false);

        (await VersionsAsync("9.999999")).ShouldBeEmpty();
        (await VersionsAsync(draftOnly)).ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<PublishedVersion>> VersionsAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().VersionsAsync(code, CancellationToken.None);
    }
}
