using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Flow;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>What Metrics and Reports read of the PAKN: the facts as stored when they happened (ADR-046 §7).</summary>
[Collection(SharedHosts.Citizens)]
public sealed class PetitionStatisticsTests(MotCuaFactory factory)
{
    [Fact]
    public async Task The_facts_of_a_period_carry_each_deadline_with_its_class_and_judge_lateness_at_an_instant()
    {
        var from = factory.HostUtcNow().AddMinutes(-1);
        Guid id;
        Guid agency;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var receipt = (await scope.ServiceProvider.GetRequiredService<PetitionIntake>().SubmitAsync(
                new PetitionSubmission
                {
                    Category = PetitionCategory.Inconsistent, Content = "Hai thủ tục quy định khác nhau.", SenderKind = SenderKind.Organisation,
                    SenderName = "Công ty TNHH Sông Hồng", Email = "lienhe@songhong.example.vn",
                },
                [], PetitionChannel.Letter, new Actor(null, "Văn thư", null), null, null, null, CancellationToken.None)).Receipt!;
            (id, agency) = (receipt.Id, receipt.AgencyId);
            var control = new PetitionActor(Guid.NewGuid(), "Cán bộ kiểm soát", null, FeedbackRoles.ControlOfficer, agency, null, false);
            var refused = await scope.ServiceProvider.GetRequiredService<PetitionWork>().ActAsync(
                id, new PetitionCommand(PetitionAction.Refuse) { Reason = RefusalReason.NotAboutAdministrativeRegulation }, control, CancellationToken.None);
            refused.Succeeded.ShouldBeTrue();
        }

        await using var read = factory.Services.CreateAsyncScope();
        var statistics = read.ServiceProvider.GetRequiredService<PetitionStatistics>();
        var fact = (await statistics.FactsAsync([agency], from, factory.HostUtcNow().AddMinutes(1), CancellationToken.None)).Single(f => f.Id == id);
        var stored = await read.ServiceProvider.GetRequiredService<AppDbContext>().PetitionDeadlines.AsNoTracking().Where(d => d.PetitionId == id).ToListAsync();

        (fact.Status, fact.Channel, fact.Category, fact.ReceivingAgencyId).ShouldBe((PetitionStatus.Refused, PetitionChannel.Letter, PetitionCategory.Inconsistent, agency));
        fact.Deadlines.Count.ShouldBe(stored.Count);
        fact.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Refuse).Class.ShouldBe(OnTimeClass.Early);
        fact.Deadlines.Single(d => d.Kind == PetitionDeadlineKind.Process).Class.ShouldBe(OnTimeClass.Early);
        fact.Deadlines.Where(d => d.Kind is PetitionDeadlineKind.FirstClarification or PetitionDeadlineKind.TransferOut).ShouldAllBe(d => d.Class == null && d.ClosedAt != null);
        fact.IsLateAt(factory.HostUtcNow().AddYears(1)).ShouldBeFalse();
        (await statistics.FactsAsync([Guid.NewGuid()], from, factory.HostUtcNow().AddMinutes(1), CancellationToken.None)).ShouldNotContain(f => f.Id == id);
    }
}
