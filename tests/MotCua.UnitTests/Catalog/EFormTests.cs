using MotCua.Modules.Catalog;

namespace MotCua.UnitTests.Catalog;

public sealed class EFormTests
{
    private static readonly EFormDefinition Form = EFormDefinition.Parse("""
        {
          "fields": [
            { "key": "tenDoanhNghiep", "label": "Tên doanh nghiệp", "type": "Text", "required": true, "maxLength": 50 },
            { "key": "soTienKyQuy", "label": "Số tiền ký quỹ", "type": "Number", "required": true, "min": 300000000 },
            { "key": "ngayKyQuy", "label": "Ngày ký quỹ", "type": "Date" },
            { "key": "nganHang", "label": "Ngân hàng", "type": "Choice", "choices": ["Vietcombank", "BIDV"] },
            { "key": "diaDiem", "label": "Địa điểm hoạt động", "type": "Address", "required": true },
            { "key": "nguoiDaiDien", "label": "Người đại diện", "type": "IdentityNumber" },
            { "key": "nhanVien", "label": "Nhân viên", "type": "Group", "required": true, "maxItems": 2,
              "fields": [ { "key": "hoTen", "label": "Họ tên", "type": "Text", "required": true }, { "key": "cccd", "label": "CCCD", "type": "IdentityNumber" } ] }
          ]
        }
        """).Definition!;

    [Fact]
    public void Good_values_come_back_clean_with_numbers_in_invariant_form_and_group_rows_renumbered()
    {
        var (values, errors, _) = Check(Form, Posted(
            ("f.tenDoanhNghiep", " Công ty A "), ("f.soTienKyQuy", "300.000.000"), ("f.ngayKyQuy", "2026-11-02"), ("f.nganHang", "BIDV"),
            ("f.diaDiem.street", "Số 1 Lê Lợi"), ("f.diaDiem.ward", "Phường Hồng Hà"), ("f.diaDiem.province", "Tỉnh Sông Hồng"),
            ("f.nhanVien[0].hoTen", ""), ("f.nhanVien[0].cccd", ""), ("f.nhanVien[3].hoTen", "Trần B"), ("f.nhanVien[3].cccd", "001090012345"),
            ("f.khongCo", "bị bỏ qua")), draft: false);

        errors.ShouldBeEmpty();
        values["tenDoanhNghiep"].ShouldBe("Công ty A");
        values["soTienKyQuy"].ShouldBe("300000000");
        values["diaDiem.ward"].ShouldBe("Phường Hồng Hà");
        values["nhanVien[0].hoTen"].ShouldBe("Trần B");
        values["nhanVien[0].cccd"].ShouldBe("001090012345");
        values.Keys.ShouldNotContain("khongCo");
        values.Keys.ShouldNotContain("nhanVien[3].hoTen");
    }

    [Fact]
    public void Wrong_types_sizes_ranges_and_choices_each_get_their_own_message()
    {
        var (values, errors, typed) = Check(Form, Posted(
            ("f.tenDoanhNghiep", new string('A', 51)), ("f.soTienKyQuy", "ba trăm triệu"), ("f.ngayKyQuy", "31/02/2026"), ("f.nganHang", "Ngân hàng ma"),
            ("f.diaDiem.street", "Số 1"), ("f.nguoiDaiDien", "12345"),
            ("f.nhanVien[0].hoTen", "A"), ("f.nhanVien[1].hoTen", "B"), ("f.nhanVien[2].hoTen", "C")), draft: false);

        errors["tenDoanhNghiep"].ShouldContain("tối đa 50 ký tự");
        errors["soTienKyQuy"].ShouldContain("phải là một số");
        errors["ngayKyQuy"].ShouldContain("ngày không hợp lệ");
        errors["nganHang"].ShouldContain("chọn một trong các lựa chọn");
        errors["diaDiem"].ShouldContain("nhập đủ");
        errors["nguoiDaiDien"].ShouldContain("12 chữ số");
        errors["nhanVien"].ShouldContain("tối đa 2 dòng");
        values.Keys.ShouldNotContain("soTienKyQuy");
        typed["soTienKyQuy"].ShouldBe("ba trăm triệu", "what was typed is kept for showing the form again");
    }

