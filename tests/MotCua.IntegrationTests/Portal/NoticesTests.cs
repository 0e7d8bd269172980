using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Portal;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Portal;

/// <summary>Notices other modules put in a citizen's in-app list (ADR-046): not about a dossier, they open a page of their own.</summary>
[Collection(SharedHosts.Citizens)]
public sealed class NoticesTests(MotCuaFactory factory)
{
    private const string Link = "/phan-anh-kien-nghi/PAKN.20261207.0001";

    [Fact]
    public async Task A_notice_added_by_another_module_opens_its_link_and_counts_as_unread_until_the_list_is_opened()
    {
        var email = $"lan.{Guid.NewGuid():N}@example.vn";
        var citizen = await factory.RegisterCitizenAsync("Phạm Thị Lan", email);
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<CitizenNotices>().Add(userId, "PetitionAnswered", "Phản ánh PAKN.20261207.0001 đã có trả lời", Link);
            (await db.CitizenNotifications.CountAsync(n => n.UserId == userId)).ShouldBe(0, "the notice joins the caller's unit of work");
            await db.SaveChangesAsync();
        }

        (await citizen.GetStringAsync("/")).ShouldContain("1 thông báo chưa đọc");
        var notices = await citizen.GetStringAsync("/thong-bao");
        notices.ShouldContain($"<a href=\"{Link}\">Phản ánh PAKN.20261207.0001 đã có trả lời</a>");
        (await citizen.GetStringAsync("/")).ShouldNotContain("thông báo chưa đọc");
    }

    [Fact]
    public async Task A_long_text_is_cut_to_what_the_list_keeps()
    {
        var email = $"hung.{Guid.NewGuid():N}@example.vn";
        await factory.RegisterCitizenAsync("Đỗ Văn Hùng", email);
        await using var scope = factory.CreateDbScope(out var db);
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();

        scope.ServiceProvider.GetRequiredService<CitizenNotices>().Add(userId, "PetitionAnswered", new string('ả', 600), Link);
        await db.SaveChangesAsync();

        (await db.CitizenNotifications.SingleAsync(n => n.UserId == userId)).Text.Length.ShouldBe(500);
    }

    [Theory]
    [InlineData("https://example.com/phan-anh")]
    [InlineData("//example.com/phan-anh")]
    [InlineData("/\\example.com")]
    [InlineData("phan-anh-kien-nghi")]
    [InlineData("")]
    public async Task A_link_that_is_not_a_path_on_this_site_is_refused(string link)
    {
        await using var scope = factory.CreateDbScope(out var db);

        Should.Throw<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<CitizenNotices>().Add(Guid.NewGuid(), "PetitionAnswered", "Thông báo", link));
        db.NewRows.ShouldBeEmpty();
        db.ChangeTracker.Entries().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_link_longer_than_200_characters_is_refused()
    {
        await using var scope = factory.CreateDbScope(out _);

        Should.Throw<ArgumentException>(() =>
            scope.ServiceProvider.GetRequiredService<CitizenNotices>().Add(Guid.NewGuid(), "PetitionAnswered", "Thông báo", "/" + new string('a', 200)));
    }
}
