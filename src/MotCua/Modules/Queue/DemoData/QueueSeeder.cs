using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Queue.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Queue.DemoData;

/// <summary>Service groups for the kiosks of the demo province's service centre and communes.</summary>
internal sealed class QueueSeeder : IDemoSeeder
{
    private static readonly (string Agency, string Letter, string Name)[] Groups =
    [
        (DemoProvince.ServiceCentre, "A", "Tư pháp – Hộ tịch, chứng thực"),
        (DemoProvince.ServiceCentre, "B", "Lao động – Việc làm, bảo trợ xã hội"),
        (DemoProvince.ServiceCentre, "C", "Giáo dục – Đào tạo"),
        (DemoProvince.ServiceCentre, "D", "Nhận kết quả giải quyết hồ sơ"),
        (DemoProvince.CommuneAnBinh, "A", "Hộ tịch, chứng thực"),
        (DemoProvince.CommuneAnBinh, "B", "Các lĩnh vực khác"),
        (DemoProvince.WardHoaLac, "A", "Hộ tịch, chứng thực"),
        (DemoProvince.WardHoaLac, "B", "Các lĩnh vực khác"),
        (DemoProvince.CommuneTanPhu, "A", "Hộ tịch, chứng thực"),
        (DemoProvince.CommuneTanPhu, "B", "Các lĩnh vực khác"),
    ];

    public int Order => 400;

    public async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.QueueServiceGroups.AnyAsync(cancellationToken))
        {
            return;
        }

        var agencies = await OrganizationDirectory.Of(db).Agencies.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        var position = 0;
        foreach (var (agency, letter, name) in Groups)
        {
            db.QueueServiceGroups.Add(new QueueServiceGroup { Id = Guid.CreateVersion7(), AgencyId = agencies[agency], Letter = letter, Name = name, Position = ++position });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
