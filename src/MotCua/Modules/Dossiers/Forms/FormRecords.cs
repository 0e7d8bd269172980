namespace MotCua.Modules.Dossiers.Forms;

// The content of the standard one-stop-shop forms (TT 01/2018/TT-VPCP Art 9; TT 03/2025/TT-VPCP Phụ lục I), one record per
// form kind. Times are local wall-clock times (Vietnam, UTC+7) as printed on paper; null values print as dotted blanks
// to be filled in by hand.

/// <summary>A filled-in standard form.</summary>
internal interface IStandardForm
{
    /// <summary>Which form this is.</summary>
    FormKind Kind { get; }

    /// <summary>The header: governing body, office, number, place and date.</summary>
    FormHeader Header { get; }
}

/// <summary>The header every form shares.</summary>
/// <param name="GoverningBody">Tên cơ quan chủ quản (upper line, left), e.g. "ỦY BAN NHÂN DÂN TỈNH H99".</param>
/// <param name="Office">Tên Bộ phận Một cửa / cơ quan (lower line, left, bold).</param>
/// <param name="Number">The document number before the suffix ("125" → "Số: 125/TNHS"); null = blank.</param>
/// <param name="Place">Địa danh, e.g. "Phường Hòa Bình".</param>
/// <param name="Date">The date of the form; null = blank.</param>
internal sealed record FormHeader(string GoverningBody, string Office, string? Number, string Place, DateOnly? Date);

/// <summary>The applicant (người nộp hồ sơ / tổ chức).</summary>
/// <param name="Name">Ông/Bà/Tổ chức.</param>
/// <param name="IdentityNumber">Số CCCD/định danh cá nhân, or mã số thuế / mã số doanh nghiệp of an organisation.</param>
internal sealed record FormApplicant(string Name, string? IdentityNumber, string? Address, string? Phone, string? Email);

/// <summary>A person who signs a form, with the role line printed above the signature.</summary>
/// <param name="Title">Role or office, e.g. "NGƯỜI TIẾP NHẬN HỒ SƠ", "GIÁM ĐỐC"; null uses the form's default role.</param>
/// <param name="Name">Printed name under the signature; null = signed and named by hand.</param>
internal sealed record FormSigner(string? Title, string? Name);

/// <summary>One row of the component table of the receipt (Thành phần hồ sơ).</summary>
/// <param name="Name">Tên giấy tờ.</param>
/// <param name="CopyForm">Bản chính / Bản sao / Bản sao chứng thực / Bản điện tử.</param>
/// <param name="Quantity">Số lượng.</param>
internal sealed record ReceiptComponent(string Name, string CopyForm, int Quantity);

/// <summary>Mẫu số 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả (NĐ 61/2018 Art 17; both regimes).</summary>
/// <param name="DossierCode">Mã hồ sơ (TT 01/2018 Art 19 / TT 03/2025 Art 13).</param>
/// <param name="ProcedureName">Nội dung yêu cầu giải quyết / tên TTHC.</param>
/// <param name="Components">1. Thành phần hồ sơ.</param>
/// <param name="SetCount">2. Số lượng hồ sơ (bộ).</param>
/// <param name="StatutoryTime">Thời gian giải quyết theo quy định, as published (e.g. "05 ngày làm việc").</param>
/// <param name="ReceivedAt">Thời gian nhận hồ sơ (giờ, phút, ngày).</param>
/// <param name="DueAt">Thời gian trả kết quả (giờ, phút, ngày).</param>
/// <param name="DueExplanation">How <paramref name="DueAt"/> was reached, quoting the cut-off rule used (ADR-032); null = not printed.</param>
/// <param name="ResultDelivery">Đăng ký nhận kết quả tại (Bộ phận Một cửa / bưu chính công ích / trực tuyến…).</param>
/// <param name="Fees">Phí, lệ phí as printed (e.g. "50.000 đồng (đã nộp)"); null = the line is left blank.</param>
/// <param name="LedgerBook">Vào Sổ theo dõi hồ sơ, Quyển số.</param>
/// <param name="LedgerSequence">Số thứ tự in the ledger.</param>
/// <param name="TrackingUrl">Address of the public tracking page, printed as a QR code; null = no QR code.</param>
/// <param name="Submitter">NGƯỜI NỘP HỒ SƠ.</param>
/// <param name="Receiver">NGƯỜI TIẾP NHẬN HỒ SƠ.</param>
internal sealed record ReceiptNote(
    FormHeader Header,
    string DossierCode,
    FormApplicant Applicant,
    string ProcedureName,
    IReadOnlyList<ReceiptComponent> Components,
    int SetCount,
    string StatutoryTime,
    DateTime ReceivedAt,
    DateTime DueAt,
    string? DueExplanation,
    string ResultDelivery,
    string? Fees,
    string? LedgerBook,
    int? LedgerSequence,
    string? TrackingUrl,
    FormSigner Submitter,
    FormSigner Receiver) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.Receipt;
}

