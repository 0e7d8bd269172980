using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.Timing;
using MotCua.UnitTests.Dossiers.Timing;

namespace MotCua.UnitTests.Dossiers;

public sealed class DossierFiguresTests
{
    private static readonly Actor Desk = new(null, "Trần Thị Bình", null);

    [Fact]
    public void The_figures_of_a_dossier_settled_after_a_supplement_and_an_apology_are_read_from_the_dossier_alone()
    {
        var received = Clock.At(2026, 3, 2, 9).UtcDateTime;
        var due = Clock.At(2026, 3, 16, 17).UtcDateTime;
        var dossier = Accepted(received, due);
        dossier.StartProcessing(Guid.CreateVersion7(), dossier.AgencyId, received.AddHours(1), Desk, "Thẩm định");
        dossier.RequestSupplement("Bản sao có chứng thực", Clock.At(2026, 3, 3, 9).UtcDateTime, Desk, Clock.Year2026, DossierTimePolicy.Default);

        var waiting = DossierFigures.Of(dossier);

        waiting.Status.ShouldBe(DossierStatus.SupplementRequested);
        waiting.SupplementCount.ShouldBe(1);
        waiting.PendingSupplementSince.ShouldBe(Clock.At(2026, 3, 3, 9).UtcDateTime);
        waiting.EndedAt.ShouldBeNull();

        dossier.CompleteSupplement(Clock.At(2026, 3, 5, 9).UtcDateTime, Desk, Clock.Year2026, DossierTimePolicy.Default, null);
        dossier.Apologise("Phải xác minh", Clock.At(2026, 4, 1, 17).UtcDateTime, Clock.At(2026, 3, 20, 9).UtcDateTime, Desk);
        dossier.Finish("7/GP", new DateOnly(2026, 3, 25), "Cấp giấy phép", Clock.At(2026, 3, 25, 10).UtcDateTime, Desk);

        var figures = DossierFigures.Of(dossier);

        figures.DossierId.ShouldBe(dossier.Id);
        figures.Code.ShouldBe(dossier.Code);
        figures.Channel.ShouldBe(SubmissionChannel.Direct);
        figures.ReceivedAt.ShouldBe(received);
        figures.OriginalDueAt.ShouldBe(due);
        figures.DueAt.ShouldBe(dossier.DueAt, "the due date in force, moved by the completed supplement");
        figures.DueAt.ShouldNotBe(due);
        figures.ProcessingTimeAmount.ShouldBe(10);
        figures.ProcessingTimeUnit.ShouldBe(DeadlineUnit.WorkingDays);
        figures.Supplements.ShouldBe([new SupplementPeriod(Clock.At(2026, 3, 3, 9).UtcDateTime, Clock.At(2026, 3, 5, 9).UtcDateTime)]);
        figures.FirstSupplementAt.ShouldBe(Clock.At(2026, 3, 3, 9).UtcDateTime);
        figures.PendingSupplementSince.ShouldBeNull();
        figures.ApologyCount.ShouldBe(1);
        figures.ApologyAfterDue.ShouldBeTrue("issued on 20/3, after the appointment in force");
        figures.Apologies.ShouldBe([new ApologyFigure(dossier.DueAt!.Value, true, dossier.Apologies[0].IssuedAt)]);
        figures.FinishedAt.ShouldBe(Clock.At(2026, 3, 25, 10).UtcDateTime);
        figures.EndedAt.ShouldBe(figures.FinishedAt);
        figures.Outcome.ShouldBe(DossierOutcome.Granted);
        figures.ComponentCount.ShouldBe(2);
        figures.ReusedCount.ShouldBe(1);
        figures.DigitisedCount.ShouldBe(0);
        figures.Sequence.ShouldBe(dossier.EventCount);
    }

    [Fact]
    public void A_withdrawn_dossier_ends_at_its_withdrawal()
    {
        var received = Clock.At(2026, 3, 2, 9).UtcDateTime;
        var dossier = Accepted(received, Clock.At(2026, 3, 16, 17).UtcDateTime);
        dossier.Withdraw(new DateOnly(2026, 3, 4), "Người nộp rút hồ sơ", Clock.At(2026, 3, 4, 10).UtcDateTime, Desk);

        var figures = DossierFigures.Of(dossier);

        figures.WithdrawnAt.ShouldBe(Clock.At(2026, 3, 4, 10).UtcDateTime);
        figures.StoppedAt.ShouldBeNull();
        figures.EndedAt.ShouldBe(figures.WithdrawnAt);
        figures.Status.ShouldBe(DossierStatus.Withdrawn);
    }

    /// <summary>A licence dossier received at the desk at <paramref name="received"/> with the appointment <paramref name="due"/>.</summary>
    internal static Dossier Accepted(DateTime received, DateTime due)
    {
        var dossier = Submitted(received);
        dossier.Accept(DossierCode.Create("H99.50", new DateOnly(2026, 3, 2), 1, DossierCodeFormat.Tt03_2025), 1, received, due, Desk);
        return dossier;
    }

    /// <summary>A licence dossier handed in at the desk at <paramref name="at"/>, not accepted yet.</summary>
    internal static Dossier Submitted(DateTime at)
    {
        var procedure = new PublishedProcedure(
            Guid.CreateVersion7(), "1.000362", "Cấp giấy phép hoạt động dịch vụ việc làm", "LD", "Lao động", true,
            new ProcessingTime(10, DeadlineUnit.WorkingDays, new TimeOnly(15, 0)), SubmissionChannels.Online, OnlineServiceLevel.Full, "Giấy phép",
            [new PublishedComponent(1, "Tờ khai", DocumentForm.Original, 1, true, false, null)], [], [], null, EFormDefinition.Empty);
        return Dossier.Submit(
            procedure, Guid.CreateVersion7(), new Applicant { Kind = ApplicantKind.Individual, Name = "Phạm Thị Mai", IdentityNumber = "001095012399", Address = "Thôn Nam" },
            SubmissionChannel.Direct, ReturnMethod.Counter,
            [
                new SubmittedComponent { Position = 1, Name = "Tờ khai", IsRequired = true, Provided = true },
                new SubmittedComponent { Position = 2, Name = "Giấy chứng nhận", Reused = true, Provided = true },
                new SubmittedComponent { Position = 3, Name = "Bản sao", Provided = false },
            ],
            1, at, Desk);
    }
}
