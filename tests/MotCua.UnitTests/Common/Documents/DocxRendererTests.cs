using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MotCua.Common.Documents.Docx;
using MotCua.Common.Documents.Layout;
using MotCua.Modules.Dossiers.Forms;
using MotCua.Testing;

namespace MotCua.UnitTests.Common.Documents;

public sealed class DocxRendererTests
{
    private static readonly DocumentModel Report = new(
        "Sổ theo dõi <PAKN> & \"kết quả\"",
        PageFormat.A4Landscape,
        [
            new Paragraph([Run.B("SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ")], TextAlign.Center, 14),
            new Paragraph(["Kỳ: ", Run.I("01/01/2026 – 31/12/2026"), " <a> & \"b\"\u0001 ", "Nguye\u0302\u0303n"], Size: 11),
            new Table(
                [0.1, 0.5, 0.4],
                [new TableRow(new Cell("STT", TextAlign.Center, bold: true), new Cell("Mã PAKN", TextAlign.Center, bold: true), new Cell("Người gửi", TextAlign.Center, bold: true))],
                [
                    new TableRow(new Cell("1", TextAlign.Center), new Cell("PAKN.20260302.0001"), new Cell([["Nguyễn Thị Hồng Nhung"], ["0912 345 678"]])),
                    new TableRow(new Cell("2", TextAlign.Center), new Cell("PAKN.20260302.0002"), new Cell("Đỗ Văn Hùng")),
                ]),
            new KeepTogether(new Paragraph("Người lập sổ"), new Spacer(30), new Rule(0.3)),
        ],
        "Trang {0}/{1}");

    [Fact]
    public void The_text_and_tables_of_the_model_are_read_back_from_document_xml()
    {
        var docx = DocxText.Read(DocxRenderer.Render(Report));

        docx.Paragraphs.ShouldContain("SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ");
        docx.Paragraphs.ShouldContain("Kỳ: 01/01/2026 – 31/12/2026 <a> & \"b\" Nguyễn");
        var table = docx.Tables.ShouldHaveSingleItem();
        table.Count.ShouldBe(3);
        table.SelectMany(r => r).Count().ShouldBe(9);
        table[0].ShouldBe(["STT", "Mã PAKN", "Người gửi"]);
        table[1][2].ShouldBe("Nguyễn Thị Hồng Nhung\n0912 345 678");
        var rows = docx.Document.Descendants(DocxText.W + "tr").ToList();
        rows[0].Descendants(DocxText.W + "tblHeader").ShouldHaveSingleItem();
        rows[1].Descendants(DocxText.W + "tblHeader").ShouldBeEmpty();
        Runs(docx, "SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ").Descendants(DocxText.W + "b").ShouldHaveSingleItem();
        Runs(docx, "01/01/2026 – 31/12/2026").Descendants(DocxText.W + "i").ShouldHaveSingleItem();
        Runs(docx, "SỔ THEO DÕI PHẢN ÁNH, KIẾN NGHỊ").Descendants(DocxText.W + "sz").Single().Attribute(DocxText.W + "val")!.Value.ShouldBe("28");
    }

    [Fact]
    public void The_package_has_its_parts_opens_as_an_open_packaging_package_and_is_valid_wordprocessingml()
    {
        var bytes = DocxRenderer.Render(Report);

        DocxText.Read(bytes).Parts.ShouldBe(
            ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml", "word/footer1.xml"],
            ignoreOrder: true);
        using (var package = Package.Open(new MemoryStream(bytes), FileMode.Open, FileAccess.Read))
        {
            package.GetPart(new Uri("/word/document.xml", UriKind.Relative)).ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
            package.PackageProperties.Title.ShouldBe("Sổ theo dõi <PAKN> & \"kết quả\"");
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        document.MainDocumentPart!.StyleDefinitionsPart.ShouldNotBeNull();
        document.MainDocumentPart.FooterParts.ShouldHaveSingleItem().Footer!.InnerText.ShouldBe("Trang 1/1");
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Pages_are_a4_in_the_model_s_orientation_and_margins_and_text_is_times_new_roman()
    {
        var docx = DocxText.Read(DocxRenderer.Render(Report));

        var size = docx.Document.Descendants(DocxText.W + "pgSz").Single();
        size.Attribute(DocxText.W + "w")!.Value.ShouldBe("16838");
        size.Attribute(DocxText.W + "h")!.Value.ShouldBe("11906");
        size.Attribute(DocxText.W + "orient")!.Value.ShouldBe("landscape");
        docx.Document.Descendants(DocxText.W + "pgMar").Single().Attribute(DocxText.W + "left")!.Value.ShouldBe("850");
        var portrait = DocxText.Read(DocxRenderer.Render(Report with { Page = PageFormat.A4 })).Document.Descendants(DocxText.W + "pgSz").Single();
        portrait.Attribute(DocxText.W + "w")!.Value.ShouldBe("11906");
        portrait.Attribute(DocxText.W + "orient").ShouldBeNull();
        using var styles = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(Report)), false);
        styles.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value.ShouldBe("Times New Roman");
    }

    [Fact]
    public void The_national_motto_header_of_a_form_is_a_borderless_two_column_table()
    {
        var model = FormTemplates.Build(FormSamples.For(FormKind.Receipt), FormRegime.Tt03_2025);

        var docx = DocxText.Read(DocxRenderer.Render(model));

        var header = docx.Tables.First(t => t[0].Any(c => c.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)));
        header.ShouldHaveSingleItem().Count.ShouldBe(2);
        header[0][1].ShouldContain("Độc lập - Tự do - Hạnh phúc");
        docx.All.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        var motto = docx.Document.Descendants(DocxText.W + "tbl").First();
        motto.Element(DocxText.W + "tblPr")!.Element(DocxText.W + "tblBorders")!.Elements().ShouldAllBe(b => b.Attribute(DocxText.W + "val")!.Value == "nil");
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(model)), false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Document_xml_is_utf8_without_a_byte_order_mark()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(DocxRenderer.Render(Report)));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        bytes[0].ShouldBe((byte)'<');
        Encoding.UTF8.GetString(bytes).ShouldContain("Nguyễn Thị Hồng Nhung");
    }

    private static System.Xml.Linq.XElement Runs(DocxText docx, string text) =>
        docx.Document.Descendants(DocxText.W + "r").First(r => r.Value == text);
}
