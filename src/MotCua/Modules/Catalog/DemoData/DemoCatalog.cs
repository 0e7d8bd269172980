using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;
using static MotCua.Modules.Calendar.DeadlineUnit;
using static MotCua.Modules.Catalog.OnlineServiceLevel;
using P = MotCua.Modules.Organization.DemoData.DemoProvince;

namespace MotCua.Modules.Catalog.DemoData;

/// <summary>
/// The demo catalogue of the fictional province: realistic procedures of the fields the demo agencies handle.
/// Codes follow the national pattern but are illustrative; legal documents are the real ones the procedures rest on.
/// </summary>
internal static class DemoCatalog
{
    public const string LaborField = "LAODONG";
    public const string EmploymentField = "VIECLAM";
    public const string MeritField = "NGUOICOCONG";
    public const string SocialField = "BAOTRO";
    public const string ChildrenField = "TREEM";
    public const string VocationalField = "GDNN";
    public const string CivilStatusField = "HOTICH";
    public const string AuthenticationField = "CHUNGTHUC";
    public const string CriminalRecordField = "LLTP";
    public const string EmulationField = "THIDUA";
    public const string ReligionField = "TONGIAO";
    public const string CivilServiceField = "CONGCHUC";

    /// <summary>The fictional publication decision of the provincial chairman for the whole list.</summary>
    public static readonly Decision Publication = new("1568/QĐ-UBND", new DateOnly(2025, 7, 10), new DateOnly(2025, 7, 10));

    /// <summary>A later decision that amends a few procedures (demonstrates versions).</summary>
    public static readonly Decision Amendment = new("412/QĐ-UBND", new DateOnly(2026, 3, 16), new DateOnly(2026, 4, 1));

    /// <summary>A decision that abolishes one procedure (demonstrates abolition).</summary>
    public static readonly Decision Abolition = new("977/QĐ-UBND", new DateOnly(2026, 6, 2), new DateOnly(2026, 7, 1));

    /// <summary>Codes of procedures amended by <see cref="Amendment"/> (their processing time is shortened).</summary>
    public static readonly IReadOnlyList<string> Amended = ["1.001978", "1.000105"];

    /// <summary>
    /// The effective date of the legal act a demo publication implements (ADR-062), so that chỉ số 766 1.1 reads both ways:
    /// every fourth procedure of the list and the first amended one rest on an act taking effect fewer than 5 working days
    /// after their decision (công bố muộn), the others on an act taking effect weeks later.
    /// </summary>
    public static DateOnly LegalActEffective(string code, bool amendment) =>
        amendment
            ? code == Amended[0] ? new DateOnly(2026, 3, 20) : new DateOnly(2026, 4, 1)
            : Procedures.Select(p => p.Code).ToList().IndexOf(code) % 4 == 0 ? new DateOnly(2025, 7, 14) : new DateOnly(2025, 8, 1);

    /// <summary>Code of the procedure abolished by <see cref="Abolition"/>.</summary>
    public const string AbolishedCode = "1.005130";

    /// <summary>Pseudo agency code meaning "every commune-level People's Committee of the demo province".</summary>
    public const string Communes = "XA";

    public static readonly IReadOnlyList<(string Code, string Name)> Fields =
    [
        (LaborField, "Lao động"),
        (EmploymentField, "Việc làm"),
        (MeritField, "Người có công"),
        (SocialField, "Bảo trợ xã hội"),
        (ChildrenField, "Trẻ em"),
        (VocationalField, "Giáo dục nghề nghiệp"),
        (CivilStatusField, "Hộ tịch"),
        (AuthenticationField, "Chứng thực"),
        (CriminalRecordField, "Lý lịch tư pháp"),
        (EmulationField, "Thi đua, khen thưởng"),
        (ReligionField, "Tín ngưỡng, tôn giáo"),
        (CivilServiceField, "Công chức, viên chức"),
    ];

