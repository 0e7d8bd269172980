using BenchmarkDotNet.Running;

namespace MotCua.Benchmarks;

/// <summary>
/// Runs the micro-benchmarks (<c>-- --filter '*'</c>) or a load generator (see docs/benchmarks.md).
/// </summary>
internal static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