    [Fact]
    public void A_number_below_the_minimum_is_refused_and_a_draft_may_leave_required_fields_empty()
    {
        var (_, errors, _) = Check(Form, Posted(("f.soTienKyQuy", "1000")), draft: true);
        errors.Keys.ShouldBe(["soTienKyQuy"]);

        var (_, submitted, _) = Check(Form, Posted(("f.soTienKyQuy", "1000")), draft: false);
        submitted.Keys.ShouldBe(["tenDoanhNghiep", "soTienKyQuy", "diaDiem", "nhanVien"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(300000000, 1000000000, "100.000.000", "Số tiền: phải từ 300.000.000 đến 1.000.000.000.")]
    [InlineData(300000000, null, "100.000.000", "Số tiền: phải từ 300.000.000 trở lên.")]
    [InlineData(null, 1000000000, "2.000.000.000", "Số tiền: không được lớn hơn 1.000.000.000.")]
    public void A_number_out_of_range_is_told_the_bounds_that_apply(int? min, int? max, string typed, string message)
    {
        var form = new EFormDefinition { Fields = [new EFormField { Key = "soTien", Label = "Số tiền", Type = EFormFieldType.Number, Min = (decimal?)min, Max = (decimal?)max }] };

        var (_, errors, _) = Check(form, Posted(("f.soTien", typed)), draft: true);

        errors["soTien"].ShouldBe(message);
    }

    [Fact]
    public void A_date_outside_the_years_accepted_is_told_both_bounds()
    {
        var (_, errors, _) = Check(Form, Posted(("f.ngayKyQuy", "1850-01-01")), draft: true);

        errors["ngayKyQuy"].ShouldBe("Ngày ký quỹ: phải từ 01/01/1900 đến 31/12/2100.");
    }

    [Fact]
    public void Identification_numbers_and_row_indexes_written_with_other_digits_are_refused_or_ignored_not_crashed_on()
    {
        var (values, errors, _) = Check(Form, Posted(
            ("f.nguoiDaiDien", "\u0660\u0660\u0661\u0660\u0669\u0660\u0660\u0661\u0662\u0663\u0664\u0665"),
            ("f.nhanVien[0].hoTen", "Trần B"), ("f.nhanVien[\u0661].hoTen", "Lê C"), ("f.nhanVien[\uff12].hoTen", "Phạm D")), draft: true);

        errors.Keys.ShouldBe(["nguoiDaiDien"]);
        values.Keys.Where(k => k.StartsWith("nhanVien", StringComparison.Ordinal)).ShouldBe(["nhanVien[0].hoTen"]);
    }

    [Fact]
    public void Too_many_posted_values_are_refused_whole()
    {
        var flood = Enumerable.Range(0, EFormValues.MaxPostedValues + 1).Select(i => ($"f.nhanVien[{i}].hoTen", "x")).ToArray();

        var (values, errors, _) = Check(Form, Posted(flood), draft: true);

        values.ShouldBeEmpty();
        errors[""].ShouldContain("quá nhiều trường");
    }

    [Theory]
    [InlineData("{", "không phải JSON")]
    [InlineData("""{"fields":[{"key":"1a","label":"A","type":"Text"}]}""", "khóa phải bắt đầu bằng chữ cái")]
    [InlineData("""{"fields":[{"key":"a","label":"A","type":"Text"},{"key":"a","label":"B","type":"Text"}]}""", "khóa bị trùng")]
    [InlineData("""{"fields":[{"key":"a","label":"","type":"Text"}]}""", "nhãn là bắt buộc")]
    [InlineData("""{"fields":[{"key":"a","label":"A","type":"Choice"}]}""", "ít nhất một lựa chọn")]
    [InlineData("""{"fields":[{"key":"a","label":"A","type":"Group","fields":[{"key":"b","label":"B","type":"Group","fields":[{"key":"c","label":"C","type":"Text"}]}]}]}""", "không được lồng nhóm")]
    [InlineData("""{"fields":[{"key":"a","label":"A","type":"Hologram"}]}""", "không phải JSON")]
    [InlineData("""{"fields":[{"key":"a","label":"A","type":"Number","min":10,"max":1}]}""", "nhỏ nhất lớn hơn")]
    public void A_broken_definition_is_refused_with_the_reason(string json, string message)
    {
        var (definition, errors) = EFormDefinition.Parse(json);

        definition.ShouldBeNull();
        errors.ShouldContain(e => e.Contains(message));
    }

    [Fact]
    public void A_definition_survives_its_own_json()
    {
        var again = EFormDefinition.Parse(Form.ToJson()).Definition!;

        again.ToJson().ShouldBe(Form.ToJson());
        again.Fields[6].Fields![1].Type.ShouldBe(EFormFieldType.IdentityNumber);
    }

    // The failures by value name, as the page shows them beside the fields.
    private static (Dictionary<string, string> Values, Dictionary<string, string> Errors, Dictionary<string, string> Typed) Check(
        EFormDefinition form, IEnumerable<KeyValuePair<string, string?>> posted, bool draft)
    {
        var (values, failures, typed) = EFormValues.Check(form, posted, draft);
        return (values, failures.ToDictionary(f => f.Field, f => f.Message), typed);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Posted(params (string Name, string Value)[] values) =>
        values.Select(v => new KeyValuePair<string, string?>(v.Name, v.Value));
}