    // Legal documents, cited by the procedures below.
    private static readonly LegalBasis CivilStatusLaw = Law("60/2014/QH13", "Luật Hộ tịch", 2014, 11, 20);
    private static readonly LegalBasis CivilStatusDecree = Law("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", 2015, 11, 15);
    private static readonly LegalBasis CivilStatusCircular = Law("04/2020/TT-BTP", "Thông tư quy định chi tiết thi hành Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", 2020, 5, 28);
    private static readonly LegalBasis AuthenticationDecree = Law("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", 2015, 2, 16);
    private static readonly LegalBasis AuthenticationFees = Law("226/2016/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực", 2016, 11, 11);
    private static readonly LegalBasis CriminalRecordLaw = Law("28/2009/QH12", "Luật Lý lịch tư pháp", 2009, 6, 17);
    private static readonly LegalBasis LaborCode = Law("45/2019/QH14", "Bộ luật Lao động", 2019, 11, 20);
    private static readonly LegalBasis ForeignWorkersDecree = Law("152/2020/NĐ-CP", "Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam", 2020, 12, 30);
    private static readonly LegalBasis LaborConditionsDecree = Law("145/2020/NĐ-CP", "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động", 2020, 12, 14);
    private static readonly LegalBasis EmploymentLaw = Law("38/2013/QH13", "Luật Việc làm", 2013, 11, 16);
    private static readonly LegalBasis UnemploymentDecree = Law("28/2015/NĐ-CP", "Nghị định quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp", 2015, 3, 12);
    private static readonly LegalBasis EmploymentServicesDecree = Law("23/2021/NĐ-CP", "Nghị định quy định chi tiết khoản 3 Điều 37 và Điều 39 của Luật Việc làm về trung tâm dịch vụ việc làm, doanh nghiệp hoạt động dịch vụ việc làm", 2021, 3, 19);
    private static readonly LegalBasis MeritOrdinance = Law("02/2020/UBTVQH14", "Pháp lệnh Ưu đãi người có công với cách mạng", 2020, 12, 9);
    private static readonly LegalBasis MeritDecree = Law("131/2021/NĐ-CP", "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng", 2021, 12, 30);
    private static readonly LegalBasis SocialDecree = Law("20/2021/NĐ-CP", "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", 2021, 3, 15);
    private static readonly LegalBasis SocialFacilitiesDecree = Law("103/2017/NĐ-CP", "Nghị định quy định về thành lập, tổ chức, hoạt động, giải thể và quản lý các cơ sở trợ giúp xã hội", 2017, 9, 12);
    private static readonly LegalBasis DisabilityLaw = Law("51/2010/QH12", "Luật Người khuyết tật", 2010, 6, 17);
    private static readonly LegalBasis ChildrenLaw = Law("102/2016/QH13", "Luật Trẻ em", 2016, 4, 5);
    private static readonly LegalBasis ChildrenDecree = Law("56/2017/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Trẻ em", 2017, 5, 9);
    private static readonly LegalBasis VocationalLaw = Law("74/2014/QH13", "Luật Giáo dục nghề nghiệp", 2014, 11, 27);
    private static readonly LegalBasis VocationalDecree = Law("143/2016/NĐ-CP", "Nghị định quy định điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục nghề nghiệp", 2016, 10, 14);
    private static readonly LegalBasis EmulationLaw = Law("06/2022/QH15", "Luật Thi đua, khen thưởng", 2022, 6, 15);
    private static readonly LegalBasis EmulationDecree = Law("98/2023/NĐ-CP", "Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng", 2023, 12, 31);
    private static readonly LegalBasis ReligionLaw = Law("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo", 2016, 11, 18);
    private static readonly LegalBasis ReligionDecree = Law("95/2023/NĐ-CP", "Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo", 2023, 12, 29);
    private static readonly LegalBasis CivilServantsDecree = Law("138/2020/NĐ-CP", "Nghị định quy định về tuyển dụng, sử dụng và quản lý công chức", 2020, 11, 27);
    private static readonly LegalBasis PublicEmployeesDecree = Law("115/2020/NĐ-CP", "Nghị định quy định về tuyển dụng, sử dụng và quản lý viên chức", 2020, 9, 25);

    private const string Presence = "Pháp luật yêu cầu người yêu cầu có mặt trực tiếp để ký, điểm chỉ hoặc đối chiếu giấy tờ gốc.";
    private const string OnSite = "Pháp luật yêu cầu kiểm tra, thẩm định thực tế tại cơ sở trước khi giải quyết.";
    private const string Ceremony = "Kết quả được trao trực tiếp; hai bên phải có mặt khi ký Giấy chứng nhận kết hôn.";

    private const string Citizens = "Công dân Việt Nam";
    private const string Foreigners = "Người nước ngoài; người sử dụng lao động nước ngoài tại Việt Nam";
    private const string Employers = "Doanh nghiệp, cơ quan, tổ chức sử dụng lao động";
    private const string Unemployed = "Người lao động đang đóng bảo hiểm thất nghiệp bị chấm dứt hợp đồng lao động";
    private const string MeritPeople = "Người có công với cách mạng và thân nhân";
    private const string Vulnerable = "Đối tượng bảo trợ xã hội và người thân, người giám hộ";
    private const string Schools = "Trường trung cấp, trung tâm giáo dục nghề nghiệp, doanh nghiệp có hoạt động giáo dục nghề nghiệp";
    private const string Organisations = "Cơ quan, tổ chức, tập thể và cá nhân";

