using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;

namespace MotCua.Benchmarks.Feedback;

internal sealed partial class FeedbackQueryLoad
{
    private static async Task MeasureAsync(BenchmarkFactory app, World world, int samples, DateTime now)
    {
        await LoadHarness.MeasureAsync(app.Services, "petitions held by the receiver", "-", samples, async (services, ct) =>
            (await services.GetRequiredService<AppDbContext>().Petitions.CountAsync(p => p.AgencyId == world.Receiver.Id, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
