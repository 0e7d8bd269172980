using P = MotCua.Modules.Organization.DemoData.DemoProvince;

namespace MotCua.Modules.Feedback.DemoData;

/// <summary>How far a demo PAKN goes through the flow.</summary>
internal enum DemoFate
{
    New,
    Received,
    Clarifying,
    Processing,
    Approved,
    Published,
    Refused,
    TransferredOut,
    Merged,
    Reopened,
}

/// <summary>
/// One demo PAKN: when it came (days before the demo clock), where, how, from whom, about what, and how far it went.
/// <see cref="Late"/> answers after the 15 working days; <see cref="Via"/> is the agency that received it and transferred it.
/// </summary>
internal sealed record DemoPetition(int DaysAgo, string Agency, string Unit, PetitionChannel Channel, PetitionCategory Category, string Sender, string Content)
{
    public DemoFate Fate { get; init; } = DemoFate.Published;

    public string? Procedure { get; init; }

    public string? LegalDocument { get; init; }

    public string? LegalArticle { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public SenderKind Kind { get; init; } = SenderKind.Person;

    public string? TaxCode { get; init; }

    public bool Consent { get; init; } = true;

    public bool SignedIn { get; init; }

    public string? Summary { get; init; }

    public string? Answer { get; init; }

    public PetitionGrounds Grounds { get; init; } = PetitionGrounds.Insufficient;

    public PetitionOutcome Outcome { get; init; } = PetitionOutcome.ExplainExistingRule;

    public bool Late { get; init; }

    public bool? Satisfied { get; init; }

    public RefusalReason Refusal { get; init; } = RefusalReason.NotAboutAdministrativeRegulation;

    /// <summary>Free text: the refusal's, the clarification request's, the body it went to, the reopen reason.</summary>
    public string? Note { get; init; }

    /// <summary>For <see cref="DemoFate.Merged"/>: the index in <see cref="DemoPetitions.All"/> of the PAKN it repeats.</summary>
    public int MergedInto { get; init; } = -1;

    public string? Via { get; init; }

    /// <summary>The proposal the answer led to is closed against the procedure's amended version.</summary>
    public bool ClosedByAmendment { get; init; }
}

/// <summary>The demo province's PAKN over the last six months: every category and channel, each agency, each fate.</summary>
internal static class DemoPetitions
{
    private const string CivilStatusLaw = "Luật Hộ tịch số 60/2014/QH13";
    private const string CivilStatusDecree = "Nghị định 123/2015/NĐ-CP";
    private const string AuthenticationDecree = "Nghị định 23/2015/NĐ-CP";
    private const string EmploymentLaw = "Luật Việc làm số 38/2013/QH13";
    private const string LaborDecree = "Nghị định 152/2020/NĐ-CP";
    private const string CriminalRecordLaw = "Luật Lý lịch tư pháp số 28/2009/QH12";
    private const string SocialDecree = "Nghị định 20/2021/NĐ-CP";

