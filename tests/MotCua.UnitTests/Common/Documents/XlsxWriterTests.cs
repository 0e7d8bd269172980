using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MotCua.Common.Documents.Xlsx;

namespace MotCua.UnitTests.Common.Documents;

public sealed class XlsxWriterTests
{
    [Fact]
    public void Values_are_written_as_typed_cells_and_dates_as_serial_numbers_with_a_date_format()
    {
        var bytes = XlsxWriter.Write(
        [
            new XlsxSheet("Sổ theo dõi", [new XlsxRow(["Mã hồ sơ", "Ngày"], Bold: true), new XlsxRow(["H99-260302-0001", new DateTime(2026, 3, 2, 8, 30, 0), new DateOnly(2026, 3, 9), 7, true, null])], [20, 16]),
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Sổ theo dõi");
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single().Id!)).Worksheet;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        cells["A1"].InlineString!.InnerText.ShouldBe("Mã hồ sơ");
        Font(formats, cells["A1"]).Bold.ShouldNotBeNull();
        cells["A2"].InlineString!.InnerText.ShouldBe("H99-260302-0001");
        DateTime.FromOADate(double.Parse(cells["B2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2026, 3, 2, 8, 30, 0));
        NumberFormat(formats, cells["B2"]).ShouldBe("dd/mm/yyyy hh:mm");
        DateTime.FromOADate(double.Parse(cells["C2"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(new DateTime(2026, 3, 9));
        NumberFormat(formats, cells["C2"]).ShouldBe("dd/mm/yyyy");
        cells["D2"].CellValue!.Text.ShouldBe("7");
        cells["E2"].DataType!.Value.ShouldBe(CellValues.Boolean);
        cells["F2"].CellValue.ShouldBeNull();
        sheet.Descendants<Column>().Select(c => c.Width!.Value).ShouldBe([20, 16]);
    }

    [Fact]
    public void Control_characters_pasted_into_a_text_are_left_out_so_the_workbook_still_opens()
    {
        var bytes = XlsxWriter.Write([new XlsxSheet("Sổ", [new XlsxRow(["Dòng một\u000Bdòng hai\u0001.\r\nHết"])])]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = ((WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!)).Worksheet;
        sheet.Descendants<Cell>().Single().InlineString!.InnerText.ShouldBe("Dòng mộtdòng hai.\nHết");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sổ theo dõi hồ sơ năm 2026 của cơ quan")]
    [InlineData("2026/03")]
    public void A_sheet_name_Excel_would_refuse_is_an_error(string name)
    {
        Should.Throw<ArgumentException>(() => XlsxWriter.Write([new XlsxSheet(name, [])]));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    public void Column_names_follow_the_spreadsheet_letters(int index, string name) => XlsxWriter.ColumnName(index).ShouldBe(name);

    private static Font Font(Stylesheet styles, Cell cell) =>
        styles.Fonts!.Elements<Font>().ElementAt((int)styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).FontId!.Value);

    private static string NumberFormat(Stylesheet styles, Cell cell)
    {
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