/// <summary>One item the applicant must add or correct, with the reason.</summary>
internal sealed record SupplementItem(string Content, string Reason);

/// <summary>Mẫu số 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (NĐ 61/2018 Art 17(a), 19(4); both regimes).</summary>
/// <param name="DossierCode">Mã hồ sơ when the dossier already has one (supplement after appraisal); null at the counter.</param>
/// <param name="ReceivedAt">When the dossier was received; null for a first check at the counter.</param>
/// <param name="Items">"Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau", each with its reason.</param>
/// <param name="Contact">Contact line for questions (officer, phone); null = blank.</param>
/// <param name="Guide">NGƯỜI HƯỚNG DẪN.</param>
internal sealed record SupplementRequest(
    FormHeader Header,
    string? DossierCode,
    FormApplicant Applicant,
    string ProcedureName,
    DateTime? ReceivedAt,
    IReadOnlyList<SupplementItem> Items,
    string? Contact,
    FormSigner Guide) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.Supplement;
}

/// <summary>Whether a refusal happens at the counter or after appraisal.</summary>
internal enum RefusalStage
{
    /// <summary>Từ chối tiếp nhận (NĐ 61/2018 Art 17(b); regime B: not within the agency's competence).</summary>
    Reception,

    /// <summary>Từ chối giải quyết after appraisal (NĐ 61/2018 Art 19(8)).</summary>
    Appraisal,
}

/// <summary>Mẫu số 03 – Phiếu từ chối tiếp nhận (giải quyết) hồ sơ.</summary>
/// <param name="Stage">At the counter or after appraisal; changes the title and wording.</param>
/// <param name="DossierCode">Mã hồ sơ (appraisal stage); null at the counter.</param>
/// <param name="Reason">Lý do cụ thể.</param>
/// <param name="Signer">NGƯỜI TIẾP NHẬN HỒ SƠ at the counter, the head of the deciding agency after appraisal.</param>
/// <param name="ReceivingOffice">The office that received the dossier when it is not the header's (after appraisal the header is the deciding agency's); null = the header's office.</param>
internal sealed record RefusalNote(
    FormHeader Header,
    RefusalStage Stage,
    string? DossierCode,
    FormApplicant Applicant,
    string ProcedureName,
    string Reason,
    FormSigner Signer,
    string? ReceivingOffice = null) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.Refusal;
}

/// <summary>
/// Mẫu số 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả (A, NĐ 61/2018 Art 19(9)) / Văn bản xin lỗi và đề nghị gia hạn
/// thời gian giải quyết (B).
/// </summary>
/// <param name="Addressee">Kính gửi (the applicant; regime B also the Bộ phận Một cửa).</param>
/// <param name="ReceivingOffice">The office that received the dossier ("Ngày … &lt;cơ quan&gt; tiếp nhận hồ sơ của …").</param>
/// <param name="OriginalDueAt">Thời hạn trả kết quả on the receipt.</param>
/// <param name="Reason">Lý do chậm trả.</param>
/// <param name="NewDueAt">Thời gian hẹn trả kết quả lại (A) / thời hạn đề nghị gia hạn (B).</param>
/// <param name="Recipients">Nơi nhận.</param>
/// <param name="Signer">Head of the agency (Thủ trưởng cơ quan).</param>
internal sealed record ApologyExtension(
    FormHeader Header,
    string Addressee,
    string ReceivingOffice,
    string DossierCode,
    FormApplicant Applicant,
    string ProcedureName,
    DateTime ReceivedAt,
    DateTime OriginalDueAt,
    string Reason,
    DateTime NewDueAt,
    IReadOnlyList<string> Recipients,
    FormSigner Signer) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.ApologyExtension;
}

