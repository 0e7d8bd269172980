using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.Modules.Metrics.Live;

/// <summary>5.4's three counts over the dossiers received in the period: received, overdue (quá hạn), rated not satisfied.</summary>
internal sealed record Satisfaction54Parts(int Received, int Overdue, int Unsatisfied);

/// <summary>
/// A procedure the scope offers in force but not yet as toàn trình, with the dossiers received in the period (and how many
/// of them online); <see cref="HasOnlineService"/>: offered at least một phần.
/// </summary>
internal sealed record WhatIfProcedure(string Code, bool HasOnlineService, int Received, int ReceivedOnline);

/// <summary>
/// What a simulation alters, beside the inputs the live page scored: 2.1's and 5.4's open overdue dossiers, 5.4's three
/// counts, and the procedures that could become toàn trình in the order <see cref="WhatIf766.Order"/> takes them.
/// </summary>
internal sealed record WhatIfBasis(
    IReadOnlyList<IndicatorInput> Inputs, int OpenOverdueInHand, Satisfaction54Parts? Parts54, int OpenOverdueReceived, IReadOnlyList<WhatIfProcedure> Candidates);

/// <summary>The assumptions of one simulation: (a) the open overdue dossiers ended today, (b) N more toàn trình, (c) the ratings at a target.</summary>
internal sealed record WhatIfAssumptions(bool EndOverdue, int MoreFullOnline, decimal? RatingTarget);

/// <summary>The scenarios the page shows: each assumption alone, then all three together.</summary>
internal enum WhatIfScenario
{
    EndOverdue,
    MoreFullOnline,
    RatingsAtTarget,
    Combined,
}

/// <summary>One chỉ số in a scenario: its inputs and points now and simulated.</summary>
internal sealed record WhatIfIndicator(IndicatorScore Now, IndicatorScore Simulated)
{
    public decimal Gain => Simulated.Points - Now.Points;

    public bool InputsChanged => Now.Numerator != Simulated.Numerator || Now.Denominator != Simulated.Denominator;
}

/// <summary>One scenario's score and the chỉ số whose inputs it changed.</summary>
internal sealed record WhatIfCase(WhatIfScenario Scenario, WhatIfAssumptions Assumptions, Score766Result Score, decimal Gain, IReadOnlyList<WhatIfIndicator> Changed);

/// <summary>The score now (rescored from the live inputs) and each scenario.</summary>
internal sealed record WhatIfOutcome(Score766Result Now, IReadOnlyList<WhatIfCase> Cases, IReadOnlyList<WhatIfProcedure> Chosen);

/// <summary>
/// Mô phỏng Bộ chỉ số 766 (ADR-057): alters the inputs of the live score and scores them again with
/// <see cref="Score766.Compute"/> — the one formula; nothing here is stored or shown as a score.
/// </summary>
internal static class WhatIf766
{
    /// <summary>The largest N a reader may ask for, whatever the scope offers.</summary>
    public const int MaxMoreFullOnline = 1000;

    /// <summary>
    /// The order procedures would be made toàn trình: most online dossiers received in the period first (applicants already
    /// use the online channel), then those with no online service at all (chỉ số 3.1 counts them), then by code.
    /// </summary>
    public static IReadOnlyList<WhatIfProcedure> Order(IEnumerable<WhatIfProcedure> candidates) =>
        [.. candidates.OrderByDescending(c => c.ReceivedOnline).ThenBy(c => c.HasOnlineService).ThenBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>The score now and the four scenarios, every one by <see cref="Score766.Compute"/>.</summary>
    public static WhatIfOutcome Simulate(FormulaSet set, WhatIfBasis basis, int moreFullOnline, decimal ratingTarget)
    {
        var now = Score766.Compute(set, basis.Inputs);
        WhatIfAssumptions[] assumptions =
        [
            new(true, 0, null), new(false, moreFullOnline, null), new(false, 0, ratingTarget), new(true, moreFullOnline, ratingTarget),
        ];
        var cases = assumptions.Select((a, i) =>
        {
            var score = Score766.Compute(set, Alter(basis, a));
            var changed = now.Indicators.Zip(score.Indicators, (n, s) => new WhatIfIndicator(n, s)).Where(x => x.InputsChanged || x.Gain != 0).ToList();
            return new WhatIfCase((WhatIfScenario)i, a, score, score.Total - now.Total, changed);
        }).ToList();
        return new WhatIfOutcome(now, cases, [.. basis.Candidates.Take(moreFullOnline)]);
    }

    /// <summary>The inputs under <paramref name="assumptions"/>; a chỉ số the live page could not compute stays missing.</summary>
    public static IReadOnlyList<IndicatorInput> Alter(WhatIfBasis basis, WhatIfAssumptions assumptions)
    {
        var inputs = basis.Inputs.ToDictionary(i => i.Id, StringComparer.Ordinal);

        // (a) Ended today and no longer counted as overdue: 2.1 keeps them in its mẫu số (in hand in the period) and counts them
        // in its tử số; 5.4 no longer subtracts those received in the period from its tử số.
        if (assumptions.EndOverdue && inputs.TryGetValue("2.1", out var onTime))
        {
            inputs["2.1"] = onTime with { Numerator = Math.Min(onTime.Denominator, onTime.Numerator + basis.OpenOverdueInHand) };
        }

        if (basis.Parts54 is { } parts && inputs.ContainsKey("5.4"))
        {
            var overdue = parts.Overdue - (assumptions.EndOverdue ? basis.OpenOverdueReceived : 0);
            // (c) At most (100 − target) % of the dossiers received in the period rated not satisfied (a whole number of dossiers).
            var unsatisfied = assumptions.RatingTarget is { } target
                ? Math.Min(parts.Unsatisfied, parts.Received - (int)Math.Ceiling(parts.Received * target))
                : parts.Unsatisfied;
            inputs["5.4"] = IndicatorInput.Satisfaction54(parts.Received, Math.Max(0, overdue), unsatisfied);
        }

        // (b) N more procedures toàn trình: 3.1 counts those that had no online service; 3.2's mẫu số gains them as online
        // services (its tử số only if they already received online dossiers); the 2026 row gains their dossiers of the period.
        var chosen = basis.Candidates.Take(assumptions.MoreFullOnline).ToList();
        if (chosen.Count > 0)
        {
            var newlyOnline = chosen.Count(c => !c.HasOnlineService);
            Change("3.1", i => i with { Numerator = Math.Min(i.Denominator, i.Numerator + newlyOnline) });
            Change("3.2", i => i with
            {
                Numerator = i.Numerator + chosen.Count(c => !c.HasOnlineService && c.ReceivedOnline > 0), Denominator = i.Denominator + newlyOnline,
            });
            Change("3.toan-trinh", i => i with { Numerator = i.Numerator + chosen.Sum(c => c.ReceivedOnline), Denominator = i.Denominator + chosen.Sum(c => c.Received) });
        }

        return [.. inputs.Values];

        void Change(string id, Func<IndicatorInput, IndicatorInput> change)
        {
            if (inputs.TryGetValue(id, out var input))
            {
                inputs[id] = change(input);
            }
        }
    }
}
