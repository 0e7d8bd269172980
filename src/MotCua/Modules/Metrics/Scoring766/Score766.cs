namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>
/// One chỉ số scored. <see cref="Ratio"/> and <see cref="Points"/> keep their exact decimal value; round only through
/// <see cref="Score766Display"/> (ADR-050). <see cref="Ratio"/> is null when the mẫu số is 0 ("N/A").
/// <see cref="IsMissing"/>: no figures were given (an entered chỉ số not yet entered); it scores 0.
/// </summary>
internal sealed record IndicatorScore(
    string Id, string Name, decimal Numerator, decimal Denominator, decimal? Ratio, decimal Points, decimal MaxPoints,
    string FormulaId, bool IsEntered, bool IsInformational, bool IsProvisional, bool IsMissing);

/// <summary>The points of one nhóm chỉ số: the sum of its chỉ số.</summary>
internal sealed record GroupScore(int Group, string Name, decimal Points, decimal MaxPoints, IReadOnlyList<IndicatorScore> Indicators);

/// <summary>A kỳ báo cáo's Bộ chỉ số 766 result: groups, their sum and the set's maximum (100).</summary>
internal sealed record Score766Result(FormulaSet Set, IReadOnlyList<GroupScore> Groups)
{
    public decimal Total => Groups.Sum(g => g.Points);

    public decimal MaxTotal => Groups.Sum(g => g.MaxPoints);

    public IEnumerable<IndicatorScore> Indicators => Groups.SelectMany(g => g.Indicators);
}

/// <summary>
/// Scores the inputs of one kỳ báo cáo against a formula set. Inputs are checked by the pages that take them; an unknown,
/// repeated or negative input here is a programming error.
/// </summary>
internal static class Score766
{
    public static Score766Result Compute(FormulaSet set, IEnumerable<IndicatorInput> inputs)
    {
        var byId = new Dictionary<string, IndicatorInput>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (set.Find(input.Id) is null)
                throw new ArgumentException($"Indicator {input.Id} is not in formula set {set.Id}.", nameof(inputs));
            if (input.Numerator < 0 || input.Denominator < 0)
                throw new ArgumentException($"Indicator {input.Id}: numerator and denominator must not be negative.", nameof(inputs));
            if (!byId.TryAdd(input.Id, input))
                throw new ArgumentException($"Indicator {input.Id} is given twice.", nameof(inputs));
        }

        var groups = set.Groups
            .Select(group =>
            {
                var scores = set.Indicators.Where(i => i.Group == group)
                    .Select(i => Score(i, byId.GetValueOrDefault(i.Id)))
                    .ToList();
                return new GroupScore(group, IndicatorDefinition.GroupName(group), scores.Sum(s => s.Points), set.GroupMax(group), scores);
            })
            .ToList();
        return new Score766Result(set, groups);
    }

    public static IndicatorScore Score(IndicatorDefinition definition, IndicatorInput? input)
    {
        var (numerator, denominator) = input is null ? (0m, 0m) : (input.Numerator, input.Denominator);
        var points = input is null ? 0m : definition.Formula.Points(definition.MaxPoints, numerator, denominator);
        return new IndicatorScore(definition.Id, definition.Name, numerator, denominator, Formula.Ratio(numerator, denominator),
            points, definition.MaxPoints, definition.Formula.Id, definition.IsEntered, definition.IsInformational,
            definition.IsProvisional, input is null);
    }
}
