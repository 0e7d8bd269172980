using Microsoft.Extensions.Options;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Homes;
using MotCua.Testing;

namespace MotCua.UnitTests.Metrics.Homes;

/// <summary>The home figures are kept for the configured time, read again after it, and never kept when it is zero.</summary>
public sealed class HomeFiguresCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

    private HomeFiguresCache Cache(TimeSpan duration) =>
        new(new Monitor(new MetricsOptions { HomeFiguresCacheDuration = duration }), _clock);

    [Fact]
    public async Task Figures_are_read_once_within_the_duration_and_again_after_it()
    {
        var cache = Cache(TimeSpan.FromMinutes(5));
        var reads = 0;
        Task<int> Read() => Task.FromResult(++reads);

        (await cache.GetAsync("scope:a", Read)).ShouldBe(1);
        _clock.Advance(TimeSpan.FromMinutes(4));
        (await cache.GetAsync("scope:a", Read)).ShouldBe(1);
        (await cache.GetAsync("scope:b", Read)).ShouldBe(2, "another scope is read on its own");
        _clock.Advance(TimeSpan.FromMinutes(1));
        (await cache.GetAsync("scope:a", Read)).ShouldBe(3);
    }

    [Fact]
    public async Task A_clock_put_back_before_the_reading_reads_again()
    {
        var cache = Cache(TimeSpan.FromMinutes(5));
        var reads = 0;
        await cache.GetAsync("k", () => Task.FromResult(++reads));

        _clock.Advance(TimeSpan.FromMinutes(-1));

        (await cache.GetAsync("k", () => Task.FromResult(++reads))).ShouldBe(2);
    }

    [Fact]
    public async Task A_zero_duration_reads_at_every_request()
    {
        var cache = Cache(TimeSpan.Zero);
        var reads = 0;

        await cache.GetAsync("k", () => Task.FromResult(++reads));
        (await cache.GetAsync("k", () => Task.FromResult(++reads))).ShouldBe(2);
    }

    private sealed class Monitor(MetricsOptions value) : IOptionsMonitor<MetricsOptions>
    {
        public MetricsOptions CurrentValue => value;

        public MetricsOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MetricsOptions, string?> listener) => null;
    }
}
