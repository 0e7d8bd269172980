using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MotCua.Modules.Metrics.Homes;

/// <summary>
/// Keeps the home pages' figures of one scope for <see cref="MetricsOptions.HomeFiguresCacheDuration"/> (ADR-055): the
/// on-time rate judges every open dossier of the scope, too much to redo at every visit of a busy page. Per node, keyed
/// by what was read and for whom (an agency, or the province); the clock is the application's, so an entry made "later"
/// than now (a test's clock put back) is read again.
/// </summary>
internal sealed class HomeFiguresCache(IOptionsMonitor<MetricsOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, object Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> read)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = clock.GetUtcNow();
        var duration = options.CurrentValue.HomeFiguresCacheDuration;
        if (_entries.TryGetValue(key, out var entry) && entry.Value is T known && now >= entry.At && now - entry.At < duration)
        {
            return known;
        }

        var value = await read();
        if (duration > TimeSpan.Zero)
        {
            _entries[key] = (now, value);
        }

        return value;
    }
}
