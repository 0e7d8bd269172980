using MotCua.Modules.Calendar;

namespace MotCua.Modules.Metrics.Evaluation;

/// <summary>One dossier as the per-dossier indicators read it: the applicant's rating (chỉ số 1, 3, 4, 7) and the verdicts of the evaluated party's steps on it (chỉ số 2).</summary>
internal sealed record EvaluatedDossier(Guid DossierId, short? RatingTime, short? RatingContacts, short? RatingAgencies, short? RatingAttitude, IReadOnlyCollection<OnTimeClass> Steps);

/// <summary>An indicator's score (rounded as Điều 15 says) and how many dossiers (or procedures, PAKN) it stands on; <see cref="Points"/> null when there is no data.</summary>
internal sealed record IndicatorFigure(EvaluationIndicator Indicator, decimal? Points, int Count);

/// <summary>A party's place in a ranking; equal totals share a place and the next place skips as many (1, 1, 3).</summary>
internal sealed record Ranked<T>(int Rank, T Item);

/// <summary>The aggregation of TT 01/2018/TT-VPCP Điều 15 over dossiers (ADR-058), on top of the pure rules of ADR-051.</summary>
internal static class EvaluationAggregation
{
    /// <summary>The indicators scored per dossier that an officer's and a unit's totals share, in the text's order.</summary>
    public static readonly EvaluationIndicator[] PerDossier =
        [EvaluationIndicator.TotalTime, EvaluationIndicator.UnitTime, EvaluationIndicator.Contacts, EvaluationIndicator.AgenciesContacted, EvaluationIndicator.Attitude];

    // TT 01/2018/TT-VPCP Điều 15: điểm chỉ số = tổng điểm các hồ sơ / tổng số hồ sơ; a dossier without data on an indicator leaves its average (Điều 15: chỉ số không có dữ liệu thì không tính).
    public static IReadOnlyList<IndicatorFigure> Dossiers(IReadOnlyCollection<EvaluatedDossier> dossiers, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(options);
        return [.. PerDossier.Select(indicator =>
        {
            var points = dossiers.Select(d => PointOf(d, indicator, options)).OfType<decimal>().ToList();
            return new IndicatorFigure(indicator, EvaluationScore.Indicator(points.Cast<decimal?>()), points.Count);
        })];
    }

    /// <summary>The dossier's point on a per-dossier indicator, or null without data.</summary>
    public static decimal? PointOf(EvaluatedDossier dossier, EvaluationIndicator indicator, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(options);
        return indicator switch
        {
            // Chỉ số 1, 3, 4, 7 come from the rating (Điều 14), which records them on the 0–2 scale of Điều 13 already.
            EvaluationIndicator.TotalTime => dossier.RatingTime,
            EvaluationIndicator.Contacts => dossier.RatingContacts,
            EvaluationIndicator.AgenciesContacted => dossier.RatingAgencies,
            EvaluationIndicator.Attitude => dossier.RatingAttitude,
            EvaluationIndicator.UnitTime => IndicatorRules.UnitTime(dossier.Steps, options.UnitTimeReading),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not scored per dossier."),
        };
    }

    /// <summary>The scores as the totals of <see cref="EvaluationScore"/> read them.</summary>
    public static Dictionary<EvaluationIndicator, decimal?> Scores(IEnumerable<IndicatorFigure> figures) =>
        figures.ToDictionary(f => f.Indicator, f => f.Points);

    /// <summary>Orders by total, highest first (those with no total last, unranked), names breaking ties for the order only.</summary>
    public static IReadOnlyList<Ranked<T>> Rank<T>(IEnumerable<T> items, Func<T, decimal?> total, Func<T, string> name)
    {
        var ordered = items.OrderByDescending(i => total(i).HasValue).ThenByDescending(i => total(i) ?? 0m).ThenBy(name, StringComparer.Ordinal).ToList();
        var ranked = new List<Ranked<T>>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var t = total(ordered[i]);
            var rank = t is null ? 0 : i > 0 && total(ordered[i - 1]) == t ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Ranked<T>(rank, ordered[i]));
        }

        return ranked;
    }
}
