using BenchmarkDotNet.Running;

namespace MotCua.Benchmarks;

/// <summary>
/// Runs the micro-benchmarks (<c>-- --filter '*'</c>) or a load generator named by the first argument (see docs/benchmarks.md).
/// </summary>
internal static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        var generator = typeof(BenchmarkEntry).Assembly.GetTypes()
            .Where(t => typeof(ILoadGenerator).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ILoadGenerator)Activator.CreateInstance(t)!)
            .FirstOrDefault(g => args.Length > 0 && string.Equals(g.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (generator is not null)
        {
            return await generator.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
