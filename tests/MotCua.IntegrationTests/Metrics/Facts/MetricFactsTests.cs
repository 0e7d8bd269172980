using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Common.Jobs;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics.Data;
using MotCua.Modules.Metrics.Facts;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Facts;

/// <summary>
/// The facts layer (ADR-049): each dossier's row is kept in the transaction of every change and always equals the figures
/// of the dossier as stored; a failed save changes neither; the rebuild restores rows that are missing.
/// </summary>
public sealed class MetricFactsTests(MotCuaFactory factory) : IClassFixture<MotCuaFactory>
{
    private static readonly Actor Cashier = new(null, "Trần Thị Bình", null);

    [Fact]
    public async Task The_facts_row_follows_a_dossier_from_the_desk_through_supplement_extension_apology_result_and_return()
    {
        var desk = await factory.ClientAsync("motcua");
        var specialist = await factory.ClientAsync("chuyenvien");
        var unitLeader = await factory.ClientAsync("truongphong");
        var director = await factory.ClientAsync("giamdoc");
        var id = await factory.ReceiveAsync(desk, LicenceCode);
        (await ReconcileAsync(id)).ReceivedAt.ShouldNotBeNull();

        await factory.DoAsync(specialist, id, "RequestSupplement", (await factory.OpenStepAsync(id)).Id, ("Comment", "Bản sao giấy chứng nhận đăng ký doanh nghiệp — chưa chứng thực"));
        var waiting = await ReconcileAsync(id);
        waiting.SupplementCount.ShouldBe(1);
        waiting.PendingSupplementSince.ShouldNotBeNull();

        await factory.DoAsync(desk, id, "CompleteSupplement");
        var resumed = await ReconcileAsync(id);
        resumed.PendingSupplementSince.ShouldBeNull();
        resumed.Supplements.ShouldNotBeNull().ShouldContain("CompletedAt");
        resumed.DueMovedAt.ShouldNotBeNull("the completion is a move of the appointment in force (ADR-064)");

        var dossier = (await factory.LoadAsync(id)).Dossier;
        var calendar = await factory.Services.GetRequiredService<CalendarProvider>().GetAsync(dossier.AgencyId);
        var newDate = calendar.NextWorkingDay(calendar.NextWorkingDay(VietnamTime.LocalDate(new DateTimeOffset(dossier.DueAt!.Value, TimeSpan.Zero))).AddDays(1));
        await factory.DoAsync(specialist, id, "RequestExtension", null, ("Comment", "Phải xác minh tại cơ sở."), ("NewDueDate", newDate.ToString("yyyy-MM-dd")));
        await ReconcileAsync(id);
        await factory.DoAsync(unitLeader, id, "ApproveExtension", null, ("Comment", "Đồng ý."));
        var extended = await ReconcileAsync(id);
        extended.ExtensionCount.ShouldBe(1);
        extended.DueAt.ShouldNotBe(extended.OriginalDueAt);
        extended.Figures().Dues.Select(d => d.DueAt).ShouldBe([extended.OriginalDueAt!.Value, resumed.DueAt!.Value, extended.DueAt!.Value]);
        extended.Figures(resumed.DueMovedAt!.Value).DueAt.ShouldBe(resumed.DueAt, "as it stood between the completion and the extension");

        // A row captured before the history existed (M0051) is rewritten by the rebuild with it.
        await using (var scope = factory.CreateDbScope(out var db))
        {
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Dues, (string?)null).SetProperty(m => m.DueMovedAt, (DateTime?)null));
            (await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        Columns(await ReconcileAsync(id)).ShouldBe(Columns(extended));

        await factory.DoAsync(director, id, "Apologise", null, ("Comment", "Phải xác minh thực địa."), ("NewDueDate", newDate.AddDays(7).ToString("yyyy-MM-dd")));
        var apologised = await ReconcileAsync(id);
        apologised.ApologyCount.ShouldBe(1);
        apologised.ApologyAfterDue.ShouldBeFalse();
        apologised.ChangedAt.ShouldNotBeNull().ShouldBeGreaterThan(apologised.DueMovedAt!.Value, "the apology is the last change a past period reads as it stood (ADR-066)");

        // A row captured before the apologies' instants and the extensions' marks were kept (M0054) reads them at every
        // instant, and is rewritten by the rebuild with them, from the raw dossier.
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var apologies = System.Text.RegularExpressions.Regex.Replace(apologised.Apologies!, ",\"IssuedAt\":\"[^\"]*\"", "");
            var dues = apologised.Dues!.Replace(",\"Extension\":true", "", StringComparison.Ordinal);
            await db.MetricDossiers.Where(m => m.DossierId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Apologies, apologies).SetProperty(m => m.Dues, dues).SetProperty(m => m.ChangedAt, apologised.DueMovedAt));
            (await RowAsync(id)).ShouldNotBeNull().Figures(resumed.DueMovedAt!.Value).ApologyCount.ShouldBe(1, "an older capture has no instant to leave its apology out by");
            (await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        var rebuilt = await ReconcileAsync(id);
        Columns(rebuilt).ShouldBe(Columns(apologised));
        (rebuilt.Figures(resumed.DueMovedAt!.Value).ExtensionCount, rebuilt.Figures(resumed.DueMovedAt!.Value).ApologyCount).ShouldBe((0, 0), "as it stood before the extension");
        (rebuilt.Figures(rebuilt.DueMovedAt!.Value).ExtensionCount, rebuilt.Figures(rebuilt.DueMovedAt!.Value).ApologyCount).ShouldBe((1, 0), "as it stood after the extension, before the apology");

        var step = await factory.OpenStepAsync(id);
        await factory.DoAsync(specialist, id, "Take", step.Id);
        await factory.DoAsync(specialist, id, "Forward", step.Id, ("Comment", "Hồ sơ đủ điều kiện."));
        await factory.DoAsync(unitLeader, id, "Approve", (await factory.OpenStepAsync(id)).Id);
        var today = factory.HostToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await factory.DoAsync(director, id, "IssueResult", (await factory.OpenStepAsync(id)).Id, ("ResultNumber", "9/GP-SNV"), ("ResultDate", today), ("Comment", "Cấp giấy phép."));
        var finished = await ReconcileAsync(id);
        finished.Outcome.ShouldBe(DossierOutcome.Granted);
        finished.EndedAt.ShouldBe(finished.FinishedAt);

        await factory.DoAsync(desk, id, "Return", null, ("ReturnVia", "Counter"), ("Fees", "Paid"));
        var returned = await ReconcileAsync(id);
        returned.Status.ShouldBe(DossierStatus.Returned);
        returned.ReturnedVia.ShouldBe(ReturnMethod.Counter);
        returned.EndedAt.ShouldBe(returned.FinishedAt, "the statistic's end is the first reached");
        returned.StatisticClass.ShouldBeNull("the verdicts are the judging job's");
    }

