using MotCua.Modules.Metrics.Live;
using MotCua.Modules.Metrics.Scoring766;

namespace MotCua.UnitTests.Metrics.Live;

/// <summary>
/// Mô phỏng Bộ chỉ số 766 (ADR-057) with worked numbers: each scenario alters the live inputs and is scored by
/// <see cref="Score766.Compute"/>; the points by hand in the comments.
/// </summary>
public sealed class WhatIf766Tests
{
    // Now: 2.1 20 × 150/200 = 15; 3.1 min(2, 2 × 0.6/0.8) = 1.5; 3.2 4 × 18/20 = 3.6; 5.4 min(6, 6 × 0.72/0.9) = 4.8 → 24.9.
    private static readonly IndicatorInput[] Inputs = [new("2.1", 150, 200), new("3.1", 60, 100), new("3.2", 18, 20), new("5.4", 72, 100)];

    // 5.4 = (100 received − 20 overdue − 8 rated not satisfied) / 100 = 72 %.
    private static readonly Satisfaction54Parts Parts = new(100, 20, 8);

    // P1 một phần with 10 of 40 dossiers online comes first; the four without online service follow by code.
    private static readonly WhatIfProcedure[] Candidates =
    [
        new("2.000005", false, 0, 0), new("1.000001", true, 40, 10), new("2.000002", false, 5, 0), new("2.000003", false, 0, 0), new("2.000004", false, 0, 0),
    ];

    private static WhatIfBasis Basis(IEnumerable<IndicatorInput>? inputs = null) =>
        new([.. inputs ?? Inputs], OpenOverdueInHand: 30, Parts, OpenOverdueReceived: 12, WhatIf766.Order(Candidates));

    [Fact]
    public void The_score_now_is_the_live_inputs_scored_again_by_Score766()
    {
        var outcome = WhatIf766.Simulate(Set766.Set2022, Basis(), 0, 0.9m);

        outcome.Now.Total.ShouldBe(24.9m);
        outcome.Now.Total.ShouldBe(Score766.Compute(Set766.Set2022, Inputs).Total);
    }

    [Fact]
    public void Ending_the_open_overdue_dossiers_counts_them_on_time_in_2_1_and_not_overdue_in_5_4()
    {
        var outcome = WhatIf766.Simulate(Set766.Set2022, Basis(), 0, 0.9m);
        var ended = outcome.Cases.Single(c => c.Scenario == WhatIfScenario.EndOverdue);

        // 2.1: 150 + 30 = 180 of 200 → 18 (+3); the mẫu số stays. 5.4: (100 − 8 − 8) / 100 = 84 % → 6 × 0.84/0.9 = 5.6 (+0.8).
        var onTime = ended.Changed.Single(i => i.Now.Id == "2.1");
        (onTime.Simulated.Numerator, onTime.Simulated.Denominator, onTime.Simulated.Points, onTime.Gain).ShouldBe((180m, 200m, 18m, 3m));
        var satisfaction = ended.Changed.Single(i => i.Now.Id == "5.4");
        (satisfaction.Simulated.Numerator, satisfaction.Simulated.Points, satisfaction.Gain).ShouldBe((84m, 5.6m, 0.8m));
        ended.Gain.ShouldBe(3.8m);
        ended.Score.Total.ShouldBe(28.7m);
        ended.Changed.Select(i => i.Now.Id).ShouldBe(["2.1", "5.4"]);
    }

    [Fact]
    public void More_full_online_procedures_raise_3_1_and_widen_3_2_so_the_2022_total_can_fall()
    {
        var outcome = WhatIf766.Simulate(Set766.Set2022, Basis(), 5, 0.9m);
        var more = outcome.Cases.Single(c => c.Scenario == WhatIfScenario.MoreFullOnline);

        outcome.Chosen.Select(p => p.Code).ShouldBe(["1.000001", "2.000002", "2.000003", "2.000004", "2.000005"]);
        // Four had no online service: 3.1 64/100 → 2 × 0.64/0.8 = 1.6 (+0.1); 3.2 18/24 → 4 × 0.75 = 3 (−0.6).
        more.Changed.Single(i => i.Now.Id == "3.1").Simulated.Points.ShouldBe(1.6m);
        var services = more.Changed.Single(i => i.Now.Id == "3.2");
        (services.Simulated.Numerator, services.Simulated.Denominator, services.Gain).ShouldBe((18m, 24m, -0.6m));
        more.Gain.ShouldBe(-0.5m);
    }

