using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Periods;

namespace MotCua.Modules.Metrics;

/// <summary>
/// One Bộ chỉ số 766 chỉ số as a periodic report quotes it: its id and name, tử số, mẫu số and ratio as the live 766 page
/// computes them (ADR-054), and why it is missing when MotCua holds no data for it.
/// </summary>
internal sealed record ReportIndicator(string Id, string Name, decimal Numerator, decimal Denominator, decimal? Ratio, bool IsMissing, string? MissingReason);

/// <summary>The Metrics module's API for the Reports module: the live Bộ chỉ số 766 figures of an agency or the province for a period.</summary>
internal sealed class ReportIndicators(Live766 live)
{
    /// <summary>
    /// The chỉ số named by <paramref name="ids"/> that the formula set in force for <paramref name="period"/> has, in that
    /// order (<paramref name="agencyId"/> null: the province); empty before QĐ 766.
    /// </summary>
    public async Task<IReadOnlyList<ReportIndicator>> ForAsync(Guid? agencyId, string? agencyName, ReportPeriod period, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = await live.ComputeAsync(new Scope766(agencyId, agencyName, null, null, null), period, cancellationToken);
        return result is null
            ? []
            : [.. ids.Where(result.Indicators.ContainsKey).Select(id => result.Indicators[id]).Select(i => new ReportIndicator(
                i.Score.Id, i.Definition.Name, i.Score.Numerator, i.Score.Denominator, i.Score.Ratio, i.Score.IsMissing, i.MissingReason))];
    }
}
