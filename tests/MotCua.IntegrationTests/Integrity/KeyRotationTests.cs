using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Lifecycle;
using MotCua.Modules.Integrity;
using MotCua.Modules.Organization.Auditing;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Integrity;

/// <summary>A new key takes over; what the old key sealed still verifies while the old key is kept (ADR-027).</summary>
public sealed class KeyRotationTests
{
    private static readonly string OldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Events_sealed_with_the_old_key_still_verify_after_rotation_and_without_the_old_key_they_are_reported_by_its_id()
    {
        await using var before = new SettingsFactory(new Dictionary<string, string?>
        {
            ["AuditChain:CurrentKeyId"] = "2026-01",
            ["AuditChain:Keys:2026-01:Secret"] = OldKey,
        });
        var dossier = await DossierChainTamperingTests.AcceptedDossierAsync(before);
        await using var after = before.WithWebHostBuilder(b => b
            .UseSetting("AuditChain:CurrentKeyId", "2026-07")
            .UseSetting("AuditChain:Keys:2026-07:Secret", NewKey));

        await using (var scope = after.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Dossiers.SingleAsync(d => d.Id == dossier.Id);
            stored.RecordPayment(DossierAction.PaymentRequested, "Lệ phí 50.000 đồng", after.HostUtcNow(), new Actor(null, "Trần Thị Bình", null));
            scope.ServiceProvider.GetRequiredService<DossierLifecycle>().Stage(stored);
            await db.SaveChangesAsync();
        }

        await using (var scope = after.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<IntegrityCheck>().VerifyAsync(new IntegrityScope(Code: dossier.Code), CancellationToken.None);
            report.Dossiers.ShouldBeEmpty();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync();
            events[0].KeyId.ShouldBe("2026-01");
            events[^1].KeyId.ShouldBe("2026-07");

            var onlyNew = new AuditKeyRing(
                Options.Create(new AuditChainOptions { CurrentKeyId = "2026-07", Keys = { ["2026-07"] = new AuditKeySource { Secret = NewKey } } }),
                scope.ServiceProvider.GetRequiredService<IHostEnvironment>());
            var current = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossier.Id);
            HistoryChain.Check(current, events, onlyNew).ShouldBe(new ChainFinding(1, ChainProblem.UnknownKey, "2026-01"));
        }
    }
}
