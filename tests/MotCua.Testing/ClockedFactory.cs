using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Testing;

/// <summary>
/// The demo province on a stopped clock, Monday 07/12/2026 08:00 (UTC+7), moved only by <see cref="Clock"/>. A second
/// node made with <c>WithWebHostBuilder</c> shares the clock.
/// </summary>
public sealed class ClockedFactory : MotCuaFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
