using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Files;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Catalog.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Attachments;
using MotCua.Modules.Fees;
using MotCua.Modules.Fees.Gateway;
using MotCua.Modules.Metrics.Facts;
using MotCua.Modules.Portal.Data;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Facts;

/// <summary>
/// The facts other aggregates hold and the procedure versions' facts (ADR-049) equal a computation from scratch over the
/// raw tables after random histories — fee requests paid at the desk or online or withdrawn, result and other files,
/// ratings; amendments published or left as drafts, fees and agencies changed, fields renamed, procedures abolished — and
/// after the rebuild has repaired rows spoilt on purpose. The seed is in every failure message.
/// </summary>
public sealed class MetricFactsReconciliationTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private static readonly Actor Cashier = new(null, "Trần Thị Bình", null);

    [Fact]
    public async Task Fees_electronic_results_and_ratings_in_the_facts_equal_the_raw_tables_after_random_histories_and_the_rebuild()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await RebuildAsync();
        var desk = await factory.ClientAsync("motcua");
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await factory.ReceiveAsync(desk, LicenceCode));
        }

        for (var step = 0; step < 24; step++)
        {
            var id = ids[random.Next(ids.Count)];
            await (random.Next(7) switch
            {
                0 or 1 => RequestFeeAsync(id, random),
                2 => PayAsync(id, online: false),
                3 => PayAsync(id, online: true),
                4 => CancelFeeAsync(id),
                5 => AttachAsync(id, random.Next(2) == 0 ? AttachmentPurpose.Result : AttachmentPurpose.Other),
                _ => RateAsync(id, random),
            });
            await ReconcileOutsideAsync($"seed {seed}, step {step}");
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            // Spoilt rows: the facts of other aggregates wrong in some, one row missing.
            await db.MetricDossiers.Where(m => m.DossierId == ids[0] || m.DossierId == ids[1])
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.FeesRequested, m => !m.FeesRequested).SetProperty(m => m.Satisfied, true).SetProperty(m => m.ElectronicResult, true));
            await db.MetricDossiers.Where(m => m.DossierId == ids[2]).ExecuteDeleteAsync();
        }

        (await RebuildAsync()).ShouldBeGreaterThanOrEqualTo(3, $"seed {seed}");
        await ReconcileOutsideAsync($"seed {seed}, after the rebuild");
        (await RebuildAsync()).ShouldBe(0, $"seed {seed}: a second run finds nothing to repair");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.MetricDossiers.PaidOnline().CountAsync()).ShouldBe(
                await db.PaymentRequests.Where(p => p.Status == PaymentStatus.Paid && p.PaidVia == PaymentMethod.Online).Select(p => p.DossierId).Distinct().CountAsync(), $"seed {seed}");
            (await db.MetricDossiers.WithElectronicResult().CountAsync()).ShouldBe(
                await db.DossierAttachments.Where(a => a.Purpose == AttachmentPurpose.Result).Select(a => a.DossierId).Distinct().CountAsync(), $"seed {seed}");
            (await db.MetricDossiers.Dissatisfied().CountAsync()).ShouldBe(await db.DossierRatings.CountAsync(r => !r.Satisfied), $"seed {seed}");
        }
    }

    [Fact]
    public async Task The_procedure_versions_facts_equal_the_catalogue_after_random_changes_and_the_rebuild()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await RebuildAsync();
        await ReconcileVersionsAsync($"seed {seed}, before");
        for (var step = 0; step < 8; step++)
        {
            await using (var scope = factory.CreateDbScope(out var db))
            {
                var codes = await db.Procedures.Where(p => p.Status == ProcedureStatus.Published).OrderBy(p => p.Code).Select(p => p.Code).ToListAsync();
                var procedure = await Catalog.ProcedurePersistenceTests.LoadAsync(db, codes[random.Next(codes.Count)]);
                var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                switch (random.Next(4))
                {
                    case 0 when procedure.Code != LicenceCode && procedure.Draft is null:
                        procedure.Abolish(new Decision($"{step}/QĐ-BB", LaterDate(procedure, random), LaterDate(procedure, random).AddDays(30)), now);
                        break;
                    case 1:
                        var field = await db.ProcedureFields.OrderBy(f => f.Code).Skip(random.Next(await db.ProcedureFields.CountAsync())).FirstAsync();
                        field.Name = $"Lĩnh vực thử {seed % 1000}-{step}";
                        break;
                    default:
                        if (procedure.Draft is null)
                        {
                            procedure.Amend(now);
                        }

                        var content = procedure.Draft!.ToContent();
                        content.Fees = random.Next(2) == 0 ? [] : [new ProcedureFee { Name = "Lệ phí", AmountVnd = 1000 * random.Next(1, 500) }];
                        var agencies = await db.Agencies.OrderBy(a => a.Code).Select(a => a.Id).Take(5).ToListAsync();
                        content.Agencies = [.. content.Agencies.Take(1), (agencies[random.Next(agencies.Count)], AgencyRole.Coordinating)];
                        content.Agencies = [.. content.Agencies.DistinctBy(a => a.AgencyId)];
                        procedure.Revise(content, procedure.Draft.Field?.Name);
                        if (random.Next(3) > 0)
                        {
                            var signed = LaterDate(procedure, random);
                            procedure.Publish(new Decision($"{step}/QĐ-UBND", signed, signed.AddDays(random.Next(0, 20))), now);
                        }

                        break;
                }

                await db.SaveChangesAsync();
            }

            await ReconcileVersionsAsync($"seed {seed}, step {step}");
        }

        await using (var scope = factory.CreateDbScope(out var db))
        {
            var some = await db.MetricProcedureVersions.OrderBy(v => v.VersionId).Select(v => v.VersionId).Take(2).ToListAsync();
            await db.MetricProcedureVersions.Where(v => v.VersionId == some[0]).ExecuteUpdateAsync(s => s.SetProperty(v => v.FieldName, "sai").SetProperty(v => v.FeesApply, v => !v.FeesApply));
            await db.MetricProcedureAgencies.Where(a => a.VersionId == some[1]).ExecuteDeleteAsync();
        }

        (await RebuildAsync()).ShouldBeGreaterThanOrEqualTo(1, $"seed {seed}");
        await ReconcileVersionsAsync($"seed {seed}, after the rebuild");
        (await RebuildAsync()).ShouldBe(0, $"seed {seed}: a second run finds nothing to repair");
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var field = await db.ProcedureVersions.Where(v => v.Procedure!.Code == LicenceCode).Select(v => v.Field!.Code).FirstAsync();
            (await db.MetricDossiers.InField(db.MetricProcedureVersions, field).CountAsync()).ShouldBe(
                await db.Dossiers.CountAsync(d => db.ProcedureVersions.Any(v => v.Id == d.ProcedureVersionId && v.Field!.Code == field)), $"seed {seed}");
            var agency = await db.ProcedureVersionAgencies.Select(a => a.AgencyId).FirstAsync();
            (await db.MetricProcedureVersions.OfAgency(db.MetricProcedureAgencies, agency).CountAsync()).ShouldBe(
                await db.ProcedureVersions.CountAsync(v => v.Status != VersionStatus.Draft && v.Agencies.Any(a => a.AgencyId == agency)), $"seed {seed}");
        }
    }

    /// <summary>Every facts row's fee, result and rating columns, computed again from PaymentRequests, DossierAttachments and DossierRatings.</summary>
    private async Task ReconcileOutsideAsync(string because)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var requests = await db.PaymentRequests.AsNoTracking().Select(p => new { p.DossierId, p.Status, p.PaidVia }).ToListAsync();
        var results = (await db.DossierAttachments.AsNoTracking().Where(a => a.Purpose == AttachmentPurpose.Result).Select(a => a.DossierId).ToListAsync()).ToHashSet();
        var ratings = await db.DossierRatings.AsNoTracking().ToDictionaryAsync(r => r.DossierId);
        var rows = await db.MetricDossiers.AsNoTracking().ToListAsync();
        rows.Count.ShouldBe(await db.Dossiers.CountAsync(), because);
        foreach (var row in rows)
        {
            var rating = ratings.GetValueOrDefault(row.DossierId);
            var expected = string.Join(
                "|",
                requests.Any(p => p.DossierId == row.DossierId && p.Status != PaymentStatus.Cancelled),
                requests.Any(p => p.DossierId == row.DossierId && p.Status == PaymentStatus.Paid && p.PaidVia == PaymentMethod.Online),
                results.Contains(row.DossierId),
                rating?.RatedAt.ToString("O"),
                rating?.Satisfied,
                rating?.TimeScore,
                rating?.ContactsScore,
                rating?.AgenciesScore,
                rating?.AttitudeScore);
            var actual = string.Join(
                "|", row.FeesRequested, row.PaidOnline, row.ElectronicResult, row.RatedAt?.ToString("O"), row.Satisfied, row.RatingTime, row.RatingContacts, row.RatingAgencies, row.RatingAttitude);
            actual.ShouldBe(expected, $"{because}: dossier {row.DossierId}");
        }
    }

    /// <summary>The procedure versions' facts, computed again from the catalogue's tables: one row per version that is not a draft, with its agencies.</summary>
    private async Task ReconcileVersionsAsync(string because)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var versions = await db.ProcedureVersions.AsNoTracking().Where(v => v.Status != VersionStatus.Draft)
            .Include(v => v.Procedure).Include(v => v.Field).Include(v => v.Levels).ThenInclude(l => l.Level).Include(v => v.Agencies).AsSplitQuery().ToListAsync();
        var expected = versions.OrderBy(v => v.Id).Select(v => string.Join(
            "|", v.Id, v.ProcedureId, v.Procedure!.Code, v.Number, v.Field!.Code, v.Field.Name,
            string.Join(",", v.Levels.OrderBy(l => l.Level!.SortOrder).ThenBy(l => l.Level!.Code, StringComparer.Ordinal).Select(l => l.Level!.Code)),
            v.OnlineLevel, v.Fees.Sum(f => f.AmountVnd) > 0, v.DecisionNumber, v.DecisionDate, v.EffectiveDate, v.PublishedAt?.ToString("O"), v.ReplacedOn,
            v.AbolitionDecisionDate, v.AbolitionEffectiveDate,
            string.Join(",", v.Agencies.OrderBy(a => a.AgencyId).Select(a => $"{a.AgencyId}:{a.Role}")))).ToList();
        var agencies = await db.MetricProcedureAgencies.AsNoTracking().ToListAsync();
        var actual = (await db.MetricProcedureVersions.AsNoTracking().ToListAsync()).OrderBy(v => v.VersionId).Select(v => string.Join(
            "|", v.VersionId, v.ProcedureId, v.ProcedureCode, v.VersionNumber, v.FieldCode, v.FieldName, v.LevelCodes, v.OnlineLevel, v.FeesApply, v.DecisionNumber,
            v.DecisionDate, v.EffectiveDate, v.PublishedAt?.ToString("O"), v.ReplacedOn, v.AbolitionDecisionDate, v.AbolitionEffectiveDate,
            string.Join(",", agencies.Where(a => a.VersionId == v.VersionId).OrderBy(a => a.AgencyId).Select(a => $"{a.AgencyId}:{a.Role}")))).ToList();
        actual.ShouldBe(expected, because);
        agencies.Select(a => a.VersionId).Distinct().Except(versions.Select(v => v.Id)).ShouldBeEmpty(because);
    }

    private async Task RequestFeeAsync(Guid dossierId, Random random)
    {
        await using var scope = factory.CreateDbScope(out var db);
        await scope.ServiceProvider.GetRequiredService<DossierPayments>()
            .RequestAsync(dossierId, 10_000 * random.Next(1, 100), "Lệ phí cấp giấy phép", random.Next(2) == 0, Cashier, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private async Task PayAsync(Guid dossierId, bool online)
    {
        await using var scope = factory.CreateDbScope(out var db);
        if (await PendingRequestAsync(db, dossierId) is not { } request)
        {
            return;
        }

        var payments = scope.ServiceProvider.GetRequiredService<DossierPayments>();
        if (!online)
        {
            await payments.PayAtDeskAsync(request.Id, Cashier, CancellationToken.None);
            return;
        }

        await payments.StartAsync(request.Id, "https://motcua.example.vn/thanh-toan", CancellationToken.None);
        var order = await db.PaymentTransactions.AsNoTracking().Where(t => t.PaymentRequestId == request.Id).OrderByDescending(t => t.CreatedAt).Select(t => t.OrderRef).FirstAsync();
        var gateway = factory.Services.GetRequiredService<SimulatedPaymentGateway>();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        (await payments.HandleCallbackAsync(gateway.Signed(order, request.Amount, "00", "SIM" + order[^6..], now), CancellationToken.None)).ShouldBe(CallbackOutcome.Applied);
    }

    private async Task CancelFeeAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        if (await PendingRequestAsync(db, dossierId) is { } request)
        {
            var tracked = await db.PaymentRequests.SingleAsync(p => p.Id == request.Id);
            await scope.ServiceProvider.GetRequiredService<DossierPayments>().CancelAsync(tracked, "Miễn lệ phí", Cashier, CancellationToken.None);
        }
    }

    private async Task AttachAsync(Guid dossierId, AttachmentPurpose purpose)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var key = Guid.NewGuid().ToString("N");
        db.DossierAttachments.Add(DossierAttachment.Create(
            dossierId, purpose, null, "ket-qua.pdf", AcceptedFileType.Pdf, new StoredFile(key, 1024, new string('a', 64)), factory.HostUtcNow(), Cashier));
        await db.SaveChangesAsync();
    }

    private async Task RateAsync(Guid dossierId, Random random)
    {
        await using var scope = factory.CreateDbScope(out var db);
        if (await db.DossierRatings.AnyAsync(r => r.DossierId == dossierId))
        {
            return;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
        var rated = new RatableDossier(dossier.Id, dossier.AgencyId, dossier.Code, dossier.ProcedureName, DossierStatus.Returned, OnTimeClass.OnTime);
        db.DossierRatings.Add(DossierRating.Record(
            rated, RatingChannel.Kiosk, random.Next(3), random.Next(3), random.Next(3), random.Next(2) == 0, random.Next(2) == 0, null, factory.HostUtcNow()));
        await db.SaveChangesAsync();
    }

    private static Task<Modules.Fees.Data.PaymentRequest?> PendingRequestAsync(AppDbContext db, Guid dossierId) =>
        db.PaymentRequests.AsNoTracking().Where(p => p.DossierId == dossierId && p.Status == PaymentStatus.Pending).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();

    private async Task<int> RebuildAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
    }

    /// <summary>A decision date on or after the procedure's latest one, so that publication and abolition accept it.</summary>
    private static DateOnly LaterDate(Procedure procedure, Random random) =>
        (procedure.Versions.Where(v => v.DecisionDate is not null).Max(v => v.DecisionDate) ?? new DateOnly(2026, 1, 1)).AddDays(random.Next(1, 30));
}
