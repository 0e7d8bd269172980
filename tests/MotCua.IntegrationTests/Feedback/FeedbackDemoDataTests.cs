using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Data;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>The demo PAKN as seeded: enough of them, every category, channel and fate, each consistent with its status, and codes matching the counters.</summary>
[Collection(SharedHosts.DemoData)]
public sealed class FeedbackDemoDataTests(MotCuaFactory factory)
{
    [Fact]
    public async Task The_demo_seed_covers_every_category_channel_and_fate_and_each_status_holds_its_invariants()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var petitions = await db.Petitions.AsNoTracking().Include(p => p.Deadlines).ToListAsync();
        var proposals = await db.ReviewProposals.AsNoTracking().ToListAsync();
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        petitions.Count.ShouldBeGreaterThanOrEqualTo(35);
        petitions.Select(p => p.Category).Distinct().Count().ShouldBe(Enum.GetValues<PetitionCategory>().Length);
        petitions.Select(p => p.Channel).Distinct().Count().ShouldBe(Enum.GetValues<PetitionChannel>().Length);
        petitions.Select(p => p.Status).Distinct().ShouldBe(
            [PetitionStatus.New, PetitionStatus.Received, PetitionStatus.Processing, PetitionStatus.AwaitingClarification, PetitionStatus.AwaitingPublication,
                PetitionStatus.Published, PetitionStatus.Refused, PetitionStatus.TransferredOut, PetitionStatus.Merged], ignoreOrder: true);
        petitions.Select(p => p.AgencyId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(7);
        petitions.ShouldAllBe(p => p.ReceivedAt >= now.AddDays(-190) && p.UpdatedAt <= now);
        petitions.Count(p => p.Status == PetitionStatus.Published).ShouldBeGreaterThanOrEqualTo(15);
        petitions.Where(p => p.Status == PetitionStatus.Published)
            .ShouldAllBe(p => p.Answer != null && p.AnsweredAt != null && p.PublishedAt >= p.AnsweredAt && p.PublicSearchText != "" && p.PublishedWording != null);
        petitions.Where(p => p.Status == PetitionStatus.AwaitingPublication).ShouldAllBe(p => p.Answer != null && p.PublishedAt == null);
        petitions.Where(p => p.Status == PetitionStatus.Refused).ShouldAllBe(p => p.RefusalReason != null && p.ClosedAt != null);
        petitions.Where(p => p.Status == PetitionStatus.Merged).ShouldAllBe(p => petitions.Any(o => o.Id == p.MergedIntoId));
        petitions.Where(p => p.Status == PetitionStatus.AwaitingClarification).ShouldAllBe(p => p.ClarificationRequest != null);
        petitions.Where(p => p.PublishedAt == null).ShouldAllBe(p => p.PublicSearchText == "");
        petitions.ShouldContain(p => p.TransferredFromAgencyId != null);
        petitions.ShouldContain(p => p.ReopenedAt != null && p.Status == PetitionStatus.Processing);

        // Late ones: answered after the 15 working days, each with the late processing deadline that says so.
        var late = petitions.Where(p => p.ClosedLate).ToList();
        late.Count.ShouldBeGreaterThanOrEqualTo(3);
        late.ShouldAllBe(p => p.Deadlines.Any(d => d.Class == OnTimeClass.Late));
        petitions.Where(p => p.Status.IsOpen()).ShouldContain(p => p.IsLateAt(now));

        proposals.ShouldContain(r => r.State == ReviewProposalState.Open);
        proposals.ShouldContain(r => r.State == ReviewProposalState.ClosedByVersion && r.ClosedByVersionId != null);
    }

    [Fact]
    public async Task Demo_codes_are_numbered_by_receipt_order_per_local_day_and_the_counters_hold_the_last_number()
    {
        await using var scope = factory.CreateDbScope(out var db);
        var petitions = await db.Petitions.AsNoTracking().Select(p => new { p.Code, p.CodeDate, p.CodeSequence, p.ReceivedAt }).ToListAsync();
        var counters = await db.PetitionCodeCounters.AsNoTracking().ToDictionaryAsync(c => c.Date, c => c.LastSequence);

        foreach (var day in petitions.GroupBy(p => p.CodeDate))
        {
            day.Select(p => p.CodeSequence).Order().ShouldBe(Enumerable.Range(1, day.Count()));
            day.OrderBy(p => p.ReceivedAt).Select(p => p.CodeSequence).ShouldBe(Enumerable.Range(1, day.Count()));
            counters[day.Key].ShouldBe(day.Max(p => p.CodeSequence));
            day.ShouldAllBe(p => VietnamTime.LocalDate(p.ReceivedAt) == day.Key);
            day.Select(p => PetitionCode.TryParse(p.Code, out var code) ? code.ToString() : null).ShouldBe(day.Select(p => p.Code));
        }
    }
}
