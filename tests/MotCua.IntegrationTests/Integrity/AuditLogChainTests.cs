using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.Auditing;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>
/// The admin audit log carries the same keyed chain as the dossiers (ADR-027); each test tampers with its own database,
/// since the log is one chain for the whole installation.
/// </summary>
public sealed class AuditLogChainTests
{
    public enum Tampering
    {
        EditWithoutRecomputing,
        RecomputeWithoutKey,
        DeleteLastAndRollBackHead,
        ChangeTime,
        ChangeUserName,
    }

    [Theory]
    [InlineData(Tampering.EditWithoutRecomputing, 2, nameof(ChainProblem.EntryChanged))]
    [InlineData(Tampering.RecomputeWithoutKey, 2, nameof(ChainProblem.EntryChanged))]
    [InlineData(Tampering.DeleteLastAndRollBackHead, 3, nameof(ChainProblem.HeadChanged))]
    [InlineData(Tampering.ChangeTime, 2, nameof(ChainProblem.EntryChanged))]
    [InlineData(Tampering.ChangeUserName, 2, nameof(ChainProblem.EntryChanged))]
    public async Task Tampering_with_the_audit_log_is_detected(Tampering tampering, long at, string problem)
    {
        await using var factory = new MotCuaFactory();
        var entries = await RecordThreeAsync(factory);
        (await VerifyAsync(factory)).ShouldBeNull();

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var second = entries[^2];
            switch (tampering)
            {
                case Tampering.EditWithoutRecomputing:
                    await db.AuditEntries.Where(e => e.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, "Không có gì"));
                    break;
                case Tampering.RecomputeWithoutKey:
                    var guessed = RandomNumberGenerator.GetBytes(32);
                    var tracked = await db.AuditEntries.Where(e => e.Sequence >= second.Sequence).OrderBy(e => e.Sequence).ToListAsync();
                    tracked[0].Summary = "Không có gì";
                    var previous = second.PreviousHash;
                    foreach (var e in tracked)
                    {
                        db.Entry(e).Property(x => x.PreviousHash).CurrentValue = previous;
                        previous = e.ComputeHash(guessed);
                        db.Entry(e).Property(x => x.Hash).CurrentValue = previous;
                    }

                    await db.SaveChangesAsync();
                    await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastHash, previous));
                    break;
                case Tampering.DeleteLastAndRollBackHead:
                    var lastId = entries[^1].Id;
                    await db.AuditEntries.Where(e => e.Id == lastId).ExecuteDeleteAsync();
                    await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Count, second.Sequence!.Value).SetProperty(h => h.LastHash, second.Hash));
                    break;
                case Tampering.ChangeTime:
                    await db.AuditEntries.Where(e => e.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.AtUtc, second.AtUtc.AddDays(-3)));
                    break;
                case Tampering.ChangeUserName:
                    await db.AuditEntries.Where(e => e.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "nguoikhac"));
                    break;
            }
        }

        (await VerifyAsync(factory)).ShouldBe(new ChainFinding(entries[0].Sequence!.Value + at - 1, Enum.Parse<ChainProblem>(problem)));
    }

    [Fact]
    public async Task Histories_and_audit_entries_written_before_the_keyed_chain_are_sealed_once_and_then_hold()
    {
        await using var factory = new MotCuaFactory();
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(factory);
        await RecordThreeAsync(factory);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            // The state M0029 leaves: unkeyed SHA-256 histories, audit entries outside any chain, no head.
            var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
            var previous = DossierEvent.GenesisHash;
            foreach (var e in events)
            {
                db.Entry(e).Property(x => x.KeyId).CurrentValue = null;
                db.Entry(e).Property(x => x.StateHash).CurrentValue = null;
                db.Entry(e).Property(x => x.PreviousHash).CurrentValue = previous;
                previous = e.ComputeLegacyHash();
                db.Entry(e).Property(x => x.Hash).CurrentValue = previous;
            }

            await db.SaveChangesAsync();
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastEventHash, previous));
            await db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.Sequence, (long?)null).SetProperty(e => e.Hash, (string?)null)
                .SetProperty(e => e.PreviousHash, (string?)null).SetProperty(e => e.KeyId, (string?)null));
            await db.AuditChainHeads.ExecuteDeleteAsync();
        }

        (await FindingAsync(factory, dossier.Code!))!.Problem.ShouldBe(ChainProblem.Unsealed);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await AuditLogChain.StartAsync(db, factory.Services.GetRequiredService<AuditKeyRing>(), CancellationToken.None)).ShouldNotBeNull();
        }

        var seal = factory.Services.GetRequiredService<LegacyChainSeal>();
        (await seal.SealHistoriesAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        (await seal.SealHistoriesAsync(CancellationToken.None)).ShouldBe(0, "sealing happens once");

        (await FindingAsync(factory, dossier.Code!)).ShouldBeNull();
        (await VerifyAsync(factory)).ShouldBeNull();
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).Select(e => e.Action).LastAsync()).ShouldBe(DossierAction.Reseal);
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "người khác"));
        }

        (await FindingAsync(factory, dossier.Code!)).ShouldBe(new ChainFinding(1, ChainProblem.EntryChanged));
    }

    private static async Task<List<AuditEntry>> RecordThreeAsync(MotCuaFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            log.Record("AgencyRenamed", "Agency", 1, "Đổi tên cơ quan");
            log.Record("PersonLocked", "AppUser", 2, "Khóa tài khoản 037092001234");
            log.Record("UnitCreated", "Unit", 3, "Tạo phòng");
            await scope.ServiceProvider.GetRequiredService<MotCua.Common.Data.AppDbContext>().SaveChangesAsync();
        }

        await using var read = factory.CreateDbScope(out var db);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Take(3).OrderBy(e => e.Sequence).ToListAsync();
    }

    private static async Task<IntegrityReport> ReportAsync(MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(new IntegrityScope(Code: "none"), CancellationToken.None);
    }

    private static async Task<ChainFinding?> VerifyAsync(MotCuaFactory factory) => (await ReportAsync(factory)).AuditLog;

    private static async Task<ChainFinding?> FindingAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(new IntegrityScope(Code: code), CancellationToken.None);
        return report.Dossiers.SingleOrDefault()?.Finding;
    }
}
