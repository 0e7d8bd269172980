using System.Text.RegularExpressions;
using Mono.Cecil.Cil;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// The application reads the time only through the injected <see cref="TimeProvider"/> (STYLE, ADR-028): a read of the
/// machine's clock (<c>DateTime.Now/UtcNow/Today</c>, <c>DateTimeOffset.Now/UtcNow</c>, <c>TimeProvider.System</c>) escapes a
/// clocked host and the demo year's clock, and after 17:00 UTC the machine's day is already tomorrow in Vietnam. Checked over
/// the built assembly (views and lambdas included); the test hosts' sources are checked as text.
/// </summary>
public sealed partial class MachineClockTests
{
    /// <summary>The only places that may read the machine's clock, each with its reason.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["MotCua.Common.Hosting.PlatformModule.AddPlatform"] = "registers TimeProvider.System as the application's clock, the one every other class is given",
        ["MotCua.DemoYear.DemoYearServices.Build"] = "the calendars' cache expires on real time while the demo year is played on its own clock (ADR-003, ADR-056)",
    };

    /// <summary>Test sources that must read the machine's clock, by file name, each with its reason.</summary>
    private static readonly Dictionary<string, string> AllowedInTests = new(StringComparer.Ordinal)
    {
        ["FakeOidcProvider.cs"] = "the OpenID Connect handler checks an ID token's lifetime against the machine's clock",
        ["DeployedFactory.cs"] = "the operating system checks a certificate's validity against the machine's clock",
    };

    [Fact]
    public void The_application_reads_the_time_only_from_the_injected_time_provider()
    {
        var readers = CompiledCode.MethodsWith(ReadsMachineClock);

        readers.ShouldContain("MotCua.Common.Hosting.PlatformModule.AddPlatform", "the check must see the registration of the system clock");
        readers.Where(r => !Allowed.ContainsKey(r))
            .ShouldBeEmpty("take a TimeProvider (or a clocked value from the caller) instead of reading the machine's clock");
        Allowed.Keys.Where(a => !readers.Contains(a)).ShouldBeEmpty("an allowed place that no longer reads the clock leaves the list");
    }

    [Fact]
    public void Test_hosts_compare_dates_on_the_hosts_clock_not_the_machines()
    {
        var tests = Path.Combine(SourceTree.Root, "..", "..", "tests");
        var readers = new[] { "MotCua.IntegrationTests", "MotCua.Testing", "MotCua.BrowserTests" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(tests, project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => MachineClock().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .ToList();

        readers.ShouldNotBeEmpty("the check must see the allowed readers");
        readers.Where(f => !AllowedInTests.ContainsKey(f!))
            .ShouldBeEmpty("use factory.HostNow()/HostUtcNow()/HostToday() (MotCua.Testing.HostClock), or a Stopwatch for a real-time wait");
    }

    private static bool ReadsMachineClock(Instruction instruction) =>
        CompiledCode.Calls(instruction, "System.DateTime", "get_Now")
        || CompiledCode.Calls(instruction, "System.DateTime", "get_UtcNow")
        || CompiledCode.Calls(instruction, "System.DateTime", "get_Today")
        || CompiledCode.Calls(instruction, "System.DateTimeOffset", "get_Now")
        || CompiledCode.Calls(instruction, "System.DateTimeOffset", "get_UtcNow")
        || CompiledCode.Calls(instruction, "System.TimeProvider", "get_System");

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b|\bTimeProvider\.System\b")]
    private static partial Regex MachineClock();
}
