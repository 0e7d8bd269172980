using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.Modules.Metrics.Data;
using MotCua.UnitTests.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers;

/// <summary>
/// <see cref="DossierFigures.AsOf"/> (ADR-064): the appointment in force and the supplement state at an instant. Received
/// Monday 2/3/2026 09:00 for 10 working days, appointment Monday 16/3/2026 17:00; a supplement asked for on 3/3 09:00 and
/// completed on 5/3 09:00 (the appointment moves), an extension approved on 12/3 10:00 to 25/3 17:00.
/// </summary>
public sealed class DossierFiguresAsOfTests
{
    private static readonly Actor Officer = new(null, "Trần Thị Bình", null);

    private static readonly DateTime Received = Clock.At(2026, 3, 2, 9).UtcDateTime;

    private static readonly DateTime Receipt = Clock.At(2026, 3, 16, 17).UtcDateTime;

    private static readonly DateTime Requested = Clock.At(2026, 3, 3, 9).UtcDateTime;

    private static readonly DateTime Completed = Clock.At(2026, 3, 5, 9).UtcDateTime;

    private static readonly DateTime Approved = Clock.At(2026, 3, 12, 10).UtcDateTime;

    private static readonly DateTime Extended = Clock.At(2026, 3, 25, 17).UtcDateTime;

    [Fact]
    public void The_history_holds_the_receipts_appointment_then_each_move_with_its_instant()
    {
        var (dossier, figures) = Extension();

        figures.Dues.Select(d => d.From).ShouldBe([Received, Completed, Approved]);
        figures.Dues[0].DueAt.ShouldBe(Receipt);
        figures.Dues[1].DueAt.ShouldBe(dossier.Supplements[0].DueAfter!.Value);
        figures.Dues[^1].DueAt.ShouldBe(Extended);
        figures.DueMovedAt.ShouldBe(Approved);
    }

    [Fact]
    public void Before_the_first_move_the_receipts_appointment_is_in_force()
    {
        var (_, figures) = Extension();

        var then = figures.AsOf(Clock.At(2026, 3, 2, 15).UtcDateTime);

        then.DueAt.ShouldBe(Receipt);
        then.Supplements.ShouldBeEmpty("the supplement was asked for later");
        then.PendingSupplementSince.ShouldBeNull();
        then.Dues.Count.ShouldBe(1);
    }

    [Fact]
    public void While_the_supplement_is_awaited_it_is_pending_and_the_appointment_has_not_moved()
    {
        var (_, figures) = Extension();

        var then = figures.AsOf(Clock.At(2026, 3, 4, 10).UtcDateTime);

        then.DueAt.ShouldBe(Receipt);
        then.PendingSupplementSince.ShouldBe(Requested);
        then.Supplements.ShouldBe([new SupplementPeriod(Requested, null)]);
    }

    [Fact]
    public void Between_two_moves_the_appointment_set_by_the_first_is_in_force()
    {
        var (dossier, figures) = Extension();

        var then = figures.AsOf(Clock.At(2026, 3, 10, 9).UtcDateTime);

        then.DueAt.ShouldBe(dossier.Supplements[0].DueAfter!.Value);
        then.PendingSupplementSince.ShouldBeNull();
        then.Supplements.ShouldBe([new SupplementPeriod(Requested, Completed)]);
    }

    [Fact]
    public void At_the_instant_of_a_move_the_new_appointment_is_in_force()
    {
        var (dossier, figures) = Extension();

        figures.AsOf(Approved).DueAt.ShouldBe(Extended);
        figures.AsOf(Approved.AddTicks(-10)).DueAt.ShouldBe(dossier.Supplements[0].DueAfter!.Value);
        figures.AsOf(Completed).PendingSupplementSince.ShouldBeNull("the supplement is completed at that instant");
        figures.AsOf(Completed).DueAt.ShouldBe(dossier.Supplements[0].DueAfter!.Value);
    }

    [Fact]
    public void After_the_last_move_the_figures_are_those_captured()
    {
        var (_, figures) = Extension();

        var now = figures.AsOf(Clock.At(2026, 4, 30, 9).UtcDateTime);

        now.DueAt.ShouldBe(figures.DueAt);
        now.Supplements.ShouldBe(figures.Supplements);
        now.Dues.ShouldBe(figures.Dues);
    }

