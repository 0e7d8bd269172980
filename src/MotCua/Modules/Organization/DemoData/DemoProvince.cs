using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Organization.DemoData;

/// <summary>
/// The fictional "Tỉnh Sông Hồng" (level-1 code H99, not a real code) used by the demo seed and the tests.
/// Other modules' seeders refer to these agencies by code.
/// </summary>
internal static class DemoProvince
{
    public const string PeoplesCommittee = "H99";
    public const string ProvincialOffice = "H99.01";
    public const string ServiceCentre = "H99.01.01";
    public const string HomeAffairs = "H99.10";
    public const string Justice = "H99.11";
    public const string Education = "H99.12";
    public const string CommuneAnBinh = "H99.50";
    public const string WardHoaLac = "H99.51";
    public const string CommuneTanPhu = "H99.52";
    public const string FormerDistrictDongSon = "H99.30";

    public static readonly IReadOnlyList<(string Code, string Name, DateOnly? From, DateOnly? To)> Levels =
    [
        ("BO", "Cấp bộ", null, null),
        ("TINH", "Cấp tỉnh", null, null),
        ("HUYEN", "Cấp huyện", null, new DateOnly(2025, 6, 30)),
        ("XA", "Cấp xã", null, null),
    ];

    public static readonly IReadOnlyList<DemoAgency> Agencies =
    [
        new(PeoplesCommittee, "Ủy ban nhân dân tỉnh Sông Hồng", "UBND tỉnh", AgencyKind.PeoplesCommittee, "TINH", null, true),
        new(ProvincialOffice, "Văn phòng Ủy ban nhân dân tỉnh Sông Hồng", "VP UBND tỉnh", AgencyKind.Office, "TINH", PeoplesCommittee, true),
        new(ServiceCentre, "Trung tâm Phục vụ hành chính công tỉnh Sông Hồng", "TTPVHCC tỉnh", AgencyKind.ServiceCentre, "TINH", ProvincialOffice, true),
        new(HomeAffairs, "Sở Nội vụ tỉnh Sông Hồng", "Sở Nội vụ", AgencyKind.Department, "TINH", PeoplesCommittee, true),
        new(Justice, "Sở Tư pháp tỉnh Sông Hồng", "Sở Tư pháp", AgencyKind.Department, "TINH", PeoplesCommittee, true),
        new(Education, "Sở Giáo dục và Đào tạo tỉnh Sông Hồng", "Sở GD&ĐT", AgencyKind.Department, "TINH", PeoplesCommittee, true),
        new(CommuneAnBinh, "Ủy ban nhân dân xã An Bình", "UBND xã An Bình", AgencyKind.PeoplesCommittee, "XA", PeoplesCommittee, true),
        new(WardHoaLac, "Ủy ban nhân dân phường Hòa Lạc", "UBND phường Hòa Lạc", AgencyKind.PeoplesCommittee, "XA", PeoplesCommittee, true),
        new(CommuneTanPhu, "Ủy ban nhân dân xã Tân Phú", "UBND xã Tân Phú", AgencyKind.PeoplesCommittee, "XA", PeoplesCommittee, true),
        new(FormerDistrictDongSon, "Ủy ban nhân dân huyện Đông Sơn (đã giải thể 01/7/2025)", "UBND huyện Đông Sơn", AgencyKind.PeoplesCommittee, "HUYEN", PeoplesCommittee, false),
    ];

    /// <summary>Demo-only password of every demo account; a real installation never seeds demo data.</summary>
    public const string DemoPassword = "MotCua@2026";

    /// <summary>
    /// Who entered the demo data, as who-changed columns show it ("Dữ liệu mẫu", sample data): a label users can read,
    /// never an internal word such as "seed" or "demo".
    /// </summary>
    public const string DataEntry = "Dữ liệu mẫu";

    /// <summary>One demo person per role.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("congdan", "Nguyễn Văn An", Roles.Citizen, null, null, null),
        new("motcua", "Trần Thị Bình", Roles.CounterOfficer, ServiceCentre, "TN", "Công chức Bộ phận Một cửa"),
        new("chuyenvien", "Lê Văn Cường", Roles.Specialist, HomeAffairs, "LDVL", "Chuyên viên"),
        new("truongphong", "Phạm Thị Dung", Roles.UnitLeader, HomeAffairs, "LDVL", "Trưởng phòng"),
        new("giamdoc", "Hoàng Văn Em", Roles.AgencyLeader, HomeAffairs, null, "Giám đốc Sở"),
        new("kiemsoat", "Vũ Thị Giang", Roles.ControlOfficer, ProvincialOffice, "KSTTHC", "Cán bộ đầu mối kiểm soát TTHC"),
        new("vanphong", "Đỗ Văn Hùng", Roles.ProvinceOfficer, ProvincialOffice, null, "Chuyên viên Văn phòng UBND tỉnh"),
        new("quantri", "Bùi Thị Lan", Roles.SystemAdmin, null, null, "Quản trị hệ thống"),
    ];

    public static readonly IReadOnlyList<(string AgencyCode, string Code, string Name)> Units =
    [
        (ServiceCentre, "TN", "Bộ phận Tiếp nhận và Trả kết quả"),
        (ProvincialOffice, "KSTTHC", "Phòng Kiểm soát thủ tục hành chính"),
        (HomeAffairs, "LDVL", "Phòng Lao động – Việc làm"),
        (HomeAffairs, "NCC", "Phòng Người có công"),
        (HomeAffairs, "BTXH", "Phòng Bảo trợ xã hội và Trẻ em"),
        (HomeAffairs, "TCBM", "Phòng Tổ chức bộ máy"),
        (Justice, "HCTP", "Phòng Hành chính tư pháp"),
        (Justice, "BTTP", "Phòng Bổ trợ tư pháp"),
        (Education, "GDNN", "Phòng Giáo dục nghề nghiệp"),
        (CommuneAnBinh, "VHXH", "Phòng Văn hóa – Xã hội"),
        (CommuneAnBinh, "TP", "Bộ phận Tư pháp – Hộ tịch"),
        (WardHoaLac, "VHXH", "Phòng Văn hóa – Xã hội"),
        (WardHoaLac, "TP", "Bộ phận Tư pháp – Hộ tịch"),
        (CommuneTanPhu, "VHXH", "Phòng Văn hóa – Xã hội"),
        (CommuneTanPhu, "TP", "Bộ phận Tư pháp – Hộ tịch"),
    ];
}

internal sealed record DemoAccount(string UserName, string FullName, string Role, string? AgencyCode, string? UnitCode, string? Position);

internal sealed record DemoAgency(string Code, string Name, string ShortName, AgencyKind Kind, string Level, string? Parent, bool IsActive);
