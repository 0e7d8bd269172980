using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Common.Time;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization.DemoData;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Feedback.Book;

[CollectionDefinition(Name)]
public sealed class FeedbackBookCollection : ICollectionFixture<FeedbackBookFactory>
{
    public const string Name = "FeedbackBook";
}

/// <summary>
/// The demo application on a stopped clock (today: 30/11/2026) with PAKN received on their dates. The provincial office's
/// (control officer "kiemsoat") 2026 book: two received on 02/03 (the second with a long text), one refused the day after
/// it came on 10/04, one the home affairs department received on 04/05 and transferred there on 05/05, one received on
/// 27/11 (not yet due). Also one of 2025 at the office and one of 2026 at home affairs ("chuyenvien") that the office's book
/// must not show.
/// </summary>
public sealed class FeedbackBookFactory() : MotCuaFactory(new FakeTimeProvider(Now))
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, VietnamTime.Offset);

    public static readonly string LongContent = string.Concat(Enumerable.Repeat("Thủ tục yêu cầu nộp bản sao chứng thực giấy khai sinh nhiều lần, ", 6)) + "đề nghị bỏ.";

    private readonly SemaphoreSlim _arranged = new(1, 1);
    private bool _done;

    public FakeTimeProvider Clock => StoppedClock!;

    /// <summary>The office's 2026 book in order: its codes.</summary>
    public List<string> OfficeBook { get; } = [];

    public string OfficeLastYear { get; private set; } = "";

    public string HomeAffairsOwn { get; private set; } = "";

    public Guid OfficeId { get; private set; }

    public Guid HomeAffairsId { get; private set; }

    /// <summary>When the transfer brought the fourth entry to the office, local time.</summary>
    public DateTime TransferredAt { get; private set; }

    public async Task ArrangeAsync()
    {
        await _arranged.WaitAsync();
        try
        {
            if (_done)
            {
                return;
            }

            await using (var scope = CreateDbScope(out var db))
            {
                var ids = await db.Agencies.Where(a => a.Code == DemoProvince.ProvincialOffice || a.Code == DemoProvince.HomeAffairs).ToDictionaryAsync(a => a.Code, a => a.Id);
                OfficeId = ids[DemoProvince.ProvincialOffice];
                HomeAffairsId = ids[DemoProvince.HomeAffairs];

                // The books here hold exactly the PAKN arranged below: the demo PAKN of this host's own database are removed.
                await db.ReviewProposals.ExecuteDeleteAsync();
                await db.Petitions.ExecuteDeleteAsync();
                await db.PetitionCodeCounters.ExecuteDeleteAsync();
            }

            OfficeLastYear = (await SubmitAsync(OfficeId, "Võ Thị Năm Cũ", PetitionCategory.Delay, "Hồ sơ năm trước.", "2025-12-30T09:00")).Code;
            OfficeBook.Add((await SubmitAsync(OfficeId, "Nguyễn Thị Hồng Nhung", PetitionCategory.Delay, "Hồ sơ đăng ký kinh doanh bị trả chậm <ba> ngày & không báo.", "2026-03-02T08:05")).Code);
            OfficeBook.Add((await SubmitAsync(OfficeId, "Đỗ Văn Hùng", PetitionCategory.Unfit, LongContent, "2026-03-02T09:40")).Code);
            HomeAffairsOwn = (await SubmitAsync(HomeAffairsId, "Trần Văn Khác", PetitionCategory.Delay, "Việc của Sở Nội vụ.", "2026-03-03T10:00")).Code;
            var refused = await SubmitAsync(OfficeId, "Lê Thị Mai", PetitionCategory.Other, "Xin hỏi giờ làm việc.", "2026-04-10T15:30");
            OfficeBook.Add(refused.Code);
            Clock.Advance(TimeSpan.FromDays(1));
            await ActAsync(refused.Id, OfficeId, new PetitionCommand(PetitionAction.Refuse) { Reason = RefusalReason.NotAboutAdministrativeRegulation });
            var transferred = await SubmitAsync(HomeAffairsId, "Phạm Văn Bốn", PetitionCategory.Inconsistent, "Hai văn bản quy định khác nhau về lệ phí.", "2026-05-04T08:30");
            Clock.Advance(TimeSpan.FromDays(1));
            TransferredAt = VietnamTime.ToLocal(Clock.GetUtcNow());
            await ActAsync(transferred.Id, HomeAffairsId, new PetitionCommand(PetitionAction.Transfer) { AgencyId = OfficeId });
            OfficeBook.Add(transferred.Code);
            OfficeBook.Add((await SubmitAsync(OfficeId, "Hoàng Văn Mới", PetitionCategory.Initiative, "Đề xuất nộp hồ sơ qua ứng dụng.", "2026-11-27T14:00")).Code);
            Clock.SetUtcNow(Now);
            _done = true;
        }
        finally
        {
            _arranged.Release();
        }
    }

    private async Task<PetitionReceipt> SubmitAsync(Guid agencyId, string sender, PetitionCategory category, string content, string localTime)
    {
        Clock.SetUtcNow(new DateTimeOffset(DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture), VietnamTime.Offset));
        await using var scope = Services.CreateAsyncScope();
        var input = new PetitionSubmission
        {
            Category = category, Content = content, SenderKind = SenderKind.Person, SenderName = sender, Phone = "0912345678", Address = "Số 5, thôn Đông, xã An Bình",
        };
        var result = await scope.ServiceProvider.GetRequiredService<PetitionIntake>().SubmitAsync(
            input, [], PetitionChannel.Letter, new Actor(null, "Vũ Thị Giang", null), agencyId, null, null, CancellationToken.None);
        result.Errors.ShouldBeEmpty();
        return result.Receipt!;
    }

    private async Task ActAsync(Guid petitionId, Guid agencyId, PetitionCommand command)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionWork>().ActAsync(
            petitionId, command, PetitionActor.System(new Actor(null, "Vũ Thị Giang", null), agencyId), CancellationToken.None);
        result.Succeeded.ShouldBeTrue(result.BrokenRule?.Message ?? string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
