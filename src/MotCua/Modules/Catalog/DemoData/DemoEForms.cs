namespace MotCua.Modules.Catalog.DemoData;

/// <summary>
/// E-forms of a few demo procedures, after the fields of their prescribed tờ khai (the form numbers are in the
/// components). Fictional demo content: an installation keeps its own in the catalogue.
/// </summary>
internal static class DemoEForms
{
    /// <summary>1.000362: Mẫu số 02, NĐ 23/2021/NĐ-CP (văn bản đề nghị cấp giấy phép hoạt động dịch vụ việc làm).</summary>
    public const string EmploymentServiceLicence = """
        {
          "fields": [
            { "key": "tenDoanhNghiep", "label": "Tên doanh nghiệp", "type": "Text", "required": true, "maxLength": 200 },
            { "key": "maSoDoanhNghiep", "label": "Mã số doanh nghiệp", "type": "Text", "required": true, "maxLength": 14 },
            { "key": "triSo", "label": "Địa chỉ trụ sở chính", "type": "Address", "required": true },
            { "key": "diaDiem", "label": "Địa điểm đề nghị cấp giấy phép", "type": "Address", "required": true },
            { "key": "nguoiDaiDien", "label": "Người đại diện theo pháp luật", "type": "Text", "required": true },
            { "key": "soDinhDanhNguoiDaiDien", "label": "Số định danh cá nhân của người đại diện", "type": "IdentityNumber", "required": true },
            { "key": "soTienKyQuy", "label": "Số tiền đã ký quỹ (đồng)", "type": "Number", "required": true, "min": 300000000, "hint": "Tối thiểu 300.000.000 đồng (NĐ 23/2021/NĐ-CP Điều 15)." },
            { "key": "nganHangKyQuy", "label": "Ngân hàng nhận ký quỹ", "type": "Choice", "required": true, "choices": ["Ngân hàng TMCP Ngoại thương Việt Nam", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP Công thương Việt Nam", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "Ngân hàng khác"] },
            { "key": "ngayKyQuy", "label": "Ngày ký quỹ", "type": "Date", "required": true }
          ]
        }
        """;

    /// <summary>1.010807: Mẫu số 13 (bản khai của người tổ chức mai táng).</summary>
    public const string MeritFuneral = """
        {
          "fields": [
            { "key": "hoTenNguoiCoCong", "label": "Họ và tên người có công từ trần", "type": "Text", "required": true },
            { "key": "soDinhDanhNguoiCoCong", "label": "Số định danh cá nhân của người có công", "type": "IdentityNumber" },
            { "key": "ngayTuTran", "label": "Ngày từ trần", "type": "Date", "required": true },
            { "key": "quanHe", "label": "Quan hệ của người khai với người có công", "type": "Choice", "required": true, "choices": ["Vợ hoặc chồng", "Con", "Cha hoặc mẹ", "Anh, chị, em", "Người khác tổ chức mai táng"] },
            { "key": "noiMaiTang", "label": "Nơi mai táng", "type": "Address", "required": true }
          ]
        }
        """;

    /// <summary>1.010814: Mẫu số 40 (đơn đề nghị thăm viếng mộ liệt sĩ), with the visitors as a repeating group.</summary>
    public const string MartyrGraveVisit = """
        {
          "fields": [
            { "key": "hoTenLietSi", "label": "Họ và tên liệt sĩ", "type": "Text", "required": true },
            { "key": "noiCoMo", "label": "Nghĩa trang nơi có mộ liệt sĩ", "type": "Address", "required": true },
            { "key": "ngayDuKien", "label": "Ngày dự kiến đi thăm viếng", "type": "Date", "required": true },
            { "key": "nguoiDi", "label": "Người đi thăm viếng", "type": "Group", "required": true, "maxItems": 3,
              "hint": "Tối đa 03 thân nhân hoặc người thờ cúng được hỗ trợ (NĐ 131/2021/NĐ-CP).",
              "fields": [
                { "key": "hoTen", "label": "Họ và tên", "type": "Text", "required": true },
                { "key": "soDinhDanh", "label": "Số định danh cá nhân", "type": "IdentityNumber", "required": true },
                { "key": "quanHe", "label": "Quan hệ với liệt sĩ", "type": "Choice", "required": true, "choices": ["Cha, mẹ", "Vợ hoặc chồng", "Con", "Anh, chị, em", "Người thờ cúng"] }
              ] }
          ]
        }
        """;
}
