using System.Globalization;
using MotCua.Common.Documents.Layout;

namespace MotCua.Modules.Dossiers.Forms;

/// <summary>
/// The templates of the standard forms, versioned by regime: each form becomes a <see cref="DocumentModel"/> that the
/// PDF renderer and the HTML partial both draw. The Vietnamese wording is document content fixed by the circulars,
/// not interface text, so it lives here rather than in resource files.
/// </summary>
internal static class FormTemplates
{
    private const double Body = 9.5;

    /// <summary>The column headings of Sổ theo dõi hồ sơ (Mẫu 06 / Mẫu 07), in order; the .xlsx copy of the book uses them too.</summary>
    public static readonly IReadOnlyList<string> LedgerColumns =
    [
        "STT", "Mã hồ sơ", "Tên TTHC", "Số lượng hồ sơ (bộ)", "Tên người nộp hồ sơ", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết",
        "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả", "Ký nhận", "Ghi chú",
    ];

    /// <summary>The document model of a form in a regime.</summary>
    /// <exception cref="ArgumentException">The regime has no such form (the stop notice exists only in regime B).</exception>
    public static DocumentModel Build(IStandardForm form, FormRegime regime) =>
        form switch
        {
            ReceiptNote f => Receipt(f, regime),
            SupplementRequest f => Supplement(f, regime),
            RefusalNote f => Refusal(f, regime),
            ApologyExtension f => Apology(f, regime),
            StopNotice f => Stop(f, regime),
            ControlSheet f => Control(f, regime),
            Ledger f => LedgerBook(f, regime),
            _ => throw new ArgumentException($"Unknown form {form.GetType().Name}.", nameof(form)),
        };

