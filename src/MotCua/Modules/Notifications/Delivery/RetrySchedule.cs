namespace MotCua.Modules.Notifications.Delivery;

/// <summary>Exponential back-off with jitter for failed deliveries.</summary>
internal static class RetrySchedule
{
    /// <summary>The largest share of the delay added at random, so that messages failed together do not retry together.</summary>
    public const double MaxJitter = 0.2;

    /// <summary>
    /// The wait after failed attempt number <paramref name="attempts"/> (1 = the first failure):
    /// min(first × 2^(attempts−1), max) × (1 + jitter × <see cref="MaxJitter"/>).
    /// </summary>
    /// <param name="jitter">A number in [0, 1), random in production.</param>
    public static TimeSpan DelayAfter(int attempts, TimeSpan first, TimeSpan max, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(jitter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(jitter, 1.0);
        var exponent = Math.Min(attempts - 1, 30);
        var ticks = Math.Min(first.Ticks * Math.Pow(2, exponent), max.Ticks);
        return TimeSpan.FromTicks((long)(ticks * (1 + (jitter * MaxJitter))));
    }
}
