namespace MotCua.Benchmarks;

/// <summary>A load generator run as <c>dotnet run -c Release -- &lt;Name&gt; [options]</c> instead of BenchmarkDotNet.</summary>
internal interface ILoadGenerator
{
    /// <summary>The first command-line argument that selects this generator.</summary>
    string Name { get; }

    Task<int> RunAsync(string[] args);
}
