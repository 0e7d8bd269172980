using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Flow;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback;

/// <summary>A duplicate's sender receives the original's answer (ADR-046 §3).</summary>
[Collection(SharedHosts.Citizens)]
public sealed class MergedSenderTests(MotCuaFactory factory)
{
    [Fact]
    public async Task When_the_original_is_published_the_sender_of_a_merged_duplicate_is_sent_its_public_answer()
    {
        var original = await SubmitAsync("Lê Văn Gốc", "0911000111");
        var duplicate = await SubmitAsync("Phạm Thị Trùng", "0922000222");
        var (agency, unit) = await ReadAsync(async db =>
        {
            var agencyId = await db.Petitions.Where(p => p.Id == original).Select(p => p.AgencyId).SingleAsync();
            return (agencyId, await db.Units.Where(u => u.AgencyId == agencyId && u.IsActive).Select(u => u.Id).FirstAsync());
        });
        var control = new PetitionActor(Guid.NewGuid(), "Kiểm soát", null, FeedbackRoles.ControlOfficer, agency, null, false);
        var unitLeader = new PetitionActor(Guid.NewGuid(), "Trưởng phòng", null, FeedbackRoles.UnitLeader, agency, unit, false);
        var leader = new PetitionActor(Guid.NewGuid(), "Lãnh đạo", null, FeedbackRoles.AgencyLeader, agency, null, false);
        var code = await ReadAsync(db => db.Petitions.Where(p => p.Id == original).Select(p => p.Code).SingleAsync());

        await ActAsync(duplicate, new PetitionCommand(PetitionAction.Merge) { TargetCode = code }, control);
        await ActAsync(original, new PetitionCommand(PetitionAction.Accept), control);
        await ActAsync(original, new PetitionCommand(PetitionAction.Assign) { UnitId = unit }, control);
        await ActAsync(original, new PetitionCommand(PetitionAction.Classify) { Grounds = PetitionGrounds.Insufficient }, unitLeader);
        await ActAsync(original, new PetitionCommand(PetitionAction.DraftAnswer) { Answer = "Giải thích quy định.", Summary = "Phản ánh về thời hạn trả hồ sơ.", Outcome = PetitionOutcome.ExplainExistingRule }, unitLeader);
        await ActAsync(original, new PetitionCommand(PetitionAction.ApproveAnswer), leader);
        (await SmsAsync("0922000222")).Count(b => b.Contains("/phan-anh-kien-nghi/" + code, StringComparison.Ordinal)).ShouldBe(0);

        await ActAsync(original, new PetitionCommand(PetitionAction.Publish), control);

        (await SmsAsync("0922000222")).Count(b => b.Contains("/phan-anh-kien-nghi/" + code, StringComparison.Ordinal)).ShouldBe(1);
    }

    private async Task<Guid> SubmitAsync(string name, string phone)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionIntake>().SubmitAsync(
            new PetitionSubmission { Category = PetitionCategory.Delay, Content = "Hồ sơ trả chậm tại bộ phận một cửa.", SenderKind = SenderKind.Person, SenderName = name, Phone = phone },
            [], PetitionChannel.Phone, new Actor(null, "Văn thư", null), null, null, null, CancellationToken.None);
        return result.Receipt!.Id;
    }

    private async Task ActAsync(Guid id, PetitionCommand command, PetitionActor actor)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionWork>().ActAsync(id, command, actor, CancellationToken.None);
        result.Succeeded.ShouldBeTrue($"{command.Action}: {result.Status} {result.BrokenRule?.Message} {string.Join("; ", result.Errors.Select(e => e.Message))}");
    }

    private Task<List<string>> SmsAsync(string phone) =>
        ReadAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == phone).Select(m => m.Body).ToListAsync());

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