    [Fact]
    public async Task An_online_submission_a_refusal_and_a_withdrawal_each_leave_the_row_equal_to_the_dossiers_figures()
    {
        var citizen = await factory.RegisterCitizenAsync("Nguyễn Văn Tâm", $"tam.{Guid.NewGuid():N}@example.vn");
        var online = await Portal.OnlineArrange.SubmitGraveVisitAsync(citizen);
        (await ReconcileAsync(online)).Channel.ShouldBe(SubmissionChannel.Online);

        var desk = await factory.ClientAsync("motcua");
        var refused = await factory.ReceiveAsync(desk, LicenceCode);
        await factory.DoAsync(await factory.ClientAsync("chuyenvien"), refused, "ProposeRefusal", (await factory.OpenStepAsync(refused)).Id, ("Comment", "Doanh nghiệp chưa ký quỹ."));
        await factory.DoAsync(await factory.ClientAsync("truongphong"), refused, "Approve", (await factory.OpenStepAsync(refused)).Id);
        await factory.DoAsync(await factory.ClientAsync("giamdoc"), refused, "IssueResult", (await factory.OpenStepAsync(refused)).Id);
        (await ReconcileAsync(refused)).Outcome.ShouldBe(DossierOutcome.Refused);

        var withdrawn = await factory.ReceiveAsync(desk, LicenceCode);
        var today = factory.HostToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await factory.DoAsync(desk, withdrawn, "Withdraw", null, ("Comment", "Người nộp rút hồ sơ."), ("RequestedOn", today));
        var row = await ReconcileAsync(withdrawn);
        row.WithdrawnAt.ShouldNotBeNull();
        row.EndedAt.ShouldBe(row.WithdrawnAt);
    }

