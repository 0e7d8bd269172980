using System.Net;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Metrics.Live;
using MotCua.Testing;
using static MotCua.IntegrationTests.Dossiers.ProcessingArrange;

namespace MotCua.IntegrationTests.Metrics.Rollups;

/// <summary>The randomised histories the roll-ups' reconciliations share.</summary>
internal static class RolledHistories
{
    /// <summary>
    /// From 07/12/2026 across Tết 2027, 14 rounds of three receptions (some asked for a supplement), random next steps and
    /// returns, the facts settled every fourth round so that later rounds change rows already rolled up; the dossiers still
    /// open and those with a result not yet returned.
    /// </summary>
    public static async Task<(List<Guid> Open, List<Guid> Done)> ArrangeRolledHistoriesAsync(this ClockedFactory factory, Random random)
    {
        factory.Clock.SetUtcNow(ClockedFactory.Start);
        var open = new List<Guid>();
        var done = new List<Guid>();
        for (var round = 0; round < 14; round++)
        {
            for (var i = 0; i < 3; i++)
            {
                var received = await factory.ReceiveAsync(await factory.ClientAsync("motcua"), LicenceCode);
                open.Add(received);
                if (random.NextDouble() < 0.3)
                {
                    await factory.ActAsync(await factory.ClientAsync("chuyenvien"), received, "RequestSupplement", (await factory.OpenStepAsync(received)).Id, null, ("Comment", "Bản sao giấy chứng nhận — bản đã nộp bị mờ"));
                }
            }

            foreach (var id in open.ToList().Where(_ => random.NextDouble() < 0.5))
            {
                await factory.StepAsync(id, random.Next(6), open, done);
            }

            foreach (var id in done.ToList().Where(_ => random.NextDouble() < 0.3))
            {
                var via = random.Next(2) == 0 ? "Online" : "Counter";
                if ((await factory.ActAsync(await factory.ClientAsync("motcua"), id, "Return", null, null, ("ReturnVia", via), ("Fees", "Paid"))).StatusCode == HttpStatusCode.Redirect)
                {
                    done.Remove(id);
                }
            }

            // Rolled up as the job does every minute, so later rounds change rows already counted.
            if (round % 4 == 3)
            {
                await factory.SettleFactsAsync();
            }

            factory.Clock.Advance(TimeSpan.FromDays(3 + random.Next(6)) + TimeSpan.FromHours(random.Next(9)));
        }

        return (open, done);
    }
}
