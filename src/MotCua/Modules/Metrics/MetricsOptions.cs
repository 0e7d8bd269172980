namespace MotCua.Modules.Metrics;

/// <summary>Settings of the Metrics module (configuration section <c>Metrics</c>, docs/operations.md); validated at start.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";
}
