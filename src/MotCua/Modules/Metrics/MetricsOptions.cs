using System.ComponentModel.DataAnnotations;

namespace MotCua.Modules.Metrics;

/// <summary>Settings of the Metrics module (configuration section <c>Metrics</c>, docs/operations.md); validated at start.</summary>
internal sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>How often the dossiers' facts rows are checked and rebuilt where missing or behind (ADR-049); the first run is at the first start.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FactsRebuildInterval { get; set; } = TimeSpan.FromDays(1);
}
