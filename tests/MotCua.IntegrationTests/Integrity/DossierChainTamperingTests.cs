using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Integrity;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.Auditing;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>
/// Someone who can write the database but does not hold the key changes a dossier's history or row (ADR-027); the
/// verification finds every attempt.
/// </summary>
public sealed class DossierChainTamperingTests : IClassFixture<MotCuaFactory>
{
    private readonly MotCuaFactory _factory;

    public DossierChainTamperingTests(MotCuaFactory factory) => _factory = factory;

    [Fact]
    public async Task An_untouched_history_holds_and_every_event_is_keyed_with_the_state_it_left()
    {
        var dossier = await AcceptedDossierAsync();

        (await FindingAsync(dossier)).ShouldBeNull();
        await using var scope = _factory.CreateDbScope(out var db);
        var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).ToListAsync();
        events.ShouldAllBe(e => e.KeyId == AuditKeyRing.DevelopmentKeyId && e.StateHash != null && e.Hash.Length == 64);
    }

    [Fact]
    public async Task Recomputing_the_chain_with_sha256_and_no_key_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
            db.Entry(events[0]).Property(e => e.ActorName).CurrentValue = "người khác";
            var previous = DossierEvent.GenesisHash;
            foreach (var e in events)
            {
                // Posing as history written before the keyed chain: the unkeyed rule anyone can compute.
                db.Entry(e).Property(x => x.KeyId).CurrentValue = null;
                db.Entry(e).Property(x => x.PreviousHash).CurrentValue = previous;
                previous = e.ComputeLegacyHash();
                db.Entry(e).Property(x => x.Hash).CurrentValue = previous;
            }

            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastEventHash, previous));
            await db.SaveChangesAsync();
        }

        (await FindingAsync(dossier))!.Problem.ShouldBe(ChainProblem.Unsealed);
    }

    [Fact]
    public async Task Recomputing_the_chain_with_a_guessed_key_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        var guessed = RandomNumberGenerator.GetBytes(32);
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var events = await db.DossierEvents.Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
            db.Entry(events[0]).Property(e => e.ActorName).CurrentValue = "người khác";
            var previous = DossierEvent.GenesisHash;
            foreach (var e in events)
            {
                db.Entry(e).Property(x => x.PreviousHash).CurrentValue = previous;
                previous = e.ComputeHash(guessed);
                db.Entry(e).Property(x => x.Hash).CurrentValue = previous;
            }

            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LastEventHash, previous));
            await db.SaveChangesAsync();
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(1, ChainProblem.EntryChanged));
    }

    [Fact]
    public async Task Deleting_the_last_event_and_rolling_back_the_count_and_last_hash_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var last = dossier.EventCount;
            var before = await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == last - 1).Select(e => e.Hash).SingleAsync();
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == last).ExecuteDeleteAsync();
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.EventCount, last - 1).SetProperty(d => d.LastEventHash, before));
        }

        (await FindingAsync(dossier))!.Problem.ShouldBe(ChainProblem.StateChanged);
    }

    [Fact]
    public async Task Moving_the_due_date_in_the_database_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, dossier.DueAt!.Value.AddDays(10)));
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(dossier.EventCount + 1, ChainProblem.StateChanged));
    }

    [Fact]
    public async Task Changing_the_applicant_s_name_in_the_database_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var stored = await db.Dossiers.SingleAsync(d => d.Id == dossier.Id);
            stored.Applicant.Name = "Lê Văn Khác";
            db.Entry(stored).Reference(d => d.Applicant).TargetEntry!.Property(a => a.Name).IsModified = true;
            await db.SaveChangesAsync();
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(dossier.EventCount + 1, ChainProblem.StateChanged));
    }

    [Fact]
    public async Task Editing_an_event_without_recomputing_is_detected()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Comment, "Mã hồ sơ khác"));
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(2, ChainProblem.EntryChanged));
    }

    [Fact]
    public async Task An_event_signed_with_a_key_that_is_not_configured_is_reported_by_its_id()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.KeyId, "2019-old"));
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(1, ChainProblem.UnknownKey, "2019-old"));
    }

    [Fact]
    public async Task An_event_naming_a_format_this_version_does_not_know_is_reported_with_the_format()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.DossierEvents.Where(e => e.DossierId == dossier.Id && e.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Format, DossierSnapshot.CurrentFormat + 1));
        }

        (await FindingAsync(dossier)).ShouldBe(new ChainFinding(2, ChainProblem.UnknownFormat, (DossierSnapshot.CurrentFormat + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_verification_job_alerts_the_system_administrators_through_the_outbox()
    {
        var dossier = await AcceptedDossierAsync();
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ResultNumber, "99/QĐ-GIA"));
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<IntegrityCheckJob>(scope.ServiceProvider).RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await using (var scope = _factory.CreateDbScope(out var db))
        {
            var alert = await db.OutboxMessages.SingleAsync(m => m.Kind == "IntegrityAlert" && m.Recipient == "quantri@example.vn");
            alert.Body.ShouldContain(dossier.Code!);
            alert.Body.ShouldContain("Dữ liệu hồ sơ bị sửa ngoài ứng dụng", Case.Sensitive, "the problem is named for people (ChainProblem.StateChanged), never by its enum name");
            (await db.OutboxMessages.AnyAsync(m => m.Kind == "IntegrityAlert" && m.Recipient == "motcua@example.vn")).ShouldBeFalse("only system administrators are alerted");
        }
    }

    [Fact]
    public async Task The_integrity_page_shows_a_system_administrator_which_dossier_was_changed_and_refuses_a_reversed_range()
    {
        var dossier = await AcceptedDossierAsync();
        var admin = await _factory.ClientAsync("quantri");
        (await admin.GetStringAsync($"/admin/integrity?kiemTra=true&ma={dossier.Code}")).ShouldContain("Đã kiểm tra 1 hồ sơ: lịch sử toàn vẹn.");
        await using (var scope = _factory.CreateDbScope(out var db))
        {
            await db.Dossiers.Where(d => d.Id == dossier.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.OriginalDueAt, dossier.OriginalDueAt!.Value.AddDays(5)));
        }

        var html = await admin.GetStringAsync($"/admin/integrity?kiemTra=true&ma={dossier.Code}");
        html.ShouldContain("1 trong 1 hồ sơ đã kiểm tra có lịch sử không toàn vẹn.");
        html.ShouldContain(dossier.Code!);
        html.ShouldContain("Dữ liệu hồ sơ bị sửa ngoài ứng dụng");
        var runs = await RunsAsync();
        var reversed = await admin.GetStringAsync("/admin/integrity?kiemTra=true&tu=2026-12-06&den=2026-12-01");
        reversed.ShouldContain("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.");
        (await RunsAsync()).ShouldBe(runs, "a reversed range runs no verification");
    }

    private async Task<int> RunsAsync()
    {
        await using var scope = _factory.CreateDbScope(out var db);
        return await db.IntegrityRuns.CountAsync();
    }

    private async Task<ChainFinding?> FindingAsync(Dossier dossier)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(new IntegrityScope(Code: dossier.Code), CancellationToken.None);
        report.DossiersChecked.ShouldBe(1);
        return report.Dossiers.SingleOrDefault()?.Finding;
    }

    internal static async Task<Dossier> AcceptedDossierAsync(MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync("1.001193", CancellationToken.None))!;
        var db = services.GetRequiredService<AppDbContext>();
        var agencyId = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        return await services.GetRequiredService<DeskIntake>().DecideAsync(
            DeskIntakeTests.Input(procedure), procedure, DeskDecision.Accept, agencyId, new Actor(null, "Trần Thị Bình", "127.0.0.1"), null, CancellationToken.None);
    }

    private Task<Dossier> AcceptedDossierAsync() => AcceptedDossierAsync(_factory);
}
