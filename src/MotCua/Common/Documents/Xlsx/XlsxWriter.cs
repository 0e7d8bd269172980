using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MotCua.Common.Documents.Xlsx;

/// <summary>One worksheet: its rows from row 1, and optional column widths (in characters, from column A).</summary>
internal sealed record XlsxSheet(string Name, IEnumerable<XlsxRow> Rows, IReadOnlyList<double>? ColumnWidths = null);

/// <summary>
/// One row of cells from column A. Values: null (empty cell), string, bool, int, long, double, decimal, and
/// <see cref="DateTime"/> / <see cref="DateOnly"/> written as real date cells (a serial number with a dd/mm/yyyy format).
/// A bold row is also wrapped, for header rows.
/// </summary>
internal sealed record XlsxRow(IReadOnlyList<object?> Values, bool Bold = false);

/// <summary>Writes .xlsx workbooks with DocumentFormat.OpenXml only (inline strings, one small style sheet).</summary>
internal static class XlsxWriter
{
    private const uint BoldStyle = 1;
    private const uint DateTimeStyle = 2;
    private const uint DateStyle = 3;

    public static byte[] Write(IEnumerable<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            styles.Stylesheet.Save();
            foreach (var sheet in sheets)
            {
                AddSheet(workbookPart, sheet);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The column letters of a zero-based column index: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddSheet(WorkbookPart workbookPart, XlsxSheet sheet)
    {
        // Excel refuses a workbook whose sheet name is longer than 31 characters or holds one of these.
        if (sheet.Name.Length is 0 or > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{sheet.Name}' is not a valid worksheet name.", nameof(sheet));
        }

        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var number = 1u;
        foreach (var row in sheet.Rows)
        {
            data.Append(MakeRow(number++, row));
        }

        part.Worksheet = sheet.ColumnWidths is { Count: > 0 } widths
            ? new Worksheet(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })), data)
            : new Worksheet(data);
        part.Worksheet.Save();
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = sheet.Name });
    }

    private static Row MakeRow(uint number, XlsxRow row)
    {
        var result = new Row { RowIndex = number };
        for (var i = 0; i < row.Values.Count; i++)
        {
            var cell = MakeCell(row.Values[i]);
            cell.CellReference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            if (row.Bold && cell.StyleIndex is null)
            {
                cell.StyleIndex = BoldStyle;
            }

            result.Append(cell);
        }

        return result;
    }

    private static Cell MakeCell(object? value) => value switch
    {
        null => new Cell(),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        int n => Number(n.ToString(CultureInfo.InvariantCulture)),
        long n => Number(n.ToString(CultureInfo.InvariantCulture)),
        double n => Number(n.ToString("R", CultureInfo.InvariantCulture)),
        decimal n => Number(n.ToString(CultureInfo.InvariantCulture)),
        DateTime t => Number(t.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateTimeStyle),
        DateOnly d => Number(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle),
        var v => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlText.Clean(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static Cell Number(string text, uint? style = null) => new() { CellValue = new CellValue(text), StyleIndex = style };

    /// <summary>Cell formats by index: 0 plain, 1 bold and wrapped, 2 date and time, 3 date.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 4 });
}
