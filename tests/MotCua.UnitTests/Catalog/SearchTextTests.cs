using MotCua.Modules.Catalog;

namespace MotCua.UnitTests.Catalog;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Đăng ký kết hôn", "dang ky ket hon")]
    [InlineData("ĐĂNG KÝ KHAI SINH", "dang ky khai sinh")]
    [InlineData("đồng", "dong")]
    [InlineData("Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh")]
    [InlineData("Người có công", "nguoi co cong")]
    [InlineData("ưu đãi Ơn Ư", "uu dai on u")]
    public void Removes_diacritics_folds_d_with_stroke_and_lowers_case(string text, string expected) =>
        SearchText.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Decomposed_text_with_combining_marks_normalises_like_precomposed_text()
    {
        // "kết hôn" typed as base letters followed by combining circumflex/acute marks (NFD input from some keyboards).
        var decomposed = "ke\u0302\u0301t ho\u0302n";

        SearchText.Normalize(decomposed).ShouldBe("ket hon");
        SearchText.Normalize(decomposed).ShouldBe(SearchText.Normalize("kết hôn"));
    }

    [Theory]
    [InlineData("  dang   ky \t ket\nhon  ", "dang ky ket hon")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Collapses_white_space_and_treats_blank_as_empty(string? text, string expected) =>
        SearchText.Normalize(text).ShouldBe(expected);

    [Fact]
    public void A_text_longer_than_the_stack_buffer_normalises_the_same_way()
    {
        var text = string.Concat(Enumerable.Repeat("Đăng ký  kết hôn, ", 200));

        SearchText.Normalize(text).ShouldBe(string.Join(' ', Enumerable.Repeat("dang ky ket hon,", 200)));
    }

    [Fact]
    public void Codes_keep_their_digits_and_dots() => SearchText.Normalize("2.000635").ShouldBe("2.000635");

    [Fact]
    public void Combine_joins_non_empty_parts_normalised()
    {
        SearchText.Combine("Đăng ký", null, "", "Hộ tịch").ShouldBe("dang ky ho tich");
    }
}
