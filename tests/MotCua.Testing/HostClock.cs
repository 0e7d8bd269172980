using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;

namespace MotCua.Testing;

/// <summary>
/// The clock a test host runs on (a clocked host's stopped clock, otherwise the system's), for every date or instant a test
/// hands to the host or compares with what it stored. The machine's clock is another day than a stopped one after 17:00 UTC
/// (already tomorrow in Vietnam), so tests never read it for such values.
/// </summary>
public static class HostClock
{
    public static DateTimeOffset HostNow(this WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The host's now as a UTC <see cref="DateTime"/>, as entities store it.</summary>
    public static DateTime HostUtcNow(this WebApplicationFactory<Program> factory) => factory.HostNow().UtcDateTime;

    /// <summary>The host's today in Vietnam.</summary>
    public static DateOnly HostToday(this WebApplicationFactory<Program> factory) => VietnamTime.LocalDate(factory.HostNow());
}
