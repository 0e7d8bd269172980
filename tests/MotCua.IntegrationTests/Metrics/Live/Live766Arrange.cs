using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.IntegrationTests.Dossiers;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics.Facts;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Metrics.Live;

/// <summary>What the 766 tests share: the facts settled as the scheduler would, an agency's id, and what a refusal looks like.</summary>
internal static class Live766Arrange
{
    /// <summary>The rebuild and the judging job, as the scheduler runs them.</summary>
    public static async Task SettleFactsAsync(this MotCuaFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MetricsRebuild>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<MetricsJudge>().RunAsync(CancellationToken.None);
    }

    /// <summary>One random next step of a dossier in hand; a step the dossier's state does not allow is simply not taken.</summary>
    public static async Task StepAsync(this ClockedFactory factory, Guid id, int choice, List<Guid> open, List<Guid> done)
    {
        var today = VietnamTime.LocalDate(factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (dossier, tasks) = await factory.LoadAsync(id);
        var step = tasks.FirstOrDefault(t => t.IsOpen && t.Kind == DossierTaskKind.Step && t.ParentTaskId is null);
        if (dossier.PendingSupplement is not null)
        {
            await factory.ActAsync(await factory.ClientAsync("motcua"), id, choice < 5 ? "CompleteSupplement" : "Withdraw", null, null,
                ("Comment", "Người nộp rút hồ sơ."), ("RequestedOn", today));
        }
        else if (choice <= 1 && step is not null)
        {
            await factory.ActAsync(await factory.ClientAsync("chuyenvien"), id, "RequestSupplement", step.Id, null, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));
        }
        else if (choice == 2 && step is not null)
        {
            await factory.ActAsync(await factory.ClientAsync("chuyenvien"), id, "ProposeRefusal", step.Id, null, ("Comment", "Doanh nghiệp chưa ký quỹ."));
            foreach (var (who, command) in new[] { ("truongphong", "Approve"), ("giamdoc", "IssueResult") })
            {
                if ((await factory.LoadAsync(id)).Tasks.FirstOrDefault(t => t.IsOpen && t.Kind == DossierTaskKind.Step && t.ParentTaskId is null) is { } next)
                {
                    await factory.ActAsync(await factory.ClientAsync(who), id, command, next.Id);
                }
            }
        }
        else if (choice == 3)
        {
            await factory.ActAsync(await factory.ClientAsync("motcua"), id, "Withdraw", null, null, ("Comment", "Người nộp rút hồ sơ."), ("RequestedOn", today));
        }
        else if (step is not null)
        {
            try
            {
                await factory.SettleAsync(id, factory.Clock.GetUtcNow());
            }
            catch (ShouldAssertException)
            {
                // The dossier was somewhere the three steps do not start from (a refusal proposed, a step already taken).
            }
        }

        var after = (await factory.LoadAsync(id)).Dossier;
        if (after.EndEvents().FirstBy(DateTimeOffset.MaxValue).Kind != DossierEndKind.PeriodEnd)
        {
            open.Remove(id);
            if (after.Outcome == DossierOutcome.Granted && after.ReturnedAt is null && after.Status != DossierStatus.Withdrawn)
            {
                done.Add(id);
            }
        }
    }

    public static async Task<Guid> AgencyIdAsync(this MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    /// <summary>A page refuses with a redirect to the denied page; an export with 403.</summary>
    public static void Denied(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Forbidden
         || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)))
        .ShouldBeTrue(response.StatusCode + " " + response.Headers.Location);
}