    [Fact]
    public async Task A_change_whose_save_fails_leaves_the_facts_row_as_it_was()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var before = await ReconcileAsync(id);

        await FeeFactWhoseSaveFailsAsync(id);

        var after = await RowAsync(id);
        after.ShouldNotBeNull().CapturedSequence.ShouldBe(before.CapturedSequence);
        after.CapturedAt.ShouldBe(before.CapturedAt);
    }

    [Fact]
    public async Task A_dossier_without_a_row_gets_one_with_its_next_change_and_a_failed_save_writes_none()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await DeleteRowAsync(id);

        await FeeFactWhoseSaveFailsAsync(id);

        (await RowAsync(id)).ShouldBeNull();

        await using (var scope = factory.CreateDbScope(out var db))
        {
            await scope.ServiceProvider.GetRequiredService<DossierFacts>()
                .RecordFeeAsync(id, FeeFact.Requested, "1.500.000 đồng", factory.HostUtcNow(), Cashier, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await ReconcileAsync(id);
    }

    [Fact]
    public async Task The_rebuild_restores_a_deleted_row_with_the_same_values_and_leaves_every_dossier_with_its_row()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var kept = await ReconcileAsync(id);
        await DeleteRowAsync(id);

        // What the scheduled job does in its slot (test hosts run no jobs by themselves).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var job = factory.Services.GetServices<IScheduledJob>().Single(j => j.Name == "metrics-facts-rebuild");
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var restored = await ReconcileAsync(id);
        Columns(restored).ShouldBe(Columns(kept));
        await using (var scope = factory.CreateDbScope(out var db))
        {
            (await db.Dossiers.CountAsync(d => !db.MetricDossiers.Any(m => m.DossierId == d.Id))).ShouldBe(0);
            foreach (var dossierId in await db.Dossiers.Select(d => d.Id).ToListAsync())
            {
                await ReconcileAsync(dossierId);
            }
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None)).ShouldBe(0, "a second run finds nothing behind");
        }
    }

    [Fact]
    public async Task The_competent_agency_is_back_filled_from_the_first_task_and_the_rebuild_rewrites_a_row_counted_for_another_agency()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        var kept = await ReconcileAsync(id);
        Guid department;
        await using (var scope = factory.CreateDbScope(out var db))
        {
            department = await db.DossierTasks.Where(t => t.DossierId == id).Select(t => t.AgencyId).SingleAsync();
            kept.ResolvingAgencyId.ShouldBe(department);
            kept.AgencyId.ShouldNotBe(department, "the centre's desk received it");

            // As the rows were before M0044: no competent agency, the facts counted for the desk; the migration's statements restore them.
            await db.Dossiers.Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.CompetentAgencyId, (Guid?)null));
            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ResolvingAgencyId, m => m.AgencyId));
            await db.Database.ExecuteSqlRawAsync(MotCua.Common.Data.Migrations.M0044_CompetentAgency.BackFillDossiers);
            await db.Database.ExecuteSqlRawAsync(MotCua.Common.Data.Migrations.M0044_CompetentAgency.BackFillFacts);
            (await db.Dossiers.Where(d => d.Id == id).Select(d => d.CompetentAgencyId).SingleAsync()).ShouldBe(department);
            Columns(await db.MetricDossiers.AsNoTracking().SingleAsync(m => m.DossierId == id)).ShouldBe(Columns(kept));

            await db.MetricDossiers.Where(m => m.DossierId == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ResolvingAgencyId, m => m.AgencyId));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        Columns(await ReconcileAsync(id)).ShouldBe(Columns(kept));
    }

    [Fact]
    public async Task A_rating_reaches_the_facts_in_its_own_save_and_a_second_rating_the_database_refuses_changes_nothing()
    {
        var id = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
        await RateAsync(id, satisfied: false);
        var rated = await ReconcileAsync(id);
        rated.Satisfied.ShouldBe(false);
        rated.RatedAt.ShouldNotBeNull();
        rated.RatingTime.ShouldBe((short)2);

        await Should.ThrowAsync<DbUpdateException>(() => RateAsync(id, satisfied: true));

        var after = (await RowAsync(id)).ShouldNotBeNull();
        after.Satisfied.ShouldBe(false, "the refused rating's save wrote nothing");
        after.RatedAt.ShouldBe(rated.RatedAt);
    }

    private async Task RateAsync(Guid dossierId, bool satisfied)
    {
        await using var scope = factory.CreateDbScope(out var db);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
        db.DossierRatings.Add(Modules.Portal.Data.DossierRating.Record(
            new RatableDossier(dossier.Id, dossier.AgencyId, dossier.Code, dossier.ProcedureName, DossierStatus.Returned, OnTimeClass.OnTime),
            Modules.Portal.Data.RatingChannel.Kiosk, 2, 1, 1, false, satisfied, "Cán bộ nhiệt tình", factory.HostUtcNow()));
        await db.SaveChangesAsync();
    }

    /// <summary>Checks that the dossier's facts row holds exactly the figures of the dossier as stored; returns the row.</summary>
    private async Task<MetricDossier> ReconcileAsync(Guid dossierId)
    {
        var (dossier, _) = await factory.LoadAsync(dossierId);
        var row = (await RowAsync(dossierId)).ShouldNotBeNull($"dossier {dossierId} has a facts row");
        var expected = MetricDossier.Of(DossierFigures.Of(dossier), row.CapturedAt);
        expected.Record(row.Outside());
        Columns(row).ShouldBe(Columns(expected));
        return row;
    }

    /// <summary>Records a fee fact on the dossier and saves it after another officer changed the dossier: the save fails as a concurrency conflict.</summary>
    private async Task FeeFactWhoseSaveFailsAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        await scope.ServiceProvider.GetRequiredService<DossierFacts>()
            .RecordFeeAsync(dossierId, FeeFact.Requested, "1.500.000 đồng — lệ phí cấp giấy phép", factory.HostUtcNow(), Cashier, CancellationToken.None);
        await using (var other = factory.CreateDbScope(out var otherDb))
        {
            await otherDb.Dossiers.Where(d => d.Id == dossierId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Revision, Guid.NewGuid()));
        }

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    private async Task<MetricDossier?> RowAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.MetricDossiers.AsNoTracking().SingleOrDefaultAsync(m => m.DossierId == dossierId);
    }

    private async Task DeleteRowAsync(Guid dossierId)
    {
        await using var scope = factory.CreateDbScope(out var db);
        (await db.MetricDossiers.Where(m => m.DossierId == dossierId).ExecuteDeleteAsync()).ShouldBe(1);
    }

    /// <summary>Every stored column of the row but the instant of its capture, as "name=value".</summary>
    private List<string> Columns(MetricDossier row)
    {
        using var scope = factory.Services.CreateScope();
        var type = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model.FindEntityType(typeof(MetricDossier))!;
        return [.. type.GetProperties().Where(p => p.Name != nameof(MetricDossier.CapturedAt))
            .Select(p => $"{p.Name}={Text(p.GetGetter().GetClrValue(row))}")];
    }

    private static string? Text(object? value) => value switch
    {
        DateTime instant => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
