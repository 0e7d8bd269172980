using System.Globalization;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>Clearly fictional sample content for each form, used by the preview page so agencies can check the templates.</summary>
internal static class FormSamples
{
    private static readonly FormHeader Header = new("Ủy ban nhân dân tỉnh H99 (mẫu)", "Trung tâm Phục vụ hành chính công tỉnh", "125", "Thành phố Mẫu", new DateOnly(2026, 3, 5));

    private static readonly FormApplicant Applicant = new(
        "Nguyễn Thị Hồng Nhung", "099188000123", "Số 12 đường Thử Nghiệm, phường Hòa Bình, tỉnh H99", "0909 000 123", "nhung.mau@example.vn");

    private static readonly DateTime Received = new(2026, 3, 5, 9, 45, 0);

    private const string Code = "H99.01-260305-0007";

    private const string Procedure = "Đăng ký khai sinh có yếu tố nước ngoài";

    /// <summary>The sample of a form kind.</summary>
    public static IStandardForm For(FormKind kind) =>
        kind switch
        {
            FormKind.Receipt => Receipt,
            FormKind.Supplement => new SupplementRequest(
                Header with { Number = "31" }, null, Applicant, Procedure, null,
                [
                    new SupplementItem("Tờ khai đăng ký khai sinh (bản chính)", "Tờ khai chưa có chữ ký của người đi đăng ký."),
                    new SupplementItem("Giấy chứng sinh", "Bản sao nộp kèm không rõ dấu của cơ sở y tế; đề nghị nộp bản chính."),
                ],
                "bà Trần Thu Hà, số điện thoại 0209 3 000 000",
                new FormSigner(null, "Trần Thu Hà")),
            FormKind.Refusal => new RefusalNote(
                Header with { Number = "08" }, RefusalStage.Reception, null, Applicant, "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                "Thủ tục không thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh; đề nghị ông/bà nộp hồ sơ tại Ủy ban nhân dân cấp xã nơi có công trình.",
                new FormSigner(null, "Lê Văn Đức")),
            FormKind.ApologyExtension => new ApologyExtension(
                Header with { Number = "04", Office = "Sở Tư pháp tỉnh H99 (mẫu)", Date = new DateOnly(2026, 3, 10) },
                "Bà Nguyễn Thị Hồng Nhung", "Trung tâm Phục vụ hành chính công tỉnh", Code, Applicant, Procedure, Received,
                new DateTime(2026, 3, 12, 16, 0, 0),
                "Cần xác minh thông tin hộ tịch với cơ quan đại diện của Việt Nam ở nước ngoài.",
                new DateTime(2026, 3, 19, 16, 0, 0),
                ["Như trên", "Trung tâm Phục vụ hành chính công tỉnh"],
                new FormSigner("GIÁM ĐỐC", "Phạm Quốc Bảo")),
            FormKind.StopNotice => new StopNotice(
                Header with { Number = "02", Date = new DateOnly(2026, 3, 9) }, Code, Applicant, Procedure, Received, new DateOnly(2026, 3, 9),
                "Theo đề nghị của người nộp hồ sơ (đơn đề nghị dừng giải quyết ngày 09/3/2026).",
                ["Như trên", "Sở Tư pháp tỉnh H99"],
                new FormSigner("GIÁM ĐỐC", "Hoàng Minh Tuấn")),
            FormKind.ControlSheet => new ControlSheet(
                Header, Code, "125/TNHS", "Sở Tư pháp tỉnh H99 (mẫu)", null,
                [
                    new ControlHandover("Trung tâm Phục vụ hành chính công", "Phòng Hành chính tư pháp", new DateTime(2026, 3, 5, 10, 30, 0), "Trần Thu Hà", "Võ Thanh Tâm", StepOutcome.Early, null),
                    new ControlHandover("Phòng Hành chính tư pháp", "Lãnh đạo Sở", new DateTime(2026, 3, 9, 14, 0, 0), "Võ Thanh Tâm", "Phạm Quốc Bảo", StepOutcome.OnTime, null),
                    new ControlHandover("Lãnh đạo Sở", "Trung tâm Phục vụ hành chính công", null, null, null, null, "Chờ ký duyệt"),
                ]),
            FormKind.Ledger => LedgerSample(45),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    private static ReceiptNote Receipt => new(
        Header, Code, Applicant, Procedure,
        [
            new ReceiptComponent("Tờ khai đăng ký khai sinh", "Bản chính", 1),
            new ReceiptComponent("Giấy chứng sinh", "Bản chính", 1),
            new ReceiptComponent("Văn bản thỏa thuận chọn quốc tịch cho con", "Bản sao chứng thực", 1),
        ],
        1, "05 ngày làm việc", Received, new DateTime(2026, 3, 12, 16, 0, 0),
        "Tiếp nhận lúc 09:45 05/03/2026; bắt đầu tính thời hạn từ 09:45 05/03/2026. Thời hạn giải quyết: 5 ngày làm việc. Hẹn trả kết quả: 16:00 12/03/2026.",
        "Trung tâm Phục vụ hành chính công tỉnh", "Lệ phí 50.000 đồng (đã nộp)", "01/2026", 7,
        "https://dichvucong.h99.example/tra-cuu/H99.01-260305-0007",
        new FormSigner(null, "Nguyễn Thị Hồng Nhung"), new FormSigner(null, "Trần Thu Hà"));

    /// <summary>A ledger with <paramref name="count"/> fictional entries (spans several pages).</summary>
    public static Ledger LedgerSample(int count) =>
        new(Header with { Number = null }, 2026, "01/2026",
            Enumerable.Range(1, count).Select(i =>
            {
                var received = new DateTime(2026, 3, 2, 8, 0, 0).AddDays(i / 6).AddMinutes(37 * (i % 6));
                return new LedgerEntry(
                    i,
                    $"H99.01-2603{2 + (i / 6):00}-{i:0000}",
                    i % 3 == 0 ? "Cấp giấy phép xây dựng nhà ở riêng lẻ" : Procedure,
                    1,
                    i == 1 ? "Nguyễn Thị Hồng Nhung" : $"Người nộp mẫu số {i.ToString(CultureInfo.InvariantCulture)}",
                    $"Phường Hòa Bình, 0909 000 {i:000}",
                    "Sở Tư pháp",
                    received,
                    received.AddDays(7),
                    received.AddHours(2),
                    i % 2 == 0 ? received.AddDays(6) : null,
                    i % 2 == 0 ? received.AddDays(7) : null,
                    i % 2 == 0 ? "Đã ký" : null,
                    i % 5 == 0 ? "Bổ sung một lần" : null);
            }).ToList());
}
