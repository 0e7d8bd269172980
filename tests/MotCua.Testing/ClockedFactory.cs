namespace MotCua.Testing;

/// <summary>
/// The demo province on a stopped clock, Monday 07/12/2026 08:00 (UTC+7), moved only by <see cref="Clock"/>. A second
/// node made with <c>WithWebHostBuilder</c> shares the clock.
/// </summary>
public sealed class ClockedFactory() : MotCuaFactory(new FakeTimeProvider(Start))
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock => StoppedClock!;
}
