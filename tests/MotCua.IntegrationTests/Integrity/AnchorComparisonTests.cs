using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.Auditing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>
/// The anchors kept outside the database find what the chains alone cannot (ADR-027): a deleted or rewritten anchor row,
/// a dossier row restored from an earlier copy with its last events deleted, and a wholesale rewrite. Each test has its
/// own database, since the anchor folds every history.
/// </summary>
public sealed class AnchorComparisonTests
{
    private static readonly Actor Officer = new(null, "Trần Thị Bình", "127.0.0.1");

    [Fact]
    public async Task The_day_s_anchor_is_exported_and_mailed_and_a_deleted_or_rewritten_anchor_row_is_reported_by_its_file()
    {
        await using var factory = new AnchorFactory();
        await DossierChainTamperingTests.AcceptedDossierAsync(factory);
        // 00:05 on Tuesday: what was recorded just before midnight may not be saved yet, so the day's anchor waits.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 17, 5, 0, TimeSpan.Zero));
        (await WriteAnchorAsync(factory)).ShouldBeNull();
        factory.Clock.Advance(TimeSpan.FromHours(8));
        var first = (await WriteAnchorAsync(factory))!;
        (await WriteAnchorAsync(factory)).ShouldBeNull("one anchor a day");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await WriteAnchorAsync(factory);

        await using (var scope = factory.CreateDbScope(out var db))
        {
            first.DossierCount.ShouldBe(await db.Dossiers.CountAsync());
            first.EventCount.ShouldBe(await db.DossierEvents.LongCountAsync());
            first.AuditCount.ShouldBe(await db.AuditEntries.LongCountAsync());
            (await db.OutboxMessages.SingleAsync(m => m.Kind == "AuditAnchor" && m.Recipient == "quantri@example.vn" && m.Body.Contains("hmac-sha256: " + first.Hash))).ShouldNotBeNull();
        }

        var exported = await File.ReadAllTextAsync(Path.Combine(factory.Folder.FullName, "anchor-2026-12-08.txt"));
        exported.ShouldContain("format: 2");
        exported.ShouldContain("cut-off: 2026-12-07T17:00:00.000000Z");
        exported.ShouldContain("hmac-sha256: " + first.Hash);
        var untouched = await FullReportAsync(factory);
        untouched.Holds.ShouldBeTrue();
        untouched.AnchorFiles!.FilesRead.ShouldBe(2);
        untouched.AnchorFiles.Recomputed.ShouldBe("anchor-2026-12-09.txt", "the latest file's fold is recomputed");

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.AuditAnchors.Where(a => a.Day == new DateOnly(2026, 12, 9)).ExecuteDeleteAsync();
            await db.AuditAnchors.ExecuteUpdateAsync(s => s.SetProperty(a => a.EventCount, a => a.EventCount - 1));
        }

        var tampered = await FullReportAsync(factory);
        tampered.Anchors.ShouldBe(new ChainFinding(1, ChainProblem.EntryChanged));
        tampered.AnchorFiles!.Findings.ShouldBe(
        [
            new AnchorFileFinding("anchor-2026-12-08.txt", AnchorFileProblem.RowDiffers),
            new AnchorFileFinding("anchor-2026-12-09.txt", AnchorFileProblem.RowMissing),
        ]);
    }

    [Fact]
    public async Task Restoring_an_earlier_copy_of_a_dossier_row_and_deleting_its_last_event_holds_for_the_chain_but_not_for_the_anchor()
    {
        await using var factory = new AnchorFactory();
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(factory);
        (int Count, string Last, Guid Revision) copy;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var stored = await db.Dossiers.SingleAsync(d => d.Id == dossier.Id);
            copy = (stored.EventCount, stored.LastEventHash, stored.Revision);
            stored.RecordAttachment("quyet-dinh.pdf", "Kết quả", factory.Clock.GetUtcNow().UtcDateTime, Officer);
            scope.ServiceProvider.GetRequiredService<DossierLifecycle>().Stage(stored);
            await db.SaveChangesAsync();
        }

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await WriteAnchorAsync(factory);
        (await FullReportAsync(factory)).Holds.ShouldBeTrue();

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == copy.Count + 1).ExecuteDeleteAsync();
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.EventCount, copy.Count).SetProperty(d => d.LastEventHash, copy.Last).SetProperty(d => d.Revision, copy.Revision));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var check = scope.ServiceProvider.GetRequiredService<IntegrityCheck>();
            (await check.VerifyAsync(new IntegrityScope(Code: dossier.Code), CancellationToken.None)).Dossiers.ShouldBeEmpty("the row is the state its last remaining event sealed");
        }

        var report = await FullReportAsync(factory);
        report.Dossiers.ShouldBeEmpty();
        report.AnchorFiles!.Findings.ShouldBe([new AnchorFileFinding("anchor-2026-12-08.txt", AnchorFileProblem.DossiersDiffer)]);
    }

    [Fact]
    public async Task Removing_a_dossier_with_its_history_and_rolling_the_audit_log_back_with_an_earlier_head_is_found_by_the_anchor()
    {
        await using var factory = new AnchorFactory();
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(factory);
        await RecordAsync(factory, "AgencyRenamed");
        AuditChainHead earlier;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            earlier = await db.AuditChainHeads.AsNoTracking().SingleAsync();
        }

        await RecordAsync(factory, "PersonLocked");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await WriteAnchorAsync(factory);
        (await FullReportAsync(factory)).Holds.ShouldBeTrue();

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.DossierTasks.Where(t => t.DossierId == dossier.Id).ExecuteDeleteAsync();
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id).ExecuteDeleteAsync();
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteDeleteAsync();
            await db.AuditEntries.Where(e => e.Sequence > earlier.Count).ExecuteDeleteAsync();
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Count, earlier.Count).SetProperty(h => h.LastHash, earlier.LastHash)
                .SetProperty(h => h.KeyId, earlier.KeyId).SetProperty(h => h.Hash, earlier.Hash));
        }

        var report = await FullReportAsync(factory);
        report.Dossiers.ShouldBeEmpty();
        report.AuditLog.ShouldBeNull("the head is an earlier one, sealed");
        report.AnchorFiles!.Findings.ShouldBe(
        [
            new AnchorFileFinding("anchor-2026-12-08.txt", AnchorFileProblem.DossiersDiffer),
            new AnchorFileFinding("anchor-2026-12-08.txt", AnchorFileProblem.AuditLogDiffers),
        ]);
    }

    private static async Task<AuditAnchor?> WriteAnchorAsync(AnchorFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AuditChainOptions>>().Value;
        return await AnchorJob.WriteAsync(scope.ServiceProvider, options, CancellationToken.None);
    }

    private static async Task RecordAsync(AnchorFactory factory, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record(action, "Agency", 1, action);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    private static async Task<IntegrityReport> FullReportAsync(AnchorFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(IntegrityScope.All, CancellationToken.None);
    }
}