    public static readonly IReadOnlyList<DemoPetition> All =
    [
        // 0
        new(172, P.CommuneAnBinh, "TP", PetitionChannel.Letter, PetitionCategory.Delay, "Trần Văn Hòa",
            "Ngày 12 tôi nộp hồ sơ đăng ký khai sinh cho con tại Bộ phận Một cửa xã An Bình, được hẹn trả trong ngày nhưng ba ngày sau mới nhận được Giấy khai sinh. Công chức tiếp nhận không viết phiếu hẹn và không giải thích lý do chậm.")
        {
            Procedure = "1.001022", LegalDocument = CivilStatusLaw, LegalArticle = "Điều 16", Phone = "0912 478 315", Address = "Thôn Đông, xã An Bình",
            Answer = "UBND xã An Bình đã kiểm tra: hồ sơ tiếp nhận ngày 12 nhưng không được nhập vào hệ thống ngay do công chức tư pháp – hộ tịch đi tập huấn. Xã đã xin lỗi công dân, chấn chỉnh việc lập Giấy tiếp nhận và hẹn trả kết quả cho mọi hồ sơ và bố trí người làm thay khi công chức vắng mặt.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct, Satisfied = true,
        },

        // 1
        new(165, P.HomeAffairs, "LDVL", PetitionChannel.PortalGuest, PetitionCategory.Unfit, "Công ty TNHH May mặc Sông Hồng",
            "Thủ tục giải quyết hưởng trợ cấp thất nghiệp yêu cầu người lao động trực tiếp đến trung tâm dịch vụ việc làm thông báo tìm kiếm việc làm hằng tháng. Nhiều công nhân của công ty đã chuyển về quê ở xa, việc đi lại hằng tháng tốn kém hơn cả tiền trợ cấp. Đề nghị cho phép thông báo trực tuyến hoặc qua bưu điện.")
        {
            Procedure = "1.001978", LegalDocument = EmploymentLaw, LegalArticle = "Điều 52", Kind = SenderKind.Organisation, TaxCode = "0109876543", Email = "nhansu@maysonghong.example.vn",
            Answer = "Sở Nội vụ ghi nhận kiến nghị có cơ sở. Sở đã trình UBND tỉnh sửa đổi quy trình nội bộ của thủ tục để người lao động thông báo tìm kiếm việc làm trực tuyến trên Cổng Dịch vụ công, đồng thời kiến nghị Bộ sửa quy định về việc thông báo trực tiếp.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.ProposeAmendOrAbolish, ClosedByAmendment = true, Satisfied = true,
        },

        // 2
        new(160, P.CommuneTanPhu, "TP", PetitionChannel.Phone, PetitionCategory.Unfit, "Lê Thị Mai",
            "Lệ phí chứng thực bản sao tính theo từng trang khiến người dân nộp hồ sơ học sinh phải trả nhiều tiền cho các bản sao học bạ dày nhiều trang. Đề nghị có mức trần cho một bản sao.")
        {
            Procedure = "2.000815", LegalDocument = "Thông tư 226/2016/TT-BTC", LegalArticle = "Điều 4", Phone = "0983 115 620", Consent = false,
            Summary = "Người dân phản ánh lệ phí chứng thực bản sao theo trang chưa phù hợp với bản sao nhiều trang như học bạ.",
            Answer = "Theo Thông tư 226/2016/TT-BTC, lệ phí là 2.000 đồng/trang cho hai trang đầu, 1.000 đồng/trang từ trang thứ ba và tối đa 200.000 đồng/bản. UBND xã Tân Phú đã niêm yết lại mức trần này tại Bộ phận Một cửa; trường hợp thu vượt đã được hoàn trả.",
            Outcome = PetitionOutcome.ExplainExistingRule, Satisfied = true,
        },

        // 3
        new(155, P.CommuneAnBinh, "TP", PetitionChannel.PortalGuest, PetitionCategory.Inconsistent, "Phạm Quốc Bảo",
            "Khi đăng ký khai sinh riêng, xã chỉ yêu cầu giấy chứng sinh; nhưng khi làm liên thông khai sinh – thường trú – thẻ bảo hiểm y tế cho con lại yêu cầu thêm bản sao sổ hộ khẩu, trong khi sổ hộ khẩu đã bị bỏ từ năm 2023. Hai thủ tục cùng một việc mà yêu cầu khác nhau.")
        {
            Procedure = "2.000528", LegalDocument = "Nghị định 63/2024/NĐ-CP", LegalArticle = "Điều 6", Email = "quocbao.pham@example.vn",
            Answer = "Yêu cầu bản sao sổ hộ khẩu trong thành phần hồ sơ liên thông là không còn phù hợp với Luật Cư trú 2020. UBND xã An Bình đã ngừng yêu cầu giấy tờ này và kiến nghị UBND tỉnh công bố sửa đổi thành phần hồ sơ của thủ tục liên thông cho thống nhất với thủ tục đăng ký khai sinh.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.ProposeAmendOrAbolish,
        },

        // 4
        new(150, P.Justice, "HCTP", PetitionChannel.Email, PetitionCategory.Delay, "Đỗ Minh Khôi",
            "Tôi nộp hồ sơ cấp Phiếu lý lịch tư pháp số 1 qua mạng, đã quá 10 ngày làm việc vẫn chưa có kết quả, gọi điện tổng đài không ai nghe máy.")
        {
            Procedure = "2.000635", LegalDocument = CriminalRecordLaw, LegalArticle = "Điều 48", Email = "minhkhoi.do@example.vn", Late = true,
            Answer = "Hồ sơ của công dân phải xác minh tại tỉnh khác nên thời hạn được kéo dài theo khoản 1 Điều 48 Luật Lý lịch tư pháp, nhưng Sở Tư pháp đã không thông báo cho công dân. Sở đã xin lỗi, trả kết quả ngày 28 và bổ sung bước nhắn tin thông báo khi hồ sơ phải xác minh.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct, Satisfied = false,
        },

        // 5
        new(146, P.WardHoaLac, "TP", PetitionChannel.OpinionForm, PetitionCategory.Conduct, "Nguyễn Thị Lan",
            "Phiếu lấy ý kiến tại Bộ phận Một cửa phường: công chức tiếp nhận hồ sơ chứng thực trả lời cộc lốc, yêu cầu về nhà photo lại vì bản photo hơi mờ, trong khi máy photo của phường vẫn hoạt động.")
        {
            Procedure = "2.000815", Address = "Tổ 5, phường Hòa Lạc", Consent = false,
            Summary = "Phản ánh về thái độ của công chức tiếp nhận hồ sơ chứng thực tại Bộ phận Một cửa phường.",
            Answer = "UBND phường Hòa Lạc đã làm việc với công chức liên quan, nhắc nhở về văn hóa ứng xử theo quy chế của phường và bố trí máy photo phục vụ miễn phí cho người dân cần sao lại giấy tờ.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct,
        },

        // 6
        new(140, P.HomeAffairs, "LDVL", PetitionChannel.Api, PetitionCategory.Unfit, "Công ty Cổ phần Cơ khí Hồng Hà",
            "Hồ sơ cấp giấy phép lao động yêu cầu giấy chứng nhận sức khỏe cấp trong 12 tháng, nhưng chuyên gia của chúng tôi đã có giấy chứng nhận của bệnh viện nước ngoài được hợp pháp hóa. Đề nghị hướng dẫn rõ có được dùng giấy này không.")
        {
            Procedure = "1.000105", LegalDocument = LaborDecree, LegalArticle = "Điều 9", Kind = SenderKind.Organisation, TaxCode = "0101234567", Email = "hr@cokhihongha.example.vn",
            Answer = "Theo khoản 2 Điều 9 Nghị định 152/2020/NĐ-CP, giấy chứng nhận sức khỏe do cơ sở y tế nước ngoài cấp được sử dụng nếu đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt có chứng thực. Sở đã hướng dẫn doanh nghiệp bổ sung bản dịch.",
        },

        // 7
        new(136, P.ProvincialOffice, "KSTTHC", PetitionChannel.Portal, PetitionCategory.Initiative, "Nguyễn Văn An",
            "Sáng kiến: cho phép người dân tự in Giấy tiếp nhận hồ sơ và hẹn trả kết quả có mã QR ngay trên Cổng Dịch vụ công, thay vì chờ bản giấy, để giảm thời gian chờ tại Bộ phận Một cửa.")
        {
            SignedIn = true, Phone = "0905 123 456",
            Answer = "Văn phòng UBND tỉnh ghi nhận sáng kiến. Chức năng tra cứu và in Giấy tiếp nhận có mã QR đã có trên Cổng Dịch vụ công của tỉnh; Văn phòng đã đề nghị các Bộ phận Một cửa hướng dẫn người dân sử dụng.",
            Outcome = PetitionOutcome.ExplainExistingRule, Satisfied = true,
        },

        // 8
        new(131, P.Education, "GDNN", PetitionChannel.Letter, PetitionCategory.Unlawful, "Trường Trung cấp Kỹ thuật Bình Minh",
            "Sở yêu cầu trường nộp thêm bản cam kết về cơ sở vật chất khi đăng ký bổ sung hoạt động giáo dục nghề nghiệp; giấy tờ này không có trong thành phần hồ sơ được công bố.")
        {
            Procedure = "1.000496", LegalDocument = "Nghị định 143/2016/NĐ-CP", LegalArticle = "Điều 19", Kind = SenderKind.Organisation, TaxCode = "0102233445",
            Address = "Số 18 đường Trần Phú, phường Hòa Lạc", Phone = "0243 888 1234", Late = true,
            Answer = "Sở Giáo dục và Đào tạo xác nhận yêu cầu bản cam kết là không đúng thành phần hồ sơ đã công bố. Sở đã bãi bỏ yêu cầu này và chấn chỉnh phòng chuyên môn.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct,
        },

        // 9
        new(126, P.CommuneTanPhu, "VHXH", PetitionChannel.Letter, PetitionCategory.Delay, "Hoàng Văn Sáu",
            "Mẹ tôi thuộc diện hưởng trợ cấp xã hội hằng tháng, nộp hồ sơ từ tháng trước đến nay chưa có quyết định, cán bộ xã nói đang chờ huyện, nhưng huyện đã giải thể.")
        {
            Procedure = "1.001776", LegalDocument = SocialDecree, LegalArticle = "Điều 7", Address = "Xóm Chùa, xã Tân Phú", Consent = false, Late = true,
            Summary = "Phản ánh việc chậm giải quyết trợ cấp xã hội hằng tháng sau khi sắp xếp đơn vị hành chính cấp huyện.",
            Answer = "Từ ngày 01/7/2025 thẩm quyền quyết định trợ cấp xã hội hằng tháng thuộc Chủ tịch UBND cấp xã. UBND xã Tân Phú đã ban hành quyết định trợ cấp cho bà và truy lĩnh từ tháng nộp hồ sơ.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct,
        },

        // 10
        new(120, P.ServiceCentre, "TN", PetitionChannel.Open311, PetitionCategory.ProposedSolution, "Vũ Đức Thịnh",
            "Đề nghị Trung tâm Phục vụ hành chính công bố trí thêm quầy lấy số ưu tiên cho người cao tuổi và phụ nữ mang thai vào các buổi sáng thứ Hai, khi lượng người đến rất đông.")
        {
            Email = "ducthinh.vu@example.vn",
            Answer = "Trung tâm đã bố trí một quầy ưu tiên từ ngày 01 tháng sau và điều chỉnh máy lấy số để in số ưu tiên cho người cao tuổi, phụ nữ mang thai và người khuyết tật.",
            Outcome = PetitionOutcome.FixConduct, Satisfied = true,
        },

        // 11
        new(116, P.HomeAffairs, "LDVL", PetitionChannel.Email, PetitionCategory.ContraryToTreaty, "Công ty TNHH Kỹ thuật Seoul Vina",
            "Theo Hiệp định thương mại tự do Việt Nam – Hàn Quốc, nhà quản lý di chuyển nội bộ doanh nghiệp được cam kết tạo thuận lợi; nhưng Sở vẫn yêu cầu văn bản chấp thuận nhu cầu sử dụng lao động nước ngoài trước khi cấp giấy xác nhận không thuộc diện cấp giấy phép.")
        {
            Procedure = "2.000205", LegalDocument = LaborDecree, LegalArticle = "Điều 7", Kind = SenderKind.Organisation, TaxCode = "0108765432", Email = "admin@seoulvina.example.vn",
            Answer = "Người di chuyển nội bộ doanh nghiệp thuộc diện không phải cấp giấy phép lao động nhưng vẫn phải được chấp thuận nhu cầu theo Điều 4 Nghị định 152/2020/NĐ-CP; quy định này phù hợp với cam kết của Việt Nam. Sở đã hướng dẫn doanh nghiệp nộp đồng thời hai hồ sơ để rút ngắn thời gian.",
        },

        // 12
        new(112, P.CommuneAnBinh, "TP", PetitionChannel.PortalGuest, PetitionCategory.Other, "Bùi Thị Hạnh",
            "Xin hỏi khi đăng ký kết hôn, nếu một bên đã ly hôn ở nước ngoài thì cần những giấy tờ gì? Trên Cổng Dịch vụ công không ghi rõ.")
        {
            Procedure = "1.001193", LegalDocument = CivilStatusDecree, LegalArticle = "Điều 10", Phone = "0358 604 212", Consent = false,
            Summary = "Hỏi về giấy tờ cần nộp khi đăng ký kết hôn trong trường hợp một bên đã ly hôn ở nước ngoài.",
            Answer = "Người đã ly hôn ở nước ngoài phải ghi chú ly hôn tại cơ quan đăng ký hộ tịch có thẩm quyền trước khi đăng ký kết hôn (khoản 2 Điều 10 Nghị định 123/2015/NĐ-CP). UBND xã đã bổ sung hướng dẫn này trên trang thủ tục.",
        },

        // 13
        new(108, P.WardHoaLac, "VHXH", PetitionChannel.Phone, PetitionCategory.Delay, "Đinh Công Tráng",
            "Hồ sơ đổi Giấy xác nhận khuyết tật của con tôi nộp hơn một tháng, phường hẹn nhiều lần vẫn chưa trả.")
        {
            Procedure = "1.001699", LegalDocument = "Luật Người khuyết tật số 51/2010/QH12", Phone = "0977 330 158", Consent = false, Late = true,
            Summary = "Phản ánh việc chậm đổi Giấy xác nhận khuyết tật tại phường.",
            Answer = "Hồ sơ bị chậm do Hội đồng xác định mức độ khuyết tật chưa họp đủ thành viên. Phường đã kiện toàn Hội đồng, trả kết quả và xin lỗi gia đình.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct, Satisfied = false,
        },

        // 14
        new(104, P.HomeAffairs, "LDVL", PetitionChannel.Letter, PetitionCategory.ProposedSolution, "Hiệp hội Doanh nghiệp tỉnh Sông Hồng",
            "Đề nghị cho phép nộp một bộ hồ sơ chung để đồng thời đề nghị chấp thuận nhu cầu sử dụng lao động nước ngoài và cấp giấy phép lao động, thay vì hai lần nộp cách nhau ít nhất 15 ngày.")
        {
            Procedure = "1.000105", LegalDocument = LaborDecree, LegalArticle = "Điều 4, Điều 11", Kind = SenderKind.Organisation, Address = "Số 2 đường Lê Lợi, phường Hòa Lạc", Email = "vanphong@hiephoidn.example.vn",
            Answer = "Kiến nghị có cơ sở. Trong phạm vi thẩm quyền, Sở Nội vụ đã tổ chức tiếp nhận song song hai hồ sơ; đồng thời UBND tỉnh kiến nghị Bộ sửa đổi Nghị định 152/2020/NĐ-CP theo hướng gộp hai thủ tục.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.ProposeNewRegulation,
        },

        // 15: a letter about a land dispute, outside administrative regulations.
        new(100, P.CommuneTanPhu, "TP", PetitionChannel.Letter, PetitionCategory.Other, "Lương Văn Tám",
            "Gia đình hàng xóm xây tường lấn sang đất nhà tôi khoảng nửa mét, đề nghị xã giải quyết.")
        {
            Address = "Xóm Bãi, xã Tân Phú", Fate = DemoFate.Refused,
            Note = "Tranh chấp đất đai giữa các hộ gia đình được hòa giải và giải quyết theo Luật Đất đai; công dân được hướng dẫn gửi đơn đề nghị hòa giải tới UBND xã.",
        },

        // 16
        new(96, P.Justice, "HCTP", PetitionChannel.PortalGuest, PetitionCategory.Unfit, "Trịnh Thu Hà",
            "Người ở nước ngoài xin Phiếu lý lịch tư pháp phải ủy quyền có chứng thực chữ ký, nhưng lãnh sự quán ở nơi tôi sống hẹn tới hai tháng. Đề nghị cho phép nộp trực tuyến bằng tài khoản định danh điện tử.")
        {
            Procedure = "2.000635", LegalDocument = CriminalRecordLaw, LegalArticle = "Điều 45", Email = "thuha.trinh@example.vn",
            Answer = "Công dân có tài khoản định danh điện tử mức độ 2 đã có thể nộp trực tuyến và nhận Phiếu lý lịch tư pháp điện tử mà không cần ủy quyền. Sở Tư pháp đã gửi hướng dẫn chi tiết cho công dân.",
            Satisfied = true,
        },

        // 17
        new(92, P.ServiceCentre, "TN", PetitionChannel.OpinionForm, PetitionCategory.Conduct, "Tạ Minh Quân",
            "Nhân viên bảo vệ ở cửa Trung tâm yêu cầu người dân gửi xe ở bãi thu phí bên ngoài, trong khi Trung tâm có bãi xe miễn phí.")
        {
            Address = "Phường Hòa Lạc", Consent = false,
            Summary = "Phản ánh việc hướng dẫn gửi xe tại Trung tâm Phục vụ hành chính công.",
            Answer = "Trung tâm đã kiểm tra và chấn chỉnh đơn vị bảo vệ; bãi xe của Trung tâm miễn phí cho mọi người đến làm thủ tục và đã có biển chỉ dẫn ở cổng.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct,
        },

        // 18: the same complaint as 0, merged into it.
        new(170, P.CommuneAnBinh, "TP", PetitionChannel.Phone, PetitionCategory.Delay, "Trần Văn Hòa",
            "Gọi điện phản ánh lại việc chậm trả Giấy khai sinh cho con tại xã An Bình.")
        {
            Procedure = "1.001022", Phone = "0912 478 315", Fate = DemoFate.Merged, MergedInto = 0,
        },

        // 19
        new(88, P.ProvincialOffice, "KSTTHC", PetitionChannel.Email, PetitionCategory.Unlawful, "Ngô Thanh Tùng",
            "Bảo hiểm xã hội huyện yêu cầu người lao động nộp bản sao có chứng thực sổ bảo hiểm xã hội khi giải quyết chế độ ốm đau, trái với quy định của Luật Bảo hiểm xã hội.")
        {
            Email = "thanhtung.ngo@example.vn", Fate = DemoFate.TransferredOut,
            Note = "Bảo hiểm xã hội tỉnh Sông Hồng",
        },

        // 20: the portal sends it to the province's receiver, which transfers it to the department in charge.
        new(84, P.HomeAffairs, "LDVL", PetitionChannel.PortalGuest, PetitionCategory.Delay, "Đặng Thị Thu",
            "Tôi đã nộp hồ sơ tạm dừng hưởng trợ cấp thất nghiệp vì có việc làm mới, nhưng tháng sau vẫn bị trừ vào thời gian hưởng và chưa nhận được quyết định tạm dừng.")
        {
            Procedure = "1.001973", LegalDocument = EmploymentLaw, LegalArticle = "Điều 53", Phone = "0936 221 747", Via = P.ProvincialOffice,
            Answer = "Trung tâm Dịch vụ việc làm đã ban hành quyết định tạm dừng hưởng trợ cấp kể từ ngày bà có việc làm và điều chỉnh lại thời gian hưởng còn lại được bảo lưu.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct,
        },

        // 21
        new(80, P.CommuneAnBinh, "VHXH", PetitionChannel.PortalGuest, PetitionCategory.ProposedSolution, "Lý Văn Phúc",
            "Đề nghị xã niêm yết danh sách hộ được hỗ trợ làm nhà ở từ nguồn trợ giúp xã hội khẩn cấp tại nhà văn hóa các thôn để người dân cùng giám sát.")
        {
            Procedure = "2.000286", Phone = "0868 447 902",
            Answer = "UBND xã An Bình tiếp thu; danh sách hộ được hỗ trợ được niêm yết tại trụ sở xã và nhà văn hóa các thôn trong 7 ngày trước khi quyết định hỗ trợ.",
            Outcome = PetitionOutcome.FixConduct,
        },

        // 22
        new(76, P.Education, "GDNN", PetitionChannel.PortalGuest, PetitionCategory.Other, "Mai Anh Tuấn",
            "Xin cấp bản sao bằng tốt nghiệp trung cấp từ sổ gốc nhưng trường cũ đã giải thể, không biết nộp ở đâu.")
        {
            Procedure = "2.000193", Email = "anhtuan.mai@example.vn", Consent = false,
            Summary = "Hỏi nơi cấp bản sao văn bằng trung cấp khi trường đã giải thể.",
            Answer = "Khi trường giải thể, sổ gốc được chuyển về Sở Giáo dục và Đào tạo; công dân nộp hồ sơ cấp bản sao tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.",
            Satisfied = true,
        },

        // 23: a denunciation letter without sender details.
        new(72, P.WardHoaLac, "TP", PetitionChannel.Letter, PetitionCategory.Conduct, "Không ghi tên",
            "Thư không ký tên phản ánh công chức địa chính phường gây khó khăn.")
        {
            Address = "Không ghi địa chỉ", Fate = DemoFate.Refused, Refusal = RefusalReason.SenderNotIdentified,
        },

        // 24
        new(68, P.HomeAffairs, "LDVL", PetitionChannel.Portal, PetitionCategory.Unfit, "Nguyễn Văn An",
            "Mẫu đơn đề nghị hưởng trợ cấp thất nghiệp trên Cổng Dịch vụ công bắt nhập lại toàn bộ quá trình đóng bảo hiểm, trong khi cơ quan đã có dữ liệu. Đề nghị tự động điền từ cơ sở dữ liệu bảo hiểm.")
        {
            SignedIn = true, Phone = "0905 123 456", Procedure = "1.001978",
            Answer = "Sở Nội vụ đã phối hợp với Bảo hiểm xã hội tỉnh để biểu mẫu điện tử tự điền quá trình đóng bảo hiểm thất nghiệp từ cơ sở dữ liệu; chức năng áp dụng từ tháng sau.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.FixConduct, Satisfied = true,
        },

        // 25: refused for another reason.
        new(64, P.Justice, "HCTP", PetitionChannel.Email, PetitionCategory.Other, "Phan Hữu Nghĩa",
            "Đề nghị Sở Tư pháp xem xét lại bản án dân sự sơ thẩm của Tòa án nhân dân khu vực vì tôi cho rằng chưa khách quan.")
        {
            Email = "huunghia.phan@example.vn", Fate = DemoFate.Refused, Refusal = RefusalReason.Other,
            Note = "Việc xem xét lại bản án thuộc thẩm quyền của Tòa án theo thủ tục kháng cáo, giám đốc thẩm; công dân được hướng dẫn gửi đơn tới Tòa án có thẩm quyền.",
        },

        // 26
        new(58, P.CommuneTanPhu, "TP", PetitionChannel.PortalGuest, PetitionCategory.Inconsistent, "Cao Thị Yến",
            "Xã yêu cầu bản sao Giấy xác nhận tình trạng hôn nhân phải cấp trong 6 tháng khi chứng thực hợp đồng mua bán xe, trong khi thủ tục cấp giấy xác nhận ghi giá trị 6 tháng chỉ dùng cho việc kết hôn.")
        {
            Procedure = "2.001035", LegalDocument = AuthenticationDecree, LegalArticle = "Điều 36", Phone = "0389 552 016",
            Answer = "Giấy xác nhận tình trạng hôn nhân dùng cho giao dịch dân sự không bị giới hạn 6 tháng nếu tình trạng hôn nhân không thay đổi. UBND xã đã hướng dẫn lại công chức tiếp nhận.",
            Outcome = PetitionOutcome.ExplainExistingRule,
        },

        // 27: approved, waiting to be published.
        new(19, P.HomeAffairs, "LDVL", PetitionChannel.Letter, PetitionCategory.Unfit, "Công ty TNHH Dịch vụ Việc làm Bắc Hà",
            "Điều kiện ký quỹ 300 triệu đồng để được cấp giấy phép dịch vụ việc làm quá cao với doanh nghiệp nhỏ ở địa bàn nông thôn.")
        {
            Procedure = "1.000362", LegalDocument = "Nghị định 23/2021/NĐ-CP", LegalArticle = "Điều 14", Kind = SenderKind.Organisation, TaxCode = "0104455667", Address = "Xã Tân Phú", Fate = DemoFate.Approved,
            Answer = "Mức ký quỹ do Nghị định 23/2021/NĐ-CP quy định thống nhất trên cả nước; Sở Nội vụ ghi nhận và tổng hợp kiến nghị gửi Bộ khi rà soát Nghị định.",
            Outcome = PetitionOutcome.ExplainExistingRule,
        },

        // 28
        new(17, P.CommuneAnBinh, "TP", PetitionChannel.PortalGuest, PetitionCategory.Delay, "Vương Thị Hồng",
            "Đăng ký khai tử cho bố tôi đã nộp trực tuyến, xã hẹn trả trong ngày nhưng hai ngày sau mới có trích lục.")
        {
            Procedure = "1.000656", Phone = "0915 660 781", Fate = DemoFate.Approved, Consent = false,
            Summary = "Phản ánh chậm trả Trích lục khai tử khi nộp trực tuyến.",
            Answer = "Hồ sơ nộp trực tuyến sau 15 giờ nên được tính tiếp nhận vào ngày làm việc tiếp theo; xã đã trả kết quả đúng hạn theo quy định và đã hướng dẫn thêm trên trang nộp hồ sơ.",
        },

        // 29: awaiting the sender's clarification.
        new(30, P.Justice, "HCTP", PetitionChannel.Letter, PetitionCategory.Unfit, "Lê Hoàng Nam",
            "Quy định về chứng thực chữ ký người dịch chưa phù hợp thực tế.")
        {
            Procedure = "2.000913", Address = "Số 5 ngõ 12 phố Chợ, phường Hòa Lạc", Fate = DemoFate.Clarifying,
            Note = "Đề nghị ông nêu rõ quy định cụ thể (điều, khoản) và vướng mắc gặp phải khi chứng thực chữ ký người dịch.",
        },

        // 30
        new(26, P.HomeAffairs, "LDVL", PetitionChannel.Email, PetitionCategory.Delay, "Phùng Văn Lực",
            "Hồ sơ gia hạn giấy phép lao động nộp 18 ngày chưa có kết quả, ảnh hưởng đến việc xuất nhập cảnh của chuyên gia.")
        {
            Procedure = "1.000189", Email = "vanluc.phung@example.vn", Fate = DemoFate.Processing,
        },

        // 31: a reopened answer, processed again.
        new(38, P.WardHoaLac, "TP", PetitionChannel.PortalGuest, PetitionCategory.Delay, "Châu Ngọc Ánh",
            "Phường thu thêm phí dịch vụ 50.000 đồng khi chứng thực hợp đồng mua bán xe mà không có biên lai.")
        {
            Procedure = "2.001035", Phone = "0702 883 145", Fate = DemoFate.Reopened,
            Answer = "Phường đã kiểm tra: khoản tiền 50.000 đồng là phí soạn thảo hợp đồng theo yêu cầu, không phải lệ phí chứng thực.",
            Outcome = PetitionOutcome.ExplainExistingRule,
            Note = "Tôi không yêu cầu phường soạn thảo hợp đồng; hợp đồng do tôi tự mang đến. Đề nghị xem xét lại.",
        },

        // 32: late, still being processed.
        new(45, P.Education, "GDNN", PetitionChannel.PortalGuest, PetitionCategory.Inconsistent, "Doãn Thị Thảo",
            "Thủ tục công nhận hội đồng quản trị trường trung cấp tư thục yêu cầu biên bản họp nhà đầu tư, trong khi thủ tục cho phép thành lập trường không yêu cầu; đề nghị thống nhất.")
        {
            Procedure = "1.000460", Email = "thao.doan@example.vn", Fate = DemoFate.Processing,
        },

        // 33
        new(50, P.CommuneTanPhu, "VHXH", PetitionChannel.Phone, PetitionCategory.Delay, "Kiều Văn Bình",
            "Hồ sơ hỗ trợ chi phí mai táng cho cụ ông thuộc diện bảo trợ xã hội đã nộp hơn hai tháng chưa được giải quyết.")
        {
            Procedure = "1.001731", Phone = "0387 114 609", Fate = DemoFate.Processing,
        },

        // 34
        new(14, P.ProvincialOffice, "KSTTHC", PetitionChannel.Open311, PetitionCategory.Initiative, "Tống Quang Vinh",
            "Sáng kiến: gửi tin nhắn nhắc hạn cho người hưởng trợ cấp khi sắp đến kỳ phải thông báo tìm kiếm việc làm, tránh bị tạm dừng trợ cấp vì quên.")
        {
            Email = "quangvinh.tong@example.vn", Fate = DemoFate.Processing,
        },

        // 35
        new(10, P.CommuneAnBinh, "TP", PetitionChannel.OpinionForm, PetitionCategory.Conduct, "Hà Thị Nhung",
            "Bộ phận Một cửa xã thường đóng cửa sớm vào chiều thứ Sáu, nhiều lần đến lúc 16 giờ đã không còn ai tiếp nhận.")
        {
            Address = "Thôn Tây, xã An Bình", Fate = DemoFate.Received,
        },

        // 36
        new(8, P.ServiceCentre, "TN", PetitionChannel.PortalGuest, PetitionCategory.ProposedSolution, "Lâm Thị Diệu",
            "Đề nghị Trung tâm cho đặt lịch hẹn trực tuyến để nộp hồ sơ, tránh phải xếp hàng từ sớm.")
        {
            Email = "dieu.lam@example.vn", Fate = DemoFate.Received,
        },

        // 37
        new(5, P.HomeAffairs, "BTXH", PetitionChannel.Letter, PetitionCategory.Unfit, "Cơ sở trợ giúp xã hội Ánh Dương",
            "Điều kiện về diện tích phòng ở tối thiểu 6 m² mỗi đối tượng khi cấp giấy phép hoạt động cơ sở trợ giúp xã hội không phù hợp với cơ sở nhỏ ở đô thị.")
        {
            Procedure = "1.000684", Kind = SenderKind.Organisation, Address = "Số 40 đường Nguyễn Trãi, phường Hòa Lạc", Phone = "0243 777 2468", Fate = DemoFate.New,
        },

        // 38
        new(3, P.WardHoaLac, "TP", PetitionChannel.PortalGuest, PetitionCategory.Delay, "Quách Minh Đức",
            "Nộp hồ sơ cấp bản sao trích lục hộ tịch trực tuyến ba ngày chưa thấy phường xử lý.")
        {
            Procedure = "1.004772", Phone = "0822 450 933", Fate = DemoFate.New,
        },

        // 39
        new(1, P.Justice, "BTTP", PetitionChannel.Api, PetitionCategory.ProposedSolution, "Văn phòng công chứng Sông Hồng",
            "Đề nghị Sở Tư pháp kết nối dữ liệu chứng thực điện tử với các văn phòng công chứng để tránh người dân phải mang bản giấy.")
        {
            Kind = SenderKind.Organisation, TaxCode = "0105566778", Email = "lienhe@congchungsonghong.example.vn", Fate = DemoFate.New,
        },

        // 40
        new(60, P.CommuneAnBinh, "TP", PetitionChannel.Letter, PetitionCategory.Unfit, "Chu Văn Long",
            "Thủ tục đăng ký lại khai sinh yêu cầu văn bản xác nhận của cơ quan lưu trữ rằng không còn sổ hộ tịch, nhưng người dân không biết xin ở đâu; đề nghị xã tự liên hệ.")
        {
            Procedure = "1.004746", LegalDocument = CivilStatusDecree, LegalArticle = "Điều 26", Address = "Thôn Bắc, xã An Bình", Late = true,
            Answer = "Việc xác minh sổ hộ tịch lưu trữ thuộc trách nhiệm của cơ quan đăng ký hộ tịch; UBND xã An Bình đã tự gửi văn bản xác minh thay cho người dân và kiến nghị UBND tỉnh sửa thành phần hồ sơ đã công bố theo hướng bỏ yêu cầu này.",
            Grounds = PetitionGrounds.Sufficient, Outcome = PetitionOutcome.ProposeAmendOrAbolish,
        },
    ];
}