    [Fact]
    public void Judged_at_an_instant_the_figures_as_they_stood_give_the_verdicts_of_the_dossier_as_it_was_then()
    {
        // Each stage's figures are captured as the dossier was; the final figures read at an instant of that stage judge alike.
        var dossier = Processing();
        var stages = new List<(DateTime From, DossierFigures Figures)> { (Received, DossierFigures.Of(dossier)) };
        dossier.RequestSupplement("Bản sao", Requested, Officer, Clock.Year2026, DossierTimePolicy.Default);
        stages.Add((Requested, DossierFigures.Of(dossier)));
        dossier.CompleteSupplement(Completed, Officer, Clock.Year2026, DossierTimePolicy.Default, null);
        stages.Add((Completed, DossierFigures.Of(dossier)));
        dossier.RequestExtension("Phải xác minh", Extended, Clock.At(2026, 3, 12, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
        dossier.DecideExtension(true, null, Approved, Officer, Clock.Year2026, DossierTimePolicy.Default);
        stages.Add((Approved, DossierFigures.Of(dossier)));
        var final = stages[^1].Figures;
        DateTimeOffset[] instants =
        [
            Clock.At(2026, 3, 2, 15), Requested.AsInstant(), Clock.At(2026, 3, 4, 16), Completed.AsInstant(), Clock.At(2026, 3, 11, 9),
            Approved.AsInstant(), Clock.At(2026, 3, 17, 9), Clock.At(2026, 3, 20, 16), Clock.At(2026, 3, 26, 9),
        ];

        foreach (var granularity in Enum.GetValues<OnTimeGranularity>())
        {
            foreach (var at in instants)
            {
                var then = stages.Last(s => s.From <= at.UtcDateTime).Figures;
                final.AsOf(at.UtcDateTime).Judge(Clock.Year2026, at, granularity).ShouldBe(then.Judge(Clock.Year2026, at, granularity), $"{granularity}, {at:O}");
            }
        }

        // At 17/3 the receipt's appointment (16/3) had passed, but the extension approved on 12/3 was in force: not overdue.
        var late = Clock.At(2026, 3, 17, 9);
        final.AsOf(late.UtcDateTime).Judge(Clock.Year2026, late, OnTimeGranularity.DeadlineUnit)!.LegalClass.ShouldNotBe(OnTimeClass.Late);
        stages[0].Figures.Judge(Clock.Year2026, late, OnTimeGranularity.DeadlineUnit)!.LegalClass.ShouldBe(OnTimeClass.Late);
    }

    [Fact]
    public void Figures_without_a_history_keep_their_appointment_at_every_instant()
    {
        var (_, figures) = Extension();
        var older = figures with { Dues = [] };

        older.AsOf(Clock.At(2026, 3, 2, 15).UtcDateTime).DueAt.ShouldBe(figures.DueAt);
    }

    [Fact]
    public void The_facts_row_keeps_the_history_and_reads_the_figures_as_they_stood()
    {
        var (_, figures) = Extension();
        var row = MetricDossier.Of(figures, Approved);
        var plain = MetricDossier.Of(DossierFigures.Of(Processing()), Received);

        row.DueMovedAt.ShouldBe(Approved);
        row.Figures().Dues.ShouldBe(figures.Dues);
        foreach (var at in new[] { Clock.At(2026, 3, 2, 15), Clock.At(2026, 3, 4, 10), Clock.At(2026, 3, 10, 9), Approved.AsInstant(), Clock.At(2026, 4, 30, 9) })
        {
            var (stored, expected) = (row.Figures(at.UtcDateTime), figures.AsOf(at.UtcDateTime));
            (stored.DueAt, stored.PendingSupplementSince).ShouldBe((expected.DueAt, expected.PendingSupplementSince), $"{at:O}");
            stored.Supplements.ShouldBe(expected.Supplements, $"{at:O}");
        }

        plain.Dues.ShouldBeNull("a dossier whose appointment never moved stores no history");
        plain.DueMovedAt.ShouldBeNull();
        plain.Figures().Dues.ShouldBe([new DueInForce(Received, Receipt)]);
    }

    [Fact]
    public void An_extension_or_an_apology_after_the_instant_is_not_counted_then()
    {
        var (dossier, _) = Extension();
        var apologised = Clock.At(2026, 3, 20, 9).UtcDateTime;
        dossier.Apologise("Phải xác minh thêm tại cơ sở", Clock.At(2026, 3, 27, 17).UtcDateTime, apologised, Officer);
        var figures = DossierFigures.Of(dossier);

        var beforeTheExtension = figures.AsOf(Clock.At(2026, 3, 10, 9).UtcDateTime);
        var beforeTheApology = figures.AsOf(Clock.At(2026, 3, 13, 9).UtcDateTime);
        var atTheApology = figures.AsOf(apologised);

        (beforeTheExtension.ExtensionCount, beforeTheExtension.ApologyCount).ShouldBe((0, 0));
        (beforeTheApology.ExtensionCount, beforeTheApology.ApologyCount).ShouldBe((1, 0));
        (atTheApology.ExtensionCount, atTheApology.ApologyCount, atTheApology.ApologyAfterDue).ShouldBe((1, 1, false));
        figures.DueMovedAt.ShouldBe(Approved);
        figures.ChangedAt.ShouldBe(apologised, "the apology is the last change a past period reads as it stood");
    }

    [Fact]
    public void The_row_keeps_when_its_figures_last_changed_and_reads_apologies_and_extensions_as_they_stood()
    {
        var (dossier, _) = Extension();
        var apologised = Clock.At(2026, 3, 20, 9).UtcDateTime;
        dossier.Apologise("Phải xác minh thêm tại cơ sở", Clock.At(2026, 3, 27, 17).UtcDateTime, apologised, Officer);
        var row = MetricDossier.Of(DossierFigures.Of(dossier), apologised);

        row.ChangedAt.ShouldBe(apologised);
        row.DueMovedAt.ShouldBe(Approved);
        row.Figures(Clock.At(2026, 3, 10, 9).UtcDateTime).ExtensionCount.ShouldBe(0);
        row.Figures(Clock.At(2026, 3, 13, 9).UtcDateTime).ApologyCount.ShouldBe(0);
        (row.Figures().ExtensionCount, row.Figures().ApologyCount).ShouldBe((1, 1));
        MetricDossier.Of(DossierFigures.Of(Processing()), Received).ChangedAt.ShouldBeNull("nothing changed after reception");
    }

    [Fact]
    public void A_capture_made_before_the_instants_were_kept_reads_its_apologies_and_extensions_at_every_instant()
    {
        var (_, figures) = Extension();
        var older = figures with { Apologies = [new ApologyFigure(Receipt, false)], Dues = [.. figures.Dues.Select(d => d with { Extension = null })] };

        var then = older.AsOf(Clock.At(2026, 3, 2, 15).UtcDateTime);

        (then.ExtensionCount, then.ApologyCount).ShouldBe((1, 1));
    }

    /// <summary>The supplement completed, then the extension approved; still open.</summary>
    private static (Dossier Dossier, DossierFigures Figures) Extension()
    {
        var dossier = Processing();
        dossier.RequestSupplement("Bản sao", Requested, Officer, Clock.Year2026, DossierTimePolicy.Default);
        dossier.CompleteSupplement(Completed, Officer, Clock.Year2026, DossierTimePolicy.Default, null);
        dossier.RequestExtension("Phải xác minh", Extended, Clock.At(2026, 3, 12, 9).UtcDateTime, Officer, Clock.Year2026, DossierTimePolicy.Default);
        dossier.DecideExtension(true, null, Approved, Officer, Clock.Year2026, DossierTimePolicy.Default);
        return (dossier, DossierFigures.Of(dossier));
    }

    private static Dossier Processing()
    {
        var dossier = DossierFiguresTests.Accepted(Received, Receipt);
        dossier.StartProcessing(Guid.CreateVersion7(), dossier.AgencyId, Received.AddHours(1), Officer, "Thẩm định");
        return dossier;
    }
}