    [Fact]
    public void More_full_online_procedures_bring_their_dossiers_into_the_2026_full_online_row()
    {
        var set = Set766.Set2026(new DateOnly(2026, 1, 1));
        // 3.toan-trinh now 90/360 → 12 × 0.25 = 3; with P1 (30 of 40 online): 120/400 → 12 × 0.3 = 3.6 (+0.6). 3.1 has no points in 2026.
        var basis = Basis([.. Inputs.Where(i => i.Id != "3.2"), new("3.toan-trinh", 90, 360)]) with
        {
            Candidates = WhatIf766.Order([new("1.000001", true, 40, 30), new("2.000002", false, 5, 0)]),
        };

        var more = WhatIf766.Simulate(set, basis, 1, 0.9m).Cases.Single(c => c.Scenario == WhatIfScenario.MoreFullOnline);

        var row = more.Changed.Single(i => i.Now.Id == "3.toan-trinh");
        (row.Simulated.Numerator, row.Simulated.Denominator, row.Simulated.Points).ShouldBe((120m, 400m, 3.6m));
        more.Gain.ShouldBe(0.6m);
        more.Changed.ShouldNotContain(i => i.Now.Id == "3.1", "P1 was already một phần");
    }

    [Fact]
    public void Ratings_at_the_target_only_ever_lower_the_unsatisfied_count_of_5_4()
    {
        // 90 %: at most 10 of 100 unsatisfied; 8 already are → nothing changes.
        var at90 = WhatIf766.Simulate(Set766.Set2022, Basis(), 0, 0.9m).Cases.Single(c => c.Scenario == WhatIfScenario.RatingsAtTarget);
        at90.Changed.ShouldBeEmpty();
        at90.Gain.ShouldBe(0m);

        // 95 %: at most 5 → (100 − 20 − 5) / 100 = 75 % → 6 × 0.75/0.9 = 5 (+0.2).
        var at95 = WhatIf766.Simulate(Set766.Set2022, Basis(), 0, 0.95m).Cases.Single(c => c.Scenario == WhatIfScenario.RatingsAtTarget);
        var satisfaction = at95.Changed.Single();
        (satisfaction.Now.Id, satisfaction.Simulated.Numerator, satisfaction.Simulated.Points, at95.Gain).ShouldBe(("5.4", 75m, 5m, 0.2m));

        // 92,5 %: ⌈92.5⌉ = 93 dossiers not unsatisfied → at most 7.
        var at925 = WhatIf766.Simulate(Set766.Set2022, Basis(), 0, 0.925m).Cases.Single(c => c.Scenario == WhatIfScenario.RatingsAtTarget);
        at925.Changed.Single().Simulated.Numerator.ShouldBe(73m);
    }

    [Fact]
    public void All_three_together_add_up_through_the_shared_5_4_counts()
    {
        var combined = WhatIf766.Simulate(Set766.Set2022, Basis(), 5, 0.95m).Cases.Single(c => c.Scenario == WhatIfScenario.Combined);

        // 2.1 +3; 5.4 (100 − 8 − 5) = 87 % → 5.8 (+1); 3.1 +0.1; 3.2 −0.6 → +3.5.
        combined.Changed.Single(i => i.Now.Id == "5.4").Simulated.Points.ShouldBe(5.8m);
        combined.Gain.ShouldBe(3.5m);
        combined.Score.Total.ShouldBe(28.4m);
    }

    [Fact]
    public void An_indicator_the_live_page_could_not_compute_stays_missing_in_every_scenario()
    {
        var outcome = WhatIf766.Simulate(Set766.Set2022, Basis(Inputs.Where(i => i.Id != "2.1")), 5, 0.95m);

        outcome.Cases.ShouldAllBe(c => c.Score.Indicators.Single(i => i.Id == "2.1").IsMissing);
    }
}