    /// <summary>The title of a form kind in a regime, as printed.</summary>
    public static string Title(FormKind kind, FormRegime regime, RefusalStage stage = RefusalStage.Reception) =>
        (kind, regime) switch
        {
            (FormKind.Receipt, _) => "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            (FormKind.Supplement, _) => "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            (FormKind.Refusal, _) when stage == RefusalStage.Appraisal => "Phiếu từ chối giải quyết hồ sơ",
            (FormKind.Refusal, FormRegime.Tt01_2018) => "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
            (FormKind.Refusal, _) => "Phiếu từ chối tiếp nhận hồ sơ",
            (FormKind.ApologyExtension, FormRegime.Tt01_2018) => "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
            (FormKind.ApologyExtension, _) => "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
            (FormKind.StopNotice, _) => "Thông báo dừng giải quyết hồ sơ",
            (FormKind.ControlSheet, _) => "Phiếu kiểm soát quá trình giải quyết hồ sơ",
            (FormKind.Ledger, _) => "Sổ theo dõi hồ sơ",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    private static DocumentModel Receipt(ReceiptNote f, FormRegime regime)
    {
        var blocks = Start(f, regime, "TNHS", Title(FormKind.Receipt, regime));
        var code = new Paragraph([Run.B("Mã hồ sơ: "), Run.B(f.DossierCode)], Size: Body + 0.5);
        blocks.Add(f.TrackingUrl is null
            ? code
            : new Columns(
                new Column(0.74, code, new Paragraph([Run.I("Quét mã QR để tra cứu tình trạng hồ sơ: "), new Run(f.TrackingUrl, Italic: true)], Size: 7.5)),
                new Column(0.26, new QrCode(f.TrackingUrl, 50, TextAlign.Right))));
        blocks.Add(new Paragraph([f.Header.Office, " tiếp nhận hồ sơ của:"], TextAlign.Justify, Body, SpaceBefore: 2));
        blocks.AddRange(ApplicantLines(f.Applicant));
        blocks.Add(Line("Nội dung yêu cầu giải quyết: ", f.ProcedureName));
        blocks.Add(new Paragraph(Run.B("1. Thành phần hồ sơ nộp gồm:")) with { Size = Body });
        blocks.Add(new Table(
            [0.1, 0.52, 0.23, 0.15],
            [new TableRow(new Cell("STT", TextAlign.Center, true), new Cell("Tên giấy tờ", TextAlign.Center, true), new Cell("Bản chính/ Bản sao", TextAlign.Center, true), new Cell("Số lượng", TextAlign.Center, true))],
            f.Components.Select((c, i) => new TableRow(
                new Cell((i + 1).ToString(CultureInfo.InvariantCulture), TextAlign.Center),
                new Cell(c.Name),
                new Cell(c.CopyForm, TextAlign.Center),
                new Cell(c.Quantity.ToString(CultureInfo.InvariantCulture), TextAlign.Center))).ToList(),
            Size: 9.5));
        blocks.Add(new Paragraph(["2. Số lượng hồ sơ: ", Run.B(Number(f.SetCount).Text), " (bộ)"], Size: Body, SpaceAfter: 1));
        blocks.Add(Line("3. Thời gian giải quyết hồ sơ theo quy định là: ", f.StatutoryTime, bold: true));
        blocks.Add(Line("4. Thời gian nhận hồ sơ: ", Time(f.ReceivedAt), bold: true));
        blocks.Add(Line("5. Thời gian trả kết quả giải quyết hồ sơ: ", Time(f.DueAt), bold: true));
        if (f.DueExplanation is not null)
        {
            // ADR-032: the appointment shows how it was reached and which rule moved its start, never an unquoted "Điều 18".
            blocks.Add(new Paragraph([Run.I("Cách tính: " + f.DueExplanation)], TextAlign.Justify, 7.5, SpaceAfter: 1, Indent: 6));
        }

        blocks.Add(Line("6. Đăng ký nhận kết quả tại: ", f.ResultDelivery, bold: true));
        if (regime == FormRegime.Tt03_2025 || f.Fees is not null)
        {
            blocks.Add(Line("7. Phí, lệ phí: ", f.Fees, bold: true));
        }

        blocks.Add(new Paragraph(
            ["Vào Sổ theo dõi hồ sơ, Quyển số: ", Value(f.LedgerBook, 50), " Số thứ tự: ", Value(f.LedgerSequence?.ToString(CultureInfo.InvariantCulture), 50)],
            Size: Body, SpaceBefore: 2));
        KeepWithSignature(blocks, Signatures(Sign(f.Submitter, "NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)"), Sign(f.Receiver, "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)")));
        return Model(FormKind.Receipt, regime, blocks);
    }

    private static DocumentModel Supplement(SupplementRequest f, FormRegime regime)
    {
        var blocks = Start(f, regime, "YCBS", Title(FormKind.Supplement, regime));
        if (f.DossierCode is not null)
        {
            blocks.Add(Line("Mã hồ sơ: ", f.DossierCode, bold: true));
        }

        blocks.Add(Line("Hồ sơ của: ", f.Applicant.Name, bold: true));
        blocks.Add(Line("Nội dung yêu cầu giải quyết: ", f.ProcedureName));
        blocks.Add(Line("Địa chỉ: ", f.Applicant.Address));
        blocks.Add(new Paragraph(["Số điện thoại: ", Value(f.Applicant.Phone, 90), " Email: ", Value(f.Applicant.Email, null)], Size: Body));
        if (f.ReceivedAt is { } received)
        {
            blocks.Add(Line("Ngày tiếp nhận hồ sơ: ", Time(received)));
        }

        blocks.Add(new Paragraph([Run.B("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:")], TextAlign.Justify, Body, SpaceBefore: 3));
        var n = 1;
        foreach (var item in f.Items)
        {
            blocks.Add(new Paragraph([$"{n++}. {item.Content}"], TextAlign.Justify, Body, Indent: 6));
            blocks.Add(new Paragraph([Run.I("Lý do: "), new Run(item.Reason, Italic: true)], TextAlign.Justify, Body, Indent: 16));
        }

        blocks.Add(new Paragraph(
            ["Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ", Value(f.Contact, null), " để được hướng dẫn."],
            TextAlign.Justify, Body, SpaceBefore: 3));
        KeepWithSignature(blocks, Signatures(null, Sign(f.Guide, "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)")));
        return Model(FormKind.Supplement, regime, blocks);
    }

    private static DocumentModel Refusal(RefusalNote f, FormRegime regime)
    {
        var blocks = Start(f, regime, "TCHS", Title(FormKind.Refusal, regime, f.Stage));
        if (f.DossierCode is not null)
        {
            blocks.Add(Line("Mã hồ sơ: ", f.DossierCode, bold: true));
        }

        blocks.Add(new Paragraph([f.ReceivingOffice ?? f.Header.Office, " tiếp nhận hồ sơ của:"], TextAlign.Justify, Body));
        blocks.AddRange(ApplicantLines(f.Applicant));
        blocks.Add(Line("Nội dung yêu cầu giải quyết: ", f.ProcedureName));
        var verdict = f.Stage == RefusalStage.Appraisal
            ? "Qua thẩm định hồ sơ, cơ quan giải quyết thông báo từ chối giải quyết hồ sơ này với lý do cụ thể như sau:"
            : regime == FormRegime.Tt01_2018
                ? "Qua xem xét, Bộ phận tiếp nhận và trả kết quả thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"
                : "Qua xem xét, Bộ phận Một cửa thông báo từ chối tiếp nhận hồ sơ này với lý do cụ thể như sau:";
        blocks.Add(new Paragraph([verdict], TextAlign.Justify, Body, SpaceBefore: 3));
        blocks.Add(new Paragraph([f.Reason], TextAlign.Justify, Body, Indent: 6));
        blocks.Add(new Paragraph(["Xin thông báo để ông/bà được biết và thực hiện."], TextAlign.Justify, Body));
        var role = f.Stage == RefusalStage.Appraisal ? "THỦ TRƯỞNG CƠ QUAN" : "NGƯỜI TIẾP NHẬN HỒ SƠ";
        var note = f.Stage == RefusalStage.Appraisal ? "(Ký, ghi rõ họ tên và đóng dấu)" : "(Ký và ghi rõ họ tên)";
        KeepWithSignature(blocks, Signatures(null, Sign(f.Signer, role, note)));
        return Model(FormKind.Refusal, regime, blocks);
    }

    private static DocumentModel Apology(ApologyExtension f, FormRegime regime)
    {
        var a = regime == FormRegime.Tt01_2018;
        var blocks = Start(f, regime, a ? "PXL" : "VBXL", Title(FormKind.ApologyExtension, regime));
        blocks.Add(new Paragraph([Run.B("Kính gửi: "), f.Addressee], TextAlign.Center, Body, SpaceAfter: 4));
        blocks.Add(new Paragraph(
            ["Ngày ", DateText(DateOnly.FromDateTime(f.ReceivedAt)), ", ", f.ReceivingOffice, " tiếp nhận hồ sơ của ", Run.B(f.Applicant.Name), " đề nghị giải quyết thủ tục hành chính: ", f.ProcedureName, "."],
            TextAlign.Justify, Body));
        blocks.Add(Line("Mã hồ sơ: ", f.DossierCode, bold: true));
        blocks.Add(Line("Thời hạn trả kết quả: ", Time(f.OriginalDueAt)));
        blocks.Add(new Paragraph(
            [a ? "Tuy nhiên, đến nay cơ quan giải quyết chưa trả kết quả đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."
               : "Tuy nhiên, cơ quan giải quyết không thể trả kết quả đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả."],
            TextAlign.Justify, Body));
        blocks.Add(new Paragraph([Run.B("Lý do: "), f.Reason], TextAlign.Justify, Body));
        blocks.Add(new Paragraph(
            [a ? "Sự chậm trễ này đã gây phiền hà cho ông/bà. Chúng tôi xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ vào thời gian sau:"
               : "Chúng tôi thành thật xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến:"],
            TextAlign.Justify, Body));
        blocks.Add(Line(a ? "Thời gian hẹn trả kết quả lại: " : "Thời hạn giải quyết đề nghị gia hạn: ", Time(f.NewDueAt), bold: true));
        blocks.Add(new Paragraph(["Mong nhận được sự thông cảm của ông/bà."], TextAlign.Justify, Body));
        KeepWithSignature(blocks, new Columns(
            new Column(0.45, Recipients(f.Recipients)),
            new Column(0.55, SignatureBlocks(Sign(f.Signer, "THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên và đóng dấu)")))));
        return Model(FormKind.ApologyExtension, regime, blocks);
    }

    private static DocumentModel Stop(StopNotice f, FormRegime regime)
    {
        if (FormRegimes.Number(FormKind.StopNotice, regime) is null)
        {
            throw new ArgumentException("Thông báo dừng giải quyết hồ sơ chỉ có trong mẫu theo Thông tư 03/2025/TT-VPCP.", nameof(regime));
        }

        var blocks = Start(f, regime, "TBDGQ", Title(FormKind.StopNotice, regime));
        blocks.Add(new Paragraph([Run.B("Kính gửi: "), f.Applicant.Name], TextAlign.Center, Body, SpaceAfter: 4));
        blocks.Add(new Paragraph(
            ["Ngày ", DateText(DateOnly.FromDateTime(f.ReceivedAt)), ", ", f.Header.Office, " đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính: ", f.ProcedureName, "."],
            TextAlign.Justify, Body));
        blocks.Add(Line("Mã hồ sơ: ", f.DossierCode, bold: true));
        blocks.AddRange(ApplicantLines(f.Applicant));
        blocks.Add(new Paragraph(["Ngày ", DateText(f.RequestedOn), ", tổ chức, cá nhân đề nghị dừng giải quyết hồ sơ."], TextAlign.Justify, Body));
        blocks.Add(new Paragraph([Run.B("Lý do: "), f.Reason], TextAlign.Justify, Body));
        blocks.Add(new Paragraph(
            ["Hồ sơ chưa có quyết định, kết quả giải quyết. Bộ phận Một cửa thông báo dừng giải quyết hồ sơ nêu trên và trả lại hồ sơ cho tổ chức, cá nhân."],
            TextAlign.Justify, Body));
        KeepWithSignature(blocks, new Columns(
            new Column(0.45, Recipients(f.Recipients)),
            new Column(0.55, SignatureBlocks(Sign(f.Signer, "THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên và đóng dấu)")))));
        return Model(FormKind.StopNotice, regime, blocks);
    }

    private static DocumentModel Control(ControlSheet f, FormRegime regime)
    {
        var blocks = Start(f, regime, null, Title(FormKind.ControlSheet, regime));
        blocks.Add(new Paragraph(
            [Run.I("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: "), f.ReceiptNumber is null ? Run.Blank(60) : Run.I(f.ReceiptNumber), Run.I(")")],
            TextAlign.Center, 9));
        blocks.Add(Line("Mã hồ sơ: ", f.DossierCode, bold: true));
        blocks.Add(Line("Cơ quan giải quyết hồ sơ: ", f.ResolvingAgency));
        blocks.Add(Line("Cơ quan phối hợp giải quyết hồ sơ: ", f.CoordinatingAgencies));
        blocks.Add(new Table(
            [0.31, 0.33, 0.21, 0.15],
            [new TableRow(
                new Cell("TÊN CƠ QUAN", TextAlign.Center, true),
                new Cell("THỜI GIAN GIAO, NHẬN HỒ SƠ", TextAlign.Center, true),
                new Cell("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ Đúng hạn/ Quá hạn)", TextAlign.Center, true),
                new Cell("GHI CHÚ", TextAlign.Center, true))],
            f.Handovers.Select(h => new TableRow(
                new Cell([["1. Giao: ", h.From], ["2. Nhận: ", h.To]]),
                new Cell([
                    [h.HandedAt is { } t ? Time(t) : Run.Blank()],
                    [Run.I("Người giao: "), h.Giver ?? (Run)Run.Blank()],
                    [Run.I("Người nhận: "), h.Taker ?? (Run)Run.Blank()],
                ]),
                new Cell(h.Outcome is { } o ? Outcome(o) : "", TextAlign.Center),
                new Cell(h.Note ?? ""))).ToList(),
            Size: 8.5));
        return Model(FormKind.ControlSheet, regime, blocks);
    }

    private static DocumentModel LedgerBook(Ledger f, FormRegime regime)
    {
        var blocks = Start(f, regime, null, Title(FormKind.Ledger, regime), size: 10);
        blocks.Add(new Paragraph([$"Năm {f.Year} – Quyển số: ", Run.B(f.Book)], TextAlign.Center, 10, SpaceAfter: f.Selection is null ? 6 : 1));
        if (f.Selection is not null)
        {
            blocks.Add(new Paragraph([Run.I(f.Selection)], TextAlign.Center, 8.5, SpaceAfter: 6));
        }

        string D(DateTime? t) => t is { } v ? v.ToString("HH'g'mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "";
        blocks.Add(new Table(
            [0.035, 0.12, 0.12, 0.045, 0.08, 0.1, 0.08, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06],
            [new TableRow(LedgerColumns.Select(c => new Cell(c, TextAlign.Center, true)).ToArray())],
            f.Entries.Select(e => new TableRow(
                new Cell(e.Sequence.ToString(CultureInfo.InvariantCulture), TextAlign.Center),
                new Cell(e.DossierCode),
                new Cell(e.ProcedureName),
                new Cell(e.SetCount.ToString(CultureInfo.InvariantCulture), TextAlign.Center),
                new Cell(e.ApplicantName),
                new Cell(e.AddressPhone),
                new Cell(e.LeadAgency),
                new Cell(D(e.ReceivedAt), TextAlign.Center),
                new Cell(D(e.DueAt), TextAlign.Center),
                new Cell(D(e.ForwardedAt), TextAlign.Center),
                new Cell(D(e.ResultReceivedAt), TextAlign.Center),
                new Cell(D(e.ReturnedAt), TextAlign.Center),
                new Cell(e.Acknowledgement ?? "", TextAlign.Center),
                new Cell(e.Note ?? ""))).ToList(),
            Size: 7));
        return Model(FormKind.Ledger, regime, blocks, PageFormat.A4Landscape, "Trang {0}/{1}");
    }

    /// <summary>The circular whose forms a regime prints, as cited under the form number.</summary>
    public static string Circular(FormRegime regime) => regime == FormRegime.Tt01_2018 ? "Thông tư 01/2018/TT-VPCP" : "Thông tư 03/2025/TT-VPCP";

    /// <summary>Form number line, the two-column header and the title.</summary>
    private static List<Block> Start(IStandardForm form, FormRegime regime, string? suffix, string title, double size = 9)
    {
        var number = FormRegimes.Number(form.Kind, regime)!.Value;
        var circular = Circular(regime);
        var h = form.Header;
        var left = new List<Block>
        {
            new Paragraph([h.GoverningBody.ToUpper(Vi)], TextAlign.Center, size, SpaceAfter: 0),
            new Paragraph([Run.B(h.Office.ToUpper(Vi))], TextAlign.Center, size, SpaceAfter: 0),
            new Rule(0.35, SpaceAfter: 2),
        };
        if (suffix is not null)
        {
            left.Add(new Paragraph(["Số: ", h.Number is null ? Run.Blank(30) : h.Number, "/" + suffix], TextAlign.Center, size));
        }

        var right = new List<Block>
        {
            new Paragraph([Run.B("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], TextAlign.Center, size - 0.5, SpaceAfter: 0),
            new Paragraph([Run.B("Độc lập - Tự do - Hạnh phúc")], TextAlign.Center, size + 0.5, SpaceAfter: 0),
            new Rule(0.55, SpaceAfter: 2),
            new Paragraph(
                h.Date is { } d ? [Run.I($"{h.Place}, ngày {DateText(d)}")] : [Run.I(h.Place + ", ngày "), Run.Blank(16), Run.I(" tháng "), Run.Blank(16), Run.I(" năm "), Run.Blank(24)],
                TextAlign.Center, size),
        };
        return
        [
            new Paragraph([new Run($"Mẫu số {number:00} ({circular})", Italic: true)], TextAlign.Right, 7, SpaceAfter: 3),
            new Columns(new Column(0.42, left), new Column(0.58, right)),
            new Paragraph([Run.B(title.ToUpper(Vi))], TextAlign.Center, size + 3, SpaceBefore: 6, SpaceAfter: 4),
        ];
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static DocumentModel Model(FormKind kind, FormRegime regime, List<Block> blocks, PageFormat? page = null, string? pageNumbers = null) =>
        new($"Mẫu số {FormRegimes.Number(kind, regime):00} – {Title(kind, regime)}", page ?? PageFormat.A5, blocks, pageNumbers);

    private static IEnumerable<Block> ApplicantLines(FormApplicant a) =>
    [
        Line("Ông/Bà/Tổ chức: ", a.Name, bold: true),
        Line("Số CCCD/Mã số thuế: ", a.IdentityNumber),
        Line("Địa chỉ: ", a.Address),
        new Paragraph(["Số điện thoại: ", Value(a.Phone, 90), " Email: ", Value(a.Email, null)], Size: Body, SpaceAfter: 1),
    ];

    private static Paragraph Line(string label, string? value, bool bold = false) =>
        new([label, value is null ? Run.Blank() : new Run(value, Bold: bold)], TextAlign.Left, Body, SpaceAfter: 1);

    private static Run Value(string? value, double? blankWidth) => value is null ? Run.Blank(blankWidth) : new Run(value);

    private static Run Number(int value) => new(value.ToString("00", CultureInfo.InvariantCulture));

    private static string Outcome(StepOutcome outcome) =>
        outcome switch
        {
            StepOutcome.Early => "Trước hạn",
            StepOutcome.OnTime => "Đúng hạn",
            _ => "Quá hạn",
        };

    /// <summary>"08 giờ 30 phút, ngày 23/11/2026".</summary>
    private static string Time(DateTime t) =>
        t.ToString("HH' giờ 'mm' phút, ngày 'dd/MM/yyyy", CultureInfo.InvariantCulture);

    // NĐ 30/2020/NĐ-CP Phụ lục I: days below 10 and months 1 and 2 are written with a leading zero.
    private static string DateText(DateOnly d) =>
        $"{d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}";

    /// <summary>Ends the form with its signature block, kept on one page with the paragraph before it so that it never stands alone.</summary>
    private static void KeepWithSignature(List<Block> blocks, Block signature)
    {
        var last = blocks[^1];
        blocks[^1] = new KeepTogether(last, signature);
    }

    private static (FormSigner Signer, string Role, string Note) Sign(FormSigner signer, string role, string note) => (signer, role, note);

    private static Block Signatures((FormSigner Signer, string Role, string Note)? left, (FormSigner Signer, string Role, string Note) right) =>
        new Columns(
            new Column(0.5, left is { } l ? SignatureBlocks(l) : []),
            new Column(0.5, SignatureBlocks(right)));

    private static List<Block> SignatureBlocks((FormSigner Signer, string Role, string Note) s) =>
    [
        new Spacer(6),
        new Paragraph([Run.B(s.Signer.Title ?? s.Role)], TextAlign.Center, 9.5, SpaceAfter: 0),
        new Paragraph([Run.I(s.Note)], TextAlign.Center, 8.5, SpaceAfter: 0),
        new Spacer(30),
        new Paragraph([s.Signer.Name is null ? Run.Blank(110) : Run.B(s.Signer.Name)], TextAlign.Center, 10),
    ];

    private static List<Block> Recipients(IReadOnlyList<string> recipients) =>
    [
        new Spacer(6),
        new Paragraph([new Run("Nơi nhận:", Bold: true, Italic: true)], Size: 8, SpaceAfter: 0),
        .. recipients.Select(r => new Paragraph([$"- {r};"], Size: 8, SpaceAfter: 0)),
        new Paragraph(["- Lưu: VT."], Size: 8),
    ];
}
