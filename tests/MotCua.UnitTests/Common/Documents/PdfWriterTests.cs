using System.Text;
using MotCua.Common.Documents;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Documents.Pdf;
using MotCua.Testing;

namespace MotCua.UnitTests.Common.Documents;

public sealed class PdfWriterTests
{
    private static TrueTypeFont Regular => DocumentFonts.Get(bold: false, italic: false);

    [Fact]
    public void Character_map_finds_precomposed_vietnamese_letters()
    {
        foreach (var letter in "ấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựđĐƯơ")
        {
            Regular.GlyphId(letter).ShouldBeGreaterThan(0, $"'{letter}' has no glyph");
        }

        Regular.GlyphId('A').ShouldNotBe(Regular.GlyphId('B'));
        Regular.GlyphId(0x10FFFD).ShouldBe(0);
    }

    [Fact]
    public void Widths_come_from_the_horizontal_metrics()
    {
        Regular.Measure("iiii", 10).ShouldBeLessThan(Regular.Measure("MMMM", 10));
        Regular.PdfWidth(Regular.GlyphId(' ')).ShouldBeInRange(200, 300);
    }

    [Fact]
    public void Subset_keeps_glyph_ids_and_the_outlines_of_used_glyphs_only()
    {
        var used = "Nguyễn".Normalize(NormalizationForm.FormC).EnumerateRunes().Select(r => Regular.GlyphId(r.Value)).ToList();
        var subset = TrueTypeFont.Load(Regular.Subset(used));

        subset.GlyphCount.ShouldBe(Regular.GlyphCount);
        subset.Subset(used).Length.ShouldBeLessThan(Regular.Subset(Enumerable.Range(0, 400)).Length);
        Regular.Closure(used).ShouldContain(0);
        Regular.Closure(used).IsSupersetOf(used).ShouldBeTrue();
    }

    [Fact]
    public void Composite_glyph_components_are_kept_in_the_subset()
    {
        // In Noto, many accented letters are composites of a base letter and a mark.
        var letters = "ẫặểộ".EnumerateRunes().Select(r => Regular.GlyphId(r.Value)).ToList();
        Regular.Closure(letters).Count.ShouldBeGreaterThan(letters.Count + 1);
    }

    [Fact]
    public void Written_pdf_is_valid_with_embedded_subset_fonts_and_extractable_text()
    {
        var pdf = PdfRenderer.Render(new DocumentModel("Thử", PageFormat.A5, [
            new Paragraph(["Họ và tên: ", Run.B("Nguyễn Thị Hồng Nhung")]),
            new Paragraph([Run.I("Ghi chú: "), Run.Blank()]),
        ]));

        Encoding.ASCII.GetString(pdf, 0, 8).ShouldBe("%PDF-1.7");
        var info = Poppler.Run("pdfinfo", pdf);
        info.ShouldMatch(@"(?m)^Pages:\s+1$");
        info.ShouldMatch(@"Page size:\s+419.528 x 595.276 pts");
        info.ShouldNotContain("Syntax Error");
        Poppler.Run("pdftotext", pdf).ShouldContain("Họ và tên: Nguyễn Thị Hồng Nhung");
        var fonts = Poppler.Run("pdffonts", pdf).Split('\n').Where(l => l.Contains("NotoSerif", StringComparison.Ordinal)).ToList();
        fonts.Count.ShouldBe(3);
        fonts.ShouldAllBe(l => l.Contains("CID TrueType") && l.Contains("Identity-H") && l.Contains("yes yes yes"));
    }

    [Fact]
    public void Long_text_wraps_and_a_long_table_continues_on_new_pages_with_its_header()
    {
        var rows = Enumerable.Range(1, 80).Select(i => new TableRow(new Cell($"Dòng {i}"), new Cell("Nội dung dài để thử ngắt dòng theo độ rộng đã đo của từng chữ"))).ToList();
        var pdf = PdfRenderer.Render(new DocumentModel("Bảng", PageFormat.A5, [
            new Table([0.3, 0.7], [new TableRow(new Cell("Cột một", bold: true), new Cell("Cột hai", bold: true))], rows),
        ], "Trang {0}/{1}"));

        var text = Poppler.Run("pdftotext", pdf);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        pages.Count.ShouldBeGreaterThan(2);
        pages.ShouldAllBe(p => p.Contains("Cột một"));
        text.ShouldContain($"Trang {pages.Count}/{pages.Count}");
        text.ShouldContain("Dòng 80");
    }

    [Fact]
    public void Qr_code_matrix_has_finder_patterns()
    {
        var matrix = QrMatrix.Create("https://example.vn/tra-cuu/H99-260305-0007");
        var size = matrix.GetLength(0);
        size.ShouldBeGreaterThanOrEqualTo(21);
        (matrix[0, 0] && matrix[0, 6] && matrix[6, 0] && !matrix[1, 1] && matrix[3, 3]).ShouldBeTrue();
        (matrix[0, size - 1] && matrix[size - 1, 0]).ShouldBeTrue();
    }
}