    public static readonly IReadOnlyList<DemoProcedure> Procedures =
    [
        // Hộ tịch — UBND cấp xã.
        new("1.001193", "Đăng ký kết hôn", CivilStatusField, Communes, 0, Immediate, Partial, "Giấy chứng nhận kết hôn", [CivilStatusLaw, CivilStatusDecree, CivilStatusCircular],
            [Form("Tờ khai đăng ký kết hôn", "Mẫu tờ khai đăng ký kết hôn (TT 04/2020/TT-BTP)"), Wallet("Giấy xác nhận tình trạng hôn nhân"), Shown("Giấy tờ tùy thân có ảnh của hai bên")],
            Reason: Ceremony, Requirements: "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; không bị mất năng lực hành vi dân sự."),
        new("1.001022", "Đăng ký khai sinh", CivilStatusField, Communes, 0, Immediate, Full, "Giấy khai sinh (bản chính)", [CivilStatusLaw, CivilStatusDecree, CivilStatusCircular],
            [Form("Tờ khai đăng ký khai sinh", "Mẫu tờ khai đăng ký khai sinh (TT 04/2020/TT-BTP)"), Original("Giấy chứng sinh"), Optional(Wallet("Giấy chứng nhận kết hôn của cha, mẹ"))]),
        new("1.000656", "Đăng ký khai tử", CivilStatusField, Communes, 0, Immediate, Full, "Trích lục khai tử (bản chính)", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký khai tử", "Mẫu tờ khai đăng ký khai tử (TT 04/2020/TT-BTP)"), Original("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử")]),
        new("1.000689", "Đăng ký nhận cha, mẹ, con", CivilStatusField, Communes, 3, WorkingDays, Partial, "Trích lục đăng ký nhận cha, mẹ, con", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký nhận cha, mẹ, con", "Mẫu tờ khai nhận cha, mẹ, con (TT 04/2020/TT-BTP)"), Copy("Văn bản của cơ quan y tế xác nhận quan hệ cha con, mẹ con")],
            Reason: Presence),
        new("1.000419", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con", CivilStatusField, Communes, 3, WorkingDays, Partial, "Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký khai sinh", "Mẫu tờ khai đăng ký khai sinh"), Form("Tờ khai đăng ký nhận cha, mẹ, con", "Mẫu tờ khai nhận cha, mẹ, con"), Original("Giấy chứng sinh")],
            Reason: Presence),
        new("1.004746", "Đăng ký lại khai sinh", CivilStatusField, Communes, 5, WorkingDays, Full, "Giấy khai sinh (bản chính)", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký lại khai sinh", "Mẫu tờ khai đăng ký lại khai sinh"), Copy("Bản sao Giấy khai sinh cũ hoặc giấy tờ có thông tin khai sinh")]),
        new("1.000593", "Đăng ký lại kết hôn", CivilStatusField, Communes, 5, WorkingDays, Partial, "Giấy chứng nhận kết hôn", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký lại kết hôn", "Mẫu tờ khai đăng ký lại kết hôn"), Copy("Bản sao Giấy chứng nhận kết hôn đã cấp trước đây")],
            Reason: Ceremony),
        new("1.004884", "Đăng ký giám hộ", CivilStatusField, Communes, 3, WorkingDays, Partial, "Trích lục đăng ký giám hộ", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký giám hộ", "Mẫu tờ khai đăng ký giám hộ"), Original("Văn bản cử người giám hộ")],
            Reason: Presence),
        new("1.004837", "Đăng ký chấm dứt giám hộ", CivilStatusField, Communes, 2, WorkingDays, Full, "Trích lục đăng ký chấm dứt giám hộ", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký chấm dứt giám hộ", "Mẫu tờ khai chấm dứt giám hộ"), Copy("Giấy tờ làm căn cứ chấm dứt giám hộ")]),
        new("1.004859", "Thay đổi, cải chính, bổ sung, xác định lại dân tộc", CivilStatusField, Communes, 3, WorkingDays, Full, "Trích lục thay đổi, cải chính, bổ sung hộ tịch", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký thay đổi, cải chính, bổ sung hộ tịch", "Mẫu tờ khai thay đổi, cải chính hộ tịch"), Copy("Giấy tờ làm căn cứ thay đổi, cải chính")], Fee: 15_000),
        new("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân", CivilStatusField, Communes, 3, WorkingDays, Full, "Giấy xác nhận tình trạng hôn nhân", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "Mẫu tờ khai xác nhận tình trạng hôn nhân"), Optional(Copy("Bản án, quyết định ly hôn đã có hiệu lực"))]),
        new("1.004772", "Cấp bản sao Trích lục hộ tịch", CivilStatusField, Communes, 0, Immediate, Full, "Bản sao Trích lục hộ tịch", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai cấp bản sao trích lục hộ tịch", "Mẫu tờ khai cấp bản sao trích lục")], Fee: 8_000, FeeName: "Phí cấp bản sao trích lục (mỗi bản)"),
        new("2.000528", "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", CivilStatusField, Communes, 5, WorkingDays, Full, "Giấy khai sinh, xác nhận thường trú và thẻ bảo hiểm y tế của trẻ", [CivilStatusLaw, CivilStatusDecree],
            [Form("Tờ khai đăng ký khai sinh", "Mẫu tờ khai đăng ký khai sinh"), Original("Giấy chứng sinh"), Form("Tờ khai thay đổi thông tin cư trú", "Mẫu CT01")]),

        // Chứng thực — UBND cấp xã.
        new("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận", AuthenticationField, Communes, 0, Immediate, Partial, "Bản sao được chứng thực từ bản chính", [AuthenticationDecree, AuthenticationFees],
            [Shown("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"), Photocopy("Bản sao cần chứng thực")], Fee: 2_000, FeeName: "Phí chứng thực (mỗi trang; từ trang thứ ba 1.000 đồng, tối đa 200.000 đồng mỗi bản)", Reason: Presence),
        new("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", AuthenticationField, Communes, 0, Immediate, Partial, "Giấy tờ, văn bản đã được chứng thực chữ ký", [AuthenticationDecree, AuthenticationFees],
            [Shown("Giấy tờ tùy thân còn giá trị sử dụng"), Original("Giấy tờ, văn bản mà mình sẽ ký")], Fee: 10_000, FeeName: "Phí chứng thực chữ ký (mỗi trường hợp)", Reason: Presence),
        new("2.000913", "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", AuthenticationField, Communes, 0, Immediate, Partial, "Bản dịch đã được chứng thực chữ ký người dịch", [AuthenticationDecree, AuthenticationFees],
            [Original("Bản dịch đính kèm giấy tờ, văn bản cần dịch")], Fee: 10_000, FeeName: "Phí chứng thực chữ ký người dịch (mỗi trường hợp)", Reason: Presence),
        new("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", AuthenticationField, Communes, 2, WorkingDays, Partial, "Hợp đồng, giao dịch được chứng thực", [AuthenticationDecree, AuthenticationFees],
            [Original("Dự thảo hợp đồng, giao dịch"), Copy("Giấy tờ tùy thân của người yêu cầu"), Copy("Giấy chứng nhận quyền sở hữu tài sản")], Fee: 50_000, FeeName: "Phí chứng thực hợp đồng, giao dịch", Reason: Presence),
        new("2.001019", "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", AuthenticationField, Communes, 2, WorkingDays, Partial, "Văn bản sửa đổi, bổ sung, hủy bỏ được chứng thực", [AuthenticationDecree, AuthenticationFees],
            [Original("Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng"), Original("Hợp đồng, giao dịch đã được chứng thực")], Fee: 30_000, FeeName: "Phí chứng thực việc sửa đổi, bổ sung", Reason: Presence),
        new("2.001016", "Chứng thực di chúc", AuthenticationField, Communes, 2, WorkingDays, None, "Di chúc được chứng thực", [AuthenticationDecree, AuthenticationFees],
            [Original("Dự thảo di chúc"), Copy("Giấy tờ tùy thân của người lập di chúc")], Fee: 50_000, FeeName: "Phí chứng thực di chúc"),
        new("2.001009", "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản", AuthenticationField, Communes, 2, WorkingDays, None, "Văn bản thỏa thuận phân chia di sản được chứng thực", [AuthenticationDecree, AuthenticationFees],
            [Original("Dự thảo văn bản thỏa thuận phân chia di sản"), Copy("Giấy chứng tử của người để lại di sản")], Fee: 50_000, FeeName: "Phí chứng thực văn bản phân chia di sản"),
        new("2.000843", "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", AuthenticationField, Communes, 2, WorkingDays, Full, "Bản sao có chứng thực hợp đồng, giao dịch", [AuthenticationDecree, AuthenticationFees],
            [Form("Phiếu yêu cầu cấp bản sao", "Phiếu yêu cầu cấp bản sao có chứng thực")], Fee: 2_000, FeeName: "Phí cấp bản sao (mỗi trang)"),

        // Lý lịch tư pháp — Sở Tư pháp.
        new("2.000635", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", CriminalRecordField, P.Justice, 10, WorkingDays, Full, "Phiếu lý lịch tư pháp số 1 hoặc số 2", [CriminalRecordLaw],
            [Form("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Mẫu số 03/2013/TT-LLTP"), Copy("Giấy tờ tùy thân của người yêu cầu"), Wallet("Giấy tờ chứng minh nơi cư trú")], Fee: 200_000, FeeName: "Phí cung cấp thông tin lý lịch tư pháp"),

        // Lao động — Sở Nội vụ.
        new("1.000105", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", LaborField, P.HomeAffairs, 10, WorkingDays, Full, "Giấy phép lao động", [LaborCode, ForeignWorkersDecree],
            [Form("Văn bản đề nghị cấp giấy phép lao động", "Mẫu số 11/PLI (NĐ 152/2020/NĐ-CP)"), Original("Giấy chứng nhận sức khỏe"), Certified("Phiếu lý lịch tư pháp"), Certified("Văn bằng, chứng chỉ chứng minh trình độ chuyên môn"), Photos("Ảnh màu 4 cm x 6 cm")],
            Fee: 600_000, FeeName: "Lệ phí cấp giấy phép lao động", Subjects: Foreigners),
        new("1.000459", "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", LaborField, P.HomeAffairs, 3, WorkingDays, Full, "Giấy phép lao động (cấp lại)", [LaborCode, ForeignWorkersDecree],
            [Form("Văn bản đề nghị cấp lại giấy phép lao động", "Mẫu số 11/PLI"), Original("Giấy phép lao động đã cấp (trừ trường hợp bị mất)"), Photos("Ảnh màu 4 cm x 6 cm")],
            Fee: 450_000, FeeName: "Lệ phí cấp lại giấy phép lao động", Subjects: Foreigners),
        new("1.000189", "Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", LaborField, P.HomeAffairs, 5, WorkingDays, Full, "Giấy phép lao động (gia hạn)", [LaborCode, ForeignWorkersDecree],
            [Form("Văn bản đề nghị gia hạn giấy phép lao động", "Mẫu số 11/PLI"), Original("Giấy phép lao động còn thời hạn ít nhất 5 ngày"), Original("Giấy chứng nhận sức khỏe")],
            Fee: 450_000, FeeName: "Lệ phí gia hạn giấy phép lao động", Subjects: Foreigners),
        new("2.000205", "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", LaborField, P.HomeAffairs, 3, WorkingDays, Full, "Văn bản xác nhận không thuộc diện cấp giấy phép lao động", [LaborCode, ForeignWorkersDecree],
            [Form("Văn bản đề nghị xác nhận", "Mẫu số 09/PLI"), Certified("Giấy tờ chứng minh thuộc diện không cấp giấy phép lao động")], Subjects: Foreigners),
        new("1.009811", "Đăng ký nội quy lao động của doanh nghiệp", LaborField, P.HomeAffairs, 7, WorkingDays, Full, "Thông báo về việc đăng ký nội quy lao động", [LaborCode, LaborConditionsDecree],
            [Original("Văn bản đề nghị đăng ký nội quy lao động"), Original("Nội quy lao động"), Original("Văn bản góp ý của tổ chức đại diện người lao động")], Subjects: Employers),
        new(AbolishedCode, "Gửi thỏa ước lao động tập thể cấp doanh nghiệp", LaborField, P.HomeAffairs, 10, WorkingDays, Full, "Thỏa ước lao động tập thể được lưu giữ", [LaborCode, LaborConditionsDecree],
            [Certified("Thỏa ước lao động tập thể đã ký kết")], Subjects: Employers),
        new("1.001865", "Báo cáo tổ chức làm thêm từ trên 200 giờ đến 300 giờ trong năm", LaborField, P.HomeAffairs, 0, Immediate, Full, "Báo cáo được tiếp nhận", [LaborCode, LaborConditionsDecree],
            [Form("Văn bản thông báo tổ chức làm thêm giờ", "Mẫu số 02/PLIV (NĐ 145/2020/NĐ-CP)")], Subjects: Employers),
        new("2.001955", "Cấp giấy phép hoạt động cho thuê lại lao động", LaborField, P.HomeAffairs, 20, WorkingDays, Partial, "Giấy phép hoạt động cho thuê lại lao động", [LaborCode, LaborConditionsDecree],
            [Form("Văn bản đề nghị cấp giấy phép", "Mẫu số 05/PLIII"), Certified("Lý lịch tự thuật của người đại diện theo pháp luật"), Original("Giấy chứng nhận tiền ký quỹ")],
            Fee: 5_000_000, FeeName: "Lệ phí cấp giấy phép hoạt động cho thuê lại lao động", Subjects: Employers, Reason: OnSite),

        // Việc làm — Sở Nội vụ (Trung tâm Dịch vụ việc làm trực thuộc).
        new("1.001978", "Giải quyết hưởng trợ cấp thất nghiệp", EmploymentField, P.HomeAffairs, 20, WorkingDays, Full, "Quyết định về việc hưởng trợ cấp thất nghiệp", [EmploymentLaw, UnemploymentDecree],
            [Form("Đề nghị hưởng trợ cấp thất nghiệp", "Mẫu số 03 (TT 28/2015/TT-BLĐTBXH)"), Copy("Quyết định thôi việc hoặc giấy tờ chứng minh chấm dứt hợp đồng lao động"), Wallet("Sổ bảo hiểm xã hội")],
            Subjects: Unemployed, Requirements: "Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng lao động; nộp hồ sơ trong 03 tháng kể từ ngày chấm dứt hợp đồng."),
        new("1.001973", "Tạm dừng hưởng trợ cấp thất nghiệp", EmploymentField, P.HomeAffairs, 3, WorkingDays, Full, "Quyết định tạm dừng hưởng trợ cấp thất nghiệp", [EmploymentLaw, UnemploymentDecree],
            [Original("Thông báo về việc không thông báo tìm kiếm việc làm hằng tháng")], Subjects: Unemployed),
        new("1.001966", "Chấm dứt hưởng trợ cấp thất nghiệp", EmploymentField, P.HomeAffairs, 3, WorkingDays, Full, "Quyết định chấm dứt hưởng trợ cấp thất nghiệp", [EmploymentLaw, UnemploymentDecree],
            [Form("Thông báo về việc có việc làm", "Mẫu số 13")], Subjects: Unemployed),
        new("2.000178", "Chuyển nơi hưởng trợ cấp thất nghiệp", EmploymentField, P.HomeAffairs, 3, WorkingDays, Full, "Giấy giới thiệu chuyển nơi hưởng trợ cấp thất nghiệp", [EmploymentLaw, UnemploymentDecree],
            [Form("Đề nghị chuyển nơi hưởng trợ cấp thất nghiệp", "Mẫu số 10")], Subjects: Unemployed),
        new("1.001953", "Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp", EmploymentField, P.HomeAffairs, 20, WorkingDays, Full, "Quyết định hỗ trợ học nghề", [EmploymentLaw, UnemploymentDecree],
            [Form("Đề nghị hỗ trợ học nghề", "Mẫu số 01 (TT 28/2015/TT-BLĐTBXH)")], Subjects: Unemployed),
        new("1.000362", "Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm", EmploymentField, P.HomeAffairs, 7, WorkingDays, Partial, "Giấy phép hoạt động dịch vụ việc làm", [EmploymentLaw, EmploymentServicesDecree],
            [Form("Văn bản đề nghị cấp giấy phép", "Mẫu số 02 (NĐ 23/2021/NĐ-CP)"), Original("Giấy chứng nhận đã thực hiện ký quỹ"), Certified("Giấy tờ chứng minh địa điểm hoạt động")],
            Fee: 1_500_000, FeeName: "Lệ phí cấp giấy phép", Subjects: Employers, Reason: OnSite, EForm: DemoEForms.EmploymentServiceLicence),
        new("1.000385", "Thu hồi giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm", EmploymentField, P.HomeAffairs, 7, WorkingDays, Full, "Quyết định thu hồi giấy phép", [EmploymentLaw, EmploymentServicesDecree],
            [Original("Văn bản đề nghị thu hồi giấy phép"), Original("Giấy phép đã được cấp")], Subjects: Employers),

        // Người có công — Sở Nội vụ và UBND cấp xã.
        new("1.010801", "Giải quyết chế độ trợ cấp một lần khi người có công với cách mạng từ trần", MeritField, P.HomeAffairs, 12, WorkingDays, Partial, "Quyết định trợ cấp một lần", [MeritOrdinance, MeritDecree],
            [Form("Bản khai của thân nhân", "Mẫu số 12 (NĐ 131/2021/NĐ-CP)"), Wallet("Trích lục khai tử")], Subjects: MeritPeople, Reason: Presence),
        new("1.010805", "Công nhận và giải quyết chế độ ưu đãi người hoạt động kháng chiến bị nhiễm chất độc hóa học", MeritField, P.HomeAffairs, 40, WorkingDays, Partial, "Quyết định công nhận và trợ cấp hằng tháng", [MeritOrdinance, MeritDecree],
            [Form("Bản khai cá nhân", "Mẫu số 06 (NĐ 131/2021/NĐ-CP)"), Certified("Giấy tờ chứng minh thời gian hoạt động kháng chiến"), Original("Biên bản giám định y khoa")], Subjects: MeritPeople, Reason: "Người đề nghị phải có mặt để khám giám định y khoa."),
        new("1.010807", "Giải quyết chế độ mai táng phí đối với người có công với cách mạng từ trần", MeritField, Communes, 10, WorkingDays, Full, "Quyết định trợ cấp mai táng phí", [MeritOrdinance, MeritDecree],
            [Form("Bản khai của người tổ chức mai táng", "Mẫu số 13"), Wallet("Trích lục khai tử")], Subjects: MeritPeople, EForm: DemoEForms.MeritFuneral),
        new("1.010814", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ", MeritField, P.HomeAffairs, 5, WorkingDays, Full, "Giấy giới thiệu thăm viếng mộ liệt sĩ", [MeritOrdinance, MeritDecree],
            [Form("Đơn đề nghị thăm viếng mộ liệt sĩ", "Mẫu số 40"), Copy("Giấy báo tin mộ liệt sĩ")], Subjects: MeritPeople, EForm: DemoEForms.MartyrGraveVisit),
        new("1.010816", "Di chuyển hài cốt liệt sĩ đang an táng ngoài nghĩa trang liệt sĩ về an táng tại nghĩa trang liệt sĩ", MeritField, Communes, 5, WorkingDays, Partial, "Văn bản đồng ý di chuyển hài cốt liệt sĩ", [MeritOrdinance, MeritDecree],
            [Form("Đơn đề nghị di chuyển hài cốt liệt sĩ", "Mẫu số 41"), Copy("Bằng Tổ quốc ghi công")], Subjects: MeritPeople, Reason: OnSite),
        new("1.010829", "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng", MeritField, P.HomeAffairs, 12, WorkingDays, Full, "Quyết định trợ cấp hằng tháng", [MeritOrdinance, MeritDecree],
            [Form("Bản khai cá nhân", "Mẫu số 03"), Copy("Quyết định phong tặng danh hiệu Bà mẹ Việt Nam anh hùng")], Subjects: MeritPeople),
        new("1.010833", "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng", MeritField, P.HomeAffairs, 5, WorkingDays, Full, "Bản trích lục hoặc bản sao hồ sơ", [MeritOrdinance, MeritDecree],
            [Form("Đơn đề nghị cấp trích lục hồ sơ", "Mẫu số 45")], Subjects: MeritPeople),

        // Bảo trợ xã hội — UBND cấp xã và Sở Nội vụ.
        new("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng", SocialField, Communes, 15, WorkingDays, Full, "Quyết định trợ cấp xã hội hằng tháng", [SocialDecree],
            [Form("Tờ khai đề nghị trợ giúp xã hội", "Mẫu số 1a (NĐ 20/2021/NĐ-CP)"), Optional(Wallet("Giấy xác nhận khuyết tật"))], Subjects: Vulnerable),
        new("1.001758", "Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú", SocialField, Communes, 10, WorkingDays, Full, "Quyết định chi trả trợ cấp tại nơi cư trú mới", [SocialDecree],
            [Original("Văn bản đề nghị chi trả tại nơi cư trú mới")], Subjects: Vulnerable),
        new("2.000286", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", SocialField, Communes, 10, WorkingDays, Partial, "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở", [SocialDecree],
            [Form("Tờ khai đề nghị hỗ trợ về nhà ở", "Mẫu số 7 (NĐ 20/2021/NĐ-CP)")], Subjects: Vulnerable, Reason: OnSite),
        new("1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", SocialField, Communes, 3, WorkingDays, Full, "Quyết định hỗ trợ chi phí mai táng", [SocialDecree],
            [Form("Tờ khai đề nghị hỗ trợ chi phí mai táng", "Mẫu số 4 (NĐ 20/2021/NĐ-CP)"), Wallet("Trích lục khai tử")], Subjects: Vulnerable),
        new("1.001653", "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", SocialField, Communes, 30, CalendarDays, Partial, "Giấy xác nhận khuyết tật", [DisabilityLaw],
            [Form("Đơn đề nghị xác định mức độ khuyết tật", "Mẫu số 01 (TT 01/2019/TT-BLĐTBXH)"), Optional(Copy("Giấy tờ liên quan đến tình trạng khuyết tật"))], Subjects: "Người khuyết tật hoặc người đại diện hợp pháp", Reason: "Hội đồng xác định mức độ khuyết tật phải quan sát, đánh giá trực tiếp người khuyết tật."),
        new("1.001699", "Đổi, cấp lại Giấy xác nhận khuyết tật", SocialField, Communes, 5, WorkingDays, Full, "Giấy xác nhận khuyết tật (đổi, cấp lại)", [DisabilityLaw],
            [Form("Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật", "Mẫu số 02")], Subjects: "Người khuyết tật hoặc người đại diện hợp pháp"),
        new("2.000751", "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh", SocialField, P.HomeAffairs, 12, WorkingDays, Partial, "Quyết định tiếp nhận vào cơ sở trợ giúp xã hội", [SocialDecree, SocialFacilitiesDecree],
            [Form("Tờ khai đề nghị tiếp nhận", "Mẫu số 1d"), Copy("Giấy tờ tùy thân của đối tượng")], Subjects: Vulnerable, Reason: OnSite),
        new("1.001310", "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập", SocialField, P.HomeAffairs, 5, WorkingDays, Full, "Giấy chứng nhận đăng ký thành lập", [SocialFacilitiesDecree],
            [Form("Tờ khai đăng ký thành lập", "Mẫu số 01 (NĐ 103/2017/NĐ-CP)"), Certified("Dự thảo quy chế hoạt động"), Certified("Giấy tờ chứng minh quyền sử dụng đất, nhà ở")], Subjects: Organisations),
        new("1.000684", "Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội", SocialField, P.HomeAffairs, 10, WorkingDays, Partial, "Giấy phép hoạt động", [SocialFacilitiesDecree],
            [Form("Văn bản đề nghị cấp giấy phép hoạt động", "Mẫu số 04"), Certified("Quyết định thành lập hoặc Giấy chứng nhận đăng ký thành lập")], Subjects: Organisations, Reason: OnSite),

        // Trẻ em — UBND cấp xã và Sở Nội vụ.
        new("2.001944", "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em", ChildrenField, Communes, 12, WorkingHours, None, "Quyết định tạm thời cách ly trẻ em", [ChildrenLaw, ChildrenDecree],
            [Original("Thông báo, tố giác hoặc đề nghị của cơ quan, tổ chức, cá nhân")], Subjects: "Trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi"),
        new("2.001947", "Chấm dứt việc chăm sóc thay thế cho trẻ em", ChildrenField, Communes, 5, WorkingDays, Full, "Quyết định chấm dứt việc chăm sóc thay thế", [ChildrenLaw, ChildrenDecree],
            [Original("Văn bản đề nghị chấm dứt việc chăm sóc thay thế")], Subjects: "Cá nhân, gia đình nhận chăm sóc thay thế"),
        new("1.004946", "Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân, người đại diện gia đình nhận chăm sóc thay thế không phải là người thân thích", ChildrenField, Communes, 15, WorkingDays, Partial, "Quyết định giao trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế", [ChildrenLaw, ChildrenDecree],
            [Form("Đơn đăng ký nhận chăm sóc thay thế", "Mẫu số 01 (NĐ 56/2017/NĐ-CP)"), Certified("Phiếu lý lịch tư pháp"), Original("Giấy khám sức khỏe")], Subjects: Citizens, Reason: OnSite),
        new("1.004944", "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi", ChildrenField, P.HomeAffairs, 7, WorkingDays, None, "Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp", [ChildrenLaw, ChildrenDecree],
            [Original("Báo cáo đánh giá nguy cơ"), Original("Dự thảo kế hoạch hỗ trợ, can thiệp")], Subjects: "Cơ quan, tổ chức bảo vệ trẻ em"),

        // Giáo dục nghề nghiệp — Sở Giáo dục và Đào tạo.
        new("1.000512", "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trung tâm giáo dục nghề nghiệp, trường trung cấp, doanh nghiệp", VocationalField, P.Education, 10, WorkingDays, Partial, "Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp", [VocationalLaw, VocationalDecree],
            [Form("Văn bản đề nghị cấp giấy chứng nhận", "Mẫu 1A (NĐ 143/2016/NĐ-CP)"), Certified("Quyết định thành lập"), Original("Báo cáo thực trạng cơ sở vật chất, thiết bị, chương trình, giáo trình")], Subjects: Schools, Reason: OnSite),
        new("1.000496", "Cấp giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp", VocationalField, P.Education, 10, WorkingDays, Partial, "Giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp", [VocationalLaw, VocationalDecree],
            [Form("Văn bản đề nghị đăng ký bổ sung", "Mẫu 1B"), Original("Báo cáo các điều kiện bảo đảm cho ngành, nghề đăng ký bổ sung")], Subjects: Schools, Reason: OnSite),
        new("1.000280", "Thành lập trung tâm giáo dục nghề nghiệp công lập", VocationalField, P.Education, 15, WorkingDays, None, "Quyết định thành lập trung tâm", [VocationalLaw, VocationalDecree],
            [Original("Tờ trình đề nghị thành lập"), Original("Đề án thành lập")], Subjects: "Cơ quan, tổ chức chủ quản"),
        new("1.000241", "Cho phép thành lập trường trung cấp tư thục", VocationalField, P.Education, 15, WorkingDays, Partial, "Quyết định cho phép thành lập trường", [VocationalLaw, VocationalDecree],
            [Original("Văn bản đề nghị thành lập"), Original("Đề án thành lập trường"), Certified("Giấy tờ chứng minh vốn đầu tư")], Subjects: Organisations, Reason: OnSite),
        new("1.000478", "Giải thể trường trung cấp công lập", VocationalField, P.Education, 15, WorkingDays, None, "Quyết định giải thể", [VocationalLaw, VocationalDecree],
            [Original("Tờ trình đề nghị giải thể"), Original("Phương án giải thể")], Subjects: "Cơ quan chủ quản"),
        new("1.000460", "Công nhận hội đồng quản trị trường trung cấp tư thục", VocationalField, P.Education, 10, WorkingDays, Full, "Quyết định công nhận hội đồng quản trị", [VocationalLaw, VocationalDecree],
            [Original("Văn bản đề nghị công nhận"), Original("Biên bản bầu hội đồng quản trị")], Subjects: Schools),
        new("2.000193", "Cấp bản sao văn bằng, chứng chỉ trung cấp từ sổ gốc", VocationalField, P.Education, 0, Immediate, Full, "Bản sao văn bằng, chứng chỉ từ sổ gốc", [VocationalLaw, AuthenticationDecree],
            [Form("Đơn đề nghị cấp bản sao từ sổ gốc", "Mẫu đơn đề nghị cấp bản sao"), Shown("Giấy tờ tùy thân")], Fee: 3_000, FeeName: "Phí cấp bản sao (mỗi bản)", Subjects: Citizens),

        // Nội vụ — thi đua, khen thưởng; tín ngưỡng, tôn giáo; công chức, viên chức.
        new("1.000775", "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", EmulationField, P.HomeAffairs, 20, WorkingDays, Full, "Quyết định và Bằng khen của Chủ tịch UBND tỉnh", [EmulationLaw, EmulationDecree],
            [Original("Tờ trình đề nghị khen thưởng"), Form("Báo cáo thành tích", "Mẫu số 01 (NĐ 98/2023/NĐ-CP)"), Original("Biên bản họp Hội đồng Thi đua – Khen thưởng")], Subjects: Organisations),
        new("1.000748", "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", EmulationField, P.HomeAffairs, 20, WorkingDays, Full, "Quyết định và Bằng chứng nhận Chiến sĩ thi đua cấp tỉnh", [EmulationLaw, EmulationDecree],
            [Original("Tờ trình đề nghị"), Form("Báo cáo thành tích cá nhân", "Mẫu số 02 (NĐ 98/2023/NĐ-CP)"), Copy("Chứng nhận sáng kiến được công nhận")], Subjects: "Cá nhân là cán bộ, công chức, viên chức, người lao động"),
        new("1.000786", "Tặng danh hiệu Tập thể lao động xuất sắc", EmulationField, P.HomeAffairs, 20, WorkingDays, Full, "Quyết định tặng danh hiệu Tập thể lao động xuất sắc", [EmulationLaw, EmulationDecree],
            [Original("Tờ trình đề nghị"), Form("Báo cáo thành tích tập thể", "Mẫu số 01")], Subjects: Organisations),
        new("1.001078", "Đăng ký hoạt động tín ngưỡng", ReligionField, Communes, 15, CalendarDays, Full, "Văn bản chấp thuận đăng ký hoạt động tín ngưỡng", [ReligionLaw, ReligionDecree],
            [Form("Văn bản đăng ký hoạt động tín ngưỡng", "Mẫu B1 (NĐ 95/2023/NĐ-CP)")], Subjects: "Người đại diện hoặc Ban quản lý cơ sở tín ngưỡng"),
        new("1.001085", "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã", ReligionField, Communes, 0, Immediate, Full, "Xác nhận đã nhận thông báo", [ReligionLaw, ReligionDecree],
            [Form("Văn bản thông báo", "Mẫu B3"), Original("Danh mục hoạt động tôn giáo")], Subjects: "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc"),
        new("1.001156", "Đề nghị công nhận tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh", ReligionField, P.HomeAffairs, 60, CalendarDays, Partial, "Quyết định công nhận tổ chức tôn giáo", [ReligionLaw, ReligionDecree],
            [Form("Văn bản đề nghị công nhận", "Mẫu B20"), Original("Hiến chương của tổ chức"), Original("Bản tóm tắt lịch sử hình thành, phát triển")], Subjects: "Tổ chức tôn giáo", Reason: OnSite),
        new("1.005385", "Thi tuyển công chức", CivilServiceField, P.HomeAffairs, 30, WorkingDays, Partial, "Thông báo kết quả trúng tuyển", [CivilServantsDecree],
            [Form("Phiếu đăng ký dự tuyển", "Mẫu số 01 (NĐ 138/2020/NĐ-CP)")], Subjects: Citizens, Reason: "Thí sinh phải dự thi trực tiếp tại địa điểm tổ chức thi."),
        new("1.005388", "Xét tuyển viên chức", CivilServiceField, P.HomeAffairs, 30, WorkingDays, Partial, "Thông báo kết quả trúng tuyển", [PublicEmployeesDecree],
            [Form("Phiếu đăng ký dự tuyển", "Mẫu số 01 (NĐ 115/2020/NĐ-CP)")], Subjects: Citizens, Reason: "Thí sinh phải phỏng vấn hoặc thực hành trực tiếp."),
        new("1.005392", "Tiếp nhận vào làm công chức", CivilServiceField, P.HomeAffairs, 15, WorkingDays, None, "Quyết định tiếp nhận", [CivilServantsDecree],
            [Original("Văn bản đề nghị tiếp nhận"), Copy("Văn bằng, chứng chỉ theo yêu cầu của vị trí việc làm"), Original("Sơ yếu lý lịch")], Subjects: "Cơ quan sử dụng công chức"),
    ];

    private static LegalBasis Law(string number, string title, int year, int month, int day) =>
        new() { Number = number, Title = title, IssuedOn = new DateOnly(year, month, day) };

    private static DossierComponent Form(string name, string template) =>
        new() { Name = name, Form = DocumentForm.Original | DocumentForm.Electronic, FormTemplateName = template };

    private static DossierComponent Original(string name) => new() { Name = name, Form = DocumentForm.Original };

    private static DossierComponent Copy(string name) =>
        new() { Name = name, Form = DocumentForm.Copy | DocumentForm.CertifiedCopy | DocumentForm.Photocopy };

    private static DossierComponent Certified(string name) => new() { Name = name, Form = DocumentForm.CertifiedCopy | DocumentForm.Electronic };

    private static DossierComponent Photocopy(string name) => new() { Name = name, Form = DocumentForm.Photocopy };

    private static DossierComponent Photos(string name) => new() { Name = name, Form = DocumentForm.Original, Count = 2 };

    private static DossierComponent Shown(string name) => new() { Name = name, Form = DocumentForm.Original, Note = "Xuất trình để đối chiếu" };

    private static DossierComponent Wallet(string name) =>
        new() { Name = name, Form = DocumentForm.Copy | DocumentForm.Electronic, ReusableFromWallet = true };

    private static DossierComponent Optional(DossierComponent component)
    {
        component.IsRequired = false;
        return component;
    }
}

/// <summary>One demo procedure in compact form; <see cref="CatalogSeeder"/> fills in the rest.</summary>
/// <param name="Agency">An agency code of the demo province, or <see cref="DemoCatalog.Communes"/>.</param>
/// <param name="Reason">Why the service is only partly online (NĐ 224/2026 Điều 14).</param>
internal sealed record DemoProcedure(
    string Code,
    string Name,
    string Field,
    string Agency,
    int Time,
    DeadlineUnit Unit,
    OnlineServiceLevel Online,
    string Result,
    LegalBasis[] Legal,
    DossierComponent[] Dossier,
    long Fee = 0,
    string? FeeName = null,
    string Subjects = "Cá nhân",
    string? Requirements = null,
    string? Reason = null,
    string? EForm = null);
