using MotCua.Modules.Metrics.Evaluation;

namespace MotCua.Modules.Metrics;

/// <summary>Settings of the Metrics module (configuration section <c>Metrics</c>, docs/operations.md); validated at start.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>The readings of the TT 01/2018 evaluation the text leaves open (<c>Metrics:Evaluation</c>, ADR-051).</summary>
    public EvaluationOptions Evaluation { get; set; } = new();
}
