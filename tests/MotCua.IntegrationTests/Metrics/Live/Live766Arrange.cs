using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