/// <summary>Mẫu số 05 (regime B only) – Thông báo dừng giải quyết hồ sơ (NĐ 118/2025 Art 21; TT 03/2025 Art 7).</summary>
/// <param name="RequestedOn">Ngày tổ chức, cá nhân đề nghị dừng.</param>
/// <param name="Reason">Lý do dừng (e.g. "Theo đề nghị của người nộp hồ sơ").</param>
/// <param name="Recipients">Nơi nhận.</param>
internal sealed record StopNotice(
    FormHeader Header,
    string DossierCode,
    FormApplicant Applicant,
    string ProcedureName,
    DateTime ReceivedAt,
    DateOnly RequestedOn,
    string Reason,
    IReadOnlyList<string> Recipients,
    FormSigner Signer) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.StopNotice;
}

/// <summary>The result of a step on the control sheet (TT 01/2018 Art 13 Chỉ số 1).</summary>
internal enum StepOutcome
{
    /// <summary>Trước hạn.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Quá hạn.</summary>
    Late,
}

/// <summary>One hand-over on the control sheet: "1. Giao …" / "2. Nhận …" with time, people and step result.</summary>
/// <param name="From">Tên cơ quan (bộ phận) giao.</param>
/// <param name="To">Tên cơ quan (bộ phận) nhận.</param>
/// <param name="HandedAt">Thời gian giao, nhận hồ sơ; null = blank.</param>
/// <param name="Giver">Người giao.</param>
/// <param name="Taker">Người nhận.</param>
/// <param name="Outcome">Kết quả giải quyết hồ sơ at this step; null = not yet known.</param>
/// <param name="Note">Ghi chú.</param>
internal sealed record ControlHandover(string From, string To, DateTime? HandedAt, string? Giver, string? Taker, StepOutcome? Outcome, string? Note);

/// <summary>Mẫu số 05 (A) / 06 (B) – Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
/// <param name="ReceiptNumber">Number of the Giấy tiếp nhận it accompanies ("Kèm theo Giấy tiếp nhận… số …").</param>
/// <param name="ResolvingAgency">Cơ quan giải quyết hồ sơ.</param>
/// <param name="CoordinatingAgencies">Cơ quan phối hợp giải quyết hồ sơ; null = none/blank.</param>
internal sealed record ControlSheet(
    FormHeader Header,
    string DossierCode,
    string? ReceiptNumber,
    string ResolvingAgency,
    string? CoordinatingAgencies,
    IReadOnlyList<ControlHandover> Handovers) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.ControlSheet;
}

/// <summary>One line of the ledger.</summary>
/// <param name="Sequence">STT (số thứ tự in the book).</param>
/// <param name="SetCount">Số lượng hồ sơ (bộ).</param>
/// <param name="AddressPhone">Địa chỉ, số điện thoại.</param>
/// <param name="LeadAgency">Cơ quan chủ trì giải quyết.</param>
/// <param name="ForwardedAt">Chuyển hồ sơ đến cơ quan giải quyết.</param>
/// <param name="ResultReceivedAt">Nhận kết quả từ cơ quan giải quyết.</param>
/// <param name="ReturnedAt">Trả kết quả cho tổ chức, cá nhân.</param>
/// <param name="Acknowledgement">Ký nhận (e.g. "Đã ký"), null = space for a hand signature.</param>
internal sealed record LedgerEntry(
    int Sequence,
    string DossierCode,
    string ProcedureName,
    int SetCount,
    string ApplicantName,
    string AddressPhone,
    string LeadAgency,
    DateTime ReceivedAt,
    DateTime DueAt,
    DateTime? ForwardedAt,
    DateTime? ResultReceivedAt,
    DateTime? ReturnedAt,
    string? Acknowledgement,
    string? Note);

/// <summary>Mẫu số 06 (A) / 07 (B) – Sổ theo dõi hồ sơ (A4; one book a year, TT 01/2018 Art 10).</summary>
/// <param name="Year">The book's year.</param>
/// <param name="Book">Quyển số.</param>
/// <param name="Selection">For an extract of the book: the conditions it was taken by, printed under the title; null = the whole book.</param>
internal sealed record Ledger(FormHeader Header, int Year, string Book, IReadOnlyList<LedgerEntry> Entries, string? Selection = null) : IStandardForm
{
    /// <inheritdoc/>
    public FormKind Kind => FormKind.Ledger;
}
